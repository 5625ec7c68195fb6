import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run build:server`: the server as plain JavaScript in dist/server/, so that `npm start`
 * runs it with bare `node` (no TypeScript compiler loaded at run time: less memory, faster
 * start). Our code is bundled; packages in node_modules stay external and are loaded from
 * there as usual (native better-sqlite3, fonts found through require.resolve).
 *
 * Two entries: main.js and exportWorker.js, the export worker thread's own entry
 * (server/export/workerRun.ts starts it by file name beside the module that starts it).
 * Code splitting keeps the dynamically imported writers (pdf-lib, docx, the SVG board) in
 * chunks of their own that only a worker loads. Every file lands flat in one folder: a chunk's
 * `import.meta.url` then names the same folder as main.js, and `./exportWorker.js` resolves.
 */
export const SERVER_OUT = fileURLToPath(new URL('../dist/server/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * Pure ESM packages bundled into the server instead of loaded from node_modules: esbuild then
 * keeps only what the server uses (zod's 50 locales and its JSON-schema tooling are left
 * out), which takes MiB of V8 heap off the server process (docs/operations.md, "Memory").
 * Every other package stays external.
 */
export const BUNDLED_PACKAGES: readonly string[] = ['zod', 'yjs', 'lib0', 'y-protocols'];

function externalPackages(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED_PACKAGES.includes(name));
}

export async function buildServer(outdir = SERVER_OUT): Promise<void> {
  // A clean folder: stale chunks of an earlier build must not linger beside the new ones.
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'server/main.ts', exportWorker: 'server/export/exportWorker.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: externalPackages(),
    chunkNames: '[name]-[hash]',
    // With `node --enable-source-maps` stack traces name server/….ts lines (docs/operations.md;
    // not the default: it costs ~11 MiB).
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    write: false,
  });
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
  }
}

/**
 * Every character past ASCII as a `\uXXXX` escape. V8 keeps each module's source text in its
 * heap for as long as the module lives, and a text with a single character past Latin-1 (a
 * "—" or "…" in one of our comments: esbuild escapes them in strings but keeps comments and
 * regular expressions as written) is stored at two bytes a character: ~0.5 MiB more for the
 * server's chunks. The escape means the same in a string, a regular expression and a template
 * (its raw text aside: the server has no String.raw with such characters) and nothing in a
 * comment. One written as an escape already (`\—`) would turn into a backslash and a `u`:
 * the build stops instead.
 */
export function asciiOnly(text: string): string {
  return text.replace(/\\?[\u0080-\uffff]/g, (found) => {
    if (found.startsWith('\\')) throw new Error(`buildServer: an escaped non-ASCII character (${found}) cannot be rewritten as \\u`);
    return `\\u${found.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer();
}
