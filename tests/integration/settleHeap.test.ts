import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/buildServer.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';

/*
 * server/memory/settleHeap.ts in the built server as `npm start` runs it, with the demo: ~10 s
 * after its start the server runs one minor collection so that V8 can give back the young
 * generation that starting grew, and says in its log what came of it.
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
  // Whether V8 shrinks the young generation depends on the allocation rate it saw over its
  // last seconds, so on a machine busy with other tests it may keep it: the test asserts that
  // the built server runs the settling collection and reports it, and that the memory goes
  // back when V8 gives it back. How much it gives back on a quiet server is a figure of
  // `npm run bench:memory` (docs/benchmarks.md), not an assertion.
  it('is settled ~10 s after the start and reported; when V8 gives it back, the process shrinks', async () => {
    const anonBefore = rssAnonKiB(server.child.pid!);
    const entry = await logEntry('young generation settled');
    expect(typeof entry.gaveBack).toBe('boolean');
    expect(typeof entry.beforeMiB).toBe('number');
    expect(typeof entry.afterMiB).toBe('number');
    if (!entry.gaveBack) return;
    expect(entry.afterMiB as number).toBeLessThanOrEqual(2);
    // Pages V8 gives up leave the process shortly after the collection.
    await expect.poll(() => rssAnonKiB(server.child.pid!), { timeout: 5_000 }).toBeLessThan(anonBefore - 2_048);
  }, 60_000);
});
