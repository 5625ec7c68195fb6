import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Storage } from '../../server/storage/Storage.ts';
import { GroupCommit } from '../../server/yjs/GroupCommit.ts';

/** A storage that records each transaction (`appendUpdates` call) with the first byte of each update. */
function recordingStorage() {
  const transactions: Array<Array<[string, number[]]>> = [];
  let seq = 0;
  const storage = {
    appendUpdate: async () => ++seq,
    appendUpdates: async (batch: ReadonlyArray<{ docName: string; updates: Uint8Array[] }>) => {
      transactions.push(batch.map(({ docName, updates }) => [docName, updates.map((u) => u[0]!)]));
      return batch.map(({ updates }) => (seq += updates.length));
    },
  } as unknown as Storage;
  return { storage, transactions };
}

const update = (n: number) => new Uint8Array([n]);

describe('GroupCommit (server/yjs/GroupCommit.ts)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without a window, commits what one turn of the event loop brought, each turn its own transaction', async () => {
    const { storage, transactions } = recordingStorage();
    const commit = new GroupCommit(storage, { now: () => Date.now() });
    const a = commit.append('w/a', [update(1)]);
    const b = commit.append('w/b', [update(2), update(3)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await Promise.all([a, b])).toEqual([1, 3]);
    const c = commit.append('w/a', [update(4)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await c).toBe(4);
    expect(transactions).toEqual([[['w/a', [1]], ['w/b', [2, 3]]], [['w/a', [4]]]]);
  });

  it('with a window, does not wait when idle: the first update after a quiet spell is committed in the next turn', async () => {
    const { storage, transactions } = recordingStorage();
    const commit = new GroupCommit(storage, { windowMs: 4, now: () => Date.now() });
    const first = commit.append('w/a', [update(1)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await first).toBe(1);
    // Quiet for longer than the window: the next update goes at once again.
    await vi.advanceTimersByTimeAsync(50);
    const later = commit.append('w/a', [update(2)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await later).toBe(2);
    expect(transactions).toEqual([[['w/a', [1]]], [['w/a', [2]]]]);
  });

  it('with a window, batches the updates that follow a commit closely into one transaction, in order', async () => {
    const { storage, transactions } = recordingStorage();
    const commit = new GroupCommit(storage, { windowMs: 4, now: () => Date.now() });
    const first = commit.append('w/a', [update(1)]);
    await vi.advanceTimersByTimeAsync(0);
    await first;
    // Busy: three updates in three separate turns, all within the window of the last commit.
    const settled: number[] = [];
    const next = [
      commit.append('w/a', [update(2)]),
      commit.append('w/b', [update(3)]),
      commit.append('w/a', [update(4)]),
    ].map((p, i) => p.then((seq) => { settled.push(i); return seq; }));
    await vi.advanceTimersByTimeAsync(1);
    // Nothing is resolved (and so nothing could be broadcast) before it is committed.
    expect(settled).toEqual([]);
    expect(transactions).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4);
    expect(await Promise.all(next)).toEqual([2, 3, 4]);
    expect(transactions).toEqual([[['w/a', [1]]], [['w/a', [2]], ['w/b', [3]], ['w/a', [4]]]]);
  });

  it('rejects every write of a failed transaction, and the next one commits again', async () => {
    const { storage, transactions } = recordingStorage();
    const failing = { ...storage, appendUpdates: async () => { throw new Error('SQLITE_FULL'); } } as unknown as Storage;
    const broken = new GroupCommit(failing, { windowMs: 4, now: () => Date.now() });
    const a = broken.append('w/a', [update(1)]);
    const b = broken.append('w/b', [update(2)]);
    const outcome = Promise.allSettled([a, b]);
    await vi.advanceTimersByTimeAsync(0);
    expect((await outcome).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const working = new GroupCommit(storage, { windowMs: 4, now: () => Date.now() });
    const c = working.append('w/a', [update(3)]);
    await vi.advanceTimersByTimeAsync(0);
    expect(await c).toBe(1);
    expect(transactions).toEqual([[['w/a', [3]]]]);
  });
});
