/** Content codings the built client is precompressed in (scripts/vite/precompress.ts). */
export const ContentCoding = { brotli: 'br', gzip: 'gzip', identity: 'identity' } as const;
export type ContentCoding = (typeof ContentCoding)[keyof typeof ContentCoding];

/** File suffix of each precompressed coding, as the build writes it beside the original. */
export const codingSuffix = { br: '.br', gzip: '.gz' } as const;

/**
 * Content-Type of each file type the build precompresses. The server sets it itself because
 * the file it sends is `x.js.br`, whose own extension says nothing; the build compresses
 * exactly these extensions, so one table keeps both sides in step.
 */
export const compressibleTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The codings to try for a request, best first, always ending with identity: br and gzip in
 * the order of their q-values, br first when they tie (it is smaller), and neither when the
 * client sent no Accept-Encoding (RFC 9110 allows any coding then, but a client that says
 * nothing may be a script that cannot decode). `*` stands for any coding not named.
 */
export function preferredCodings(header: string | undefined): ContentCoding[] {
  const quality = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    quality.set(name, Number.isFinite(q) ? q : 0);
  }
  const qOf = (name: string) => quality.get(name) ?? quality.get('*') ?? 0;
  const compressed = ([ContentCoding.brotli, ContentCoding.gzip] as const)
    .filter((c) => qOf(c) > 0)
    .sort((a, b) => qOf(b) - qOf(a)); // stable: br stays first on a tie
  return [...compressed, ContentCoding.identity];
}
