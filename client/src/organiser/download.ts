import { ApiError as ApiErrorBody } from '../../../shared/schemas/workshop.ts';
import { ApiError } from '../api/http.ts';

/*
 * Downloads that need the bearer token: a plain link cannot carry an Authorization header, so
 * the page fetches the file (reporting progress as it arrives) and saves it from a blob: URL.
 */

export interface Downloaded {
  blob: Blob;
  fileName: string;
}

/** The file name from `Content-Disposition`: the UTF-8 `filename*` when given, else `filename`. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // A broken encoding: fall through to the ASCII name.
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** Fetches `path` with the token; `onProgress` hears the bytes received (and the total, when known). */
export async function fetchFile(
  path: string, token: string, onProgress?: (received: number, total: number | undefined) => void, signal?: AbortSignal,
): Promise<Downloaded> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` }, credentials: 'omit', signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'network error');
  }
  if (!res.ok) {
    const parsed = ApiErrorBody.safeParse(await res.json().catch(() => undefined));
    throw parsed.success
      ? new ApiError(res.status, parsed.data.error, parsed.data.message)
      : new ApiError(res.status, 'http', `HTTP ${res.status}`);
  }
  const total = Number(res.headers.get('content-length')) || undefined;
  const chunks: BlobPart[] = [];
  let received = 0;
  const reader = res.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.(received, total);
    }
  }
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks, { type }), fileName: fileNameFrom(res.headers.get('content-disposition'), 'werkbord') };
}

/** Hands `blob` to the browser as a download called `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: the browser may still be reading the blob for the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `12.3 kB`, `1.4 MB`: for progress messages. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
