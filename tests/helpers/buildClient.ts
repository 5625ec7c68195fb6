import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the client (vite build) when dist/client is missing or older than its sources. */
export function ensureClientBuilt(): void {
  const index = join(process.cwd(), 'dist/client/index.html');
  const sources = Math.max(newestMtime('client'), newestMtime('shared'), newestMtime('scripts/vite'), statSync('vite.config.ts').mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  process.stdout.write('Building the client (vite build)…\n');
  const result = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed');
}
