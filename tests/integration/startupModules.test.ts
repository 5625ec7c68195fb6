import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/buildServer.ts';

/*
 * What the built server loads when it starts: the modules reachable from dist/server/main.js
 * through static imports, which node evaluates before any of the server's own code runs, and
 * through the one `import()` of main.js itself, which loads the rest of the server at once
 * (server/main.ts). What is needed only on demand is reached through `import()` alone: the
 * PDF and Word writers (in export worker threads), the Redis and PostgreSQL clients (only with
 * REDIS_URL / DATABASE_URL). Loading them at start would cost the memory of every
 * server, used or not (docs/operations.md, "Memory").
 */

const ON_DEMAND = ['docx', 'pdf-lib', '@pdf-lib/fontkit', 'redis', 'pg', '@socket.io/redis-adapter'];

let outdir: string;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'werkbord-build-'));
  await buildServer(outdir);
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/**
 * The packages an entry reaches through static imports, and through `import()` in the files
 * that `followDynamic` accepts.
 */
function packagesReached(entry: string, followDynamic: (file: string) => boolean): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(outdir, file), 'utf8');
    const specifiers = [...code.matchAll(/^(?:import|export)\b[^;]*?["']([^"']+)["'];?$/gm)].map((m) => m[1]!);
    if (followDynamic(file)) specifiers.push(...[...code.matchAll(/\bimport\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    for (const specifier of specifiers) {
      if (specifier.startsWith('./')) visit(specifier.slice(2));
      else if (!specifier.startsWith('node:')) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(entry);
  return packages;
}

describe('the built server at start', () => {
  it('loads the packages it serves with, and none of those needed only on demand', () => {
    const atStart = packagesReached('main.js', (file) => file === 'main.js');
    expect([...atStart]).toEqual(expect.arrayContaining(['express', 'socket.io', 'ws', 'better-sqlite3', 'pino']));
    for (const name of ON_DEMAND) expect(atStart.has(name), name).toBe(false);
  });

  it('still reaches each of them on demand (through import())', () => {
    const all = () => true;
    const onDemand = new Set([...packagesReached('main.js', all), ...packagesReached('exportWorker.js', all)]);
    for (const name of ON_DEMAND) expect(onDemand.has(name), name).toBe(true);
  });
});
