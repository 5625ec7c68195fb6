/*
 * Text clean-up shared by the writers. Board text comes from any client, hostile ones too: it
 * may hold control characters or lone UTF-16 surrogates, which XML (SVG, DOCX) forbids and
 * which would make the whole file unreadable rather than just one odd character.
 */

/** Characters XML 1.0 does not allow, and lone surrogates. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops what XML cannot hold; keeps tab and line breaks (CRLF and CR become LF). */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

/** Escapes for XML text and attribute values (after `cleanText`). */
export function escapeXml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Lines of a text, with runs of blank lines kept as one empty line. */
export function linesOf(text: string): string[] {
  return cleanText(text).split('\n');
}
