/*
 * `Content-Disposition: attachment` with a file name made from user text (the workshop title):
 * `filename="…"` carries a plain-ASCII fallback for old clients, `filename*=UTF-8''…` the
 * real name (RFC 6266 / RFC 5987). Characters that no file system accepts are replaced.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

/** A file name without characters that file systems or headers reject. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  return [...cleaned].slice(0, MAX_NAME).join('').trim() || 'werkbord';
}

/** Plain ASCII: accents dropped (ë → e), ĳ → ij, anything else → '-'. */
export function asciiFileName(name: string): string {
  return safeFileName(name)
    .replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ -]/g, '-')
    .replace(/ /g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+(?=\.[^.]*$)|-+$/g, '') || 'werkbord';
}

/** RFC 5987 percent-encoding (encodeURIComponent leaves a few characters the header must not). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The whole header value for downloading `name` (extension included). */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  return `attachment; filename="${asciiFileName(safe)}"; filename*=UTF-8''${encodeRfc5987(safe)}`;
}
