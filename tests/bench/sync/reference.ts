import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const REFERENCE = join(import.meta.dirname, 'reference');
const MARKER = join(REFERENCE, 'node_modules', '.bench-installed');

/**
 * Installs the reference servers into tests/bench/sync/reference/node_modules on first run
 * (and again when their package.json changed). Kept out of the app's package.json so that
 * `npm ci` stays lean; Hocuspocus's `sqlite3` compiles against the system Node's headers
 * (reference/.npmrc: nodedir=/usr), which takes a few minutes the first time.
 */
export function ensureReferenceServers(log: (line: string) => void): void {
  const manifest = readFileSync(join(REFERENCE, 'package.json'), 'utf8');
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === manifest) return;
  log('installing the reference servers (first run; sqlite3 may compile for a few minutes)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--prefix', REFERENCE, '--no-save'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
  });
  writeFileSync(MARKER, manifest);
}
