import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHELL_MANIFEST_PLACEHOLDER, type ShellManifest } from '../../client/src/sw/shellManifest.ts';
import { builtFiles } from './builtFiles.ts';

/** Where the service worker is built (vite.config.ts names the entry so). */
export const SERVICE_WORKER_FILE = '/sw.js';
/** Precompressed copies are the same files again; the worker asks for the originals. */
const NOT_SHELL = /\.(br|gz)$/;

/**
 * Writes this build's manifest into sw.js: the paths of the shell (every built file but the
 * worker itself) and a version hashed from their names and bytes. The worker names its cache
 * by that version, and sw.js changes whenever any file does, which is what makes a browser
 * install the new worker after a deploy.
 */
export async function writeShellManifest(outDir: string): Promise<ShellManifest> {
  const files = (await builtFiles(outDir)).filter((f) => f !== SERVICE_WORKER_FILE && !NOT_SHELL.test(f));
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(join(outDir, file))).update('\0');
  const manifest: ShellManifest = { version: hash.digest('hex').slice(0, 16), files };

  const swPath = join(outDir, SERVICE_WORKER_FILE);
  const code = await readFile(swPath, 'utf8');
  // A classic worker script cannot import; a shared chunk pulled in by mistake would break it.
  if (/(^|[;\s])import\s*[\s{*("'`]/.test(code) || /\bexport\s*[{*]/.test(code)) {
    throw new Error(`${SERVICE_WORKER_FILE} imports or exports a module: it must be self-contained`);
  }
  const placeholder = new RegExp(`(["'\`])${SHELL_MANIFEST_PLACEHOLDER}\\1`, 'g');
  const found = code.match(placeholder)?.length ?? 0;
  if (found !== 1) throw new Error(`${SERVICE_WORKER_FILE}: expected one shell manifest placeholder, found ${found}`);
  // A JSON string literal of the JSON text: valid JavaScript whatever quotes the minifier chose.
  await writeFile(swPath, code.replace(placeholder, () => JSON.stringify(JSON.stringify(manifest))));
  return manifest;
}
