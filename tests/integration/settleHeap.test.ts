import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/buildServer.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';

/*
 * server/memory/startupHeap.ts and settleHeap.ts in the built server as `npm start` runs it,
 * with the demo: V8's young generation is held at its start size while the server starts, and
 * once it has started the server checks it (a minor collection where it did grow, so that V8
 * can give it back) and says in its log what came of it.
 */

let server: ChildServer;
let dataDir: string;

beforeAll(async () => {
  await buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-settle-'));
  server = await startChildServer(dataDir, { DEMO: '1', LOG_LEVEL: 'info' }, { built: true });
}, 120_000);
afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exited;
  rmSync(dataDir, { recursive: true, force: true });
});

const rssAnonKiB = (pid: number) => Number(/RssAnon:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);

/** Resolves with the first log entry whose message is `msg`. */
function logEntry(msg: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const find = () => {
      for (const line of server.stdout().split('\n')) {
        if (!line.startsWith('{')) continue;
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry.msg === msg) {
          server.child.stdout?.off('data', find);
          resolve(entry);
          return;
        }
      }
    };
    server.child.stdout?.on('data', find);
    find();
  });
}

describe('the young generation after the start', () => {
  // With the hold the start cannot grow the young generation (without it V8 grows it to 16 MiB
  // a semi-space while the server starts), so the check finds it at its start size and has
  // nothing to give back. Should it have grown anyway, whether V8 shrinks it depends on the
  // allocation rate it saw over its last seconds: the shrink is asserted only when V8 gave it
  // back. How much RSS this saves is a figure of `npm run bench:memory`
  // (docs/benchmarks.md), not an assertion.
  it('is held at its start size while the server starts, and reported once it has started', async () => {
    const anonBefore = rssAnonKiB(server.child.pid!);
    const entry = await logEntry('young generation settled');
    expect(typeof entry.gaveBack).toBe('boolean');
    expect(typeof entry.afterMiB).toBe('number');
    expect(entry.beforeMiB as number).toBeLessThanOrEqual(2);
    if (!entry.gaveBack) return;
    expect(entry.afterMiB as number).toBeLessThanOrEqual(2);
    // Pages V8 gives up leave the process shortly after the collection.
    await expect.poll(() => rssAnonKiB(server.child.pid!), { timeout: 5_000 }).toBeLessThan(anonBefore - 2_048);
  }, 60_000);
});
