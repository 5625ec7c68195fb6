import { readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { codingSuffix, compressibleTypes } from '../../server/http/contentCoding.ts';
import { builtFiles } from './builtFiles.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CompressedFile {
  path: string;
  bytes: number;
  br: number | undefined;
  gzip: number | undefined;
}

/**
 * Writes `x.br` and `x.gz` beside every compressible built file, at the highest levels (paid
 * once per build, not per request), so that the server sends a venue's 300 laptops the
 * smallest bytes without compressing anything itself. A variant no smaller than the original
 * is not written; the server then sends the original.
 */
export async function precompress(outDir: string): Promise<CompressedFile[]> {
  const files = (await builtFiles(outDir)).filter((f) => compressibleTypes[extname(f).toLowerCase()] !== undefined);
  return Promise.all(files.map(async (path) => {
    const full = join(outDir, path);
    const original = await readFile(full);
    const [br, gz] = await Promise.all([
      brotli(original, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
        },
      }),
      gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    const keep = async (bytes: Buffer, suffix: string) => {
      if (bytes.length >= original.length) return undefined;
      await writeFile(full + suffix, bytes);
      return (await stat(full + suffix)).size;
    };
    return { path, bytes: original.length, br: await keep(br, codingSuffix.br), gzip: await keep(gz, codingSuffix.gzip) };
  }));
}
