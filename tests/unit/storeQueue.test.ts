import { describe, expect, it } from 'vitest';
import { StoreQueue, type QueuedUpdate } from '../../server/yjs/StoreQueue.ts';

/** A storage that fails while `full` is set, recording what it stored. */
function disk() {
  const state = { full: false, stored: [] as number[] };
  return {
    state,
    write: async (updates: Uint8Array[]) => {
      if (state.full) throw new Error('SQLITE_FULL');
      for (const update of updates) state.stored.push(update[0]!);
    },
  };
}

describe('StoreQueue (server/yjs/StoreQueue.ts)', () => {
  it('stores and passes on updates in order', async () => {
    const d = disk();
    const passed: number[] = [];
    const q = new StoreQueue({
      write: d.write, onStored: (es: QueuedUpdate[]) => es.forEach((e) => passed.push(e.update[0]!)), onHealth: () => undefined, onError: () => undefined,
    });
    for (let i = 0; i < 5; i++) q.push({ update: new Uint8Array([i]), origin: null });
    await q.drained();
    expect(d.state.stored).toEqual([0, 1, 2, 3, 4]);
    expect(passed).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps failed updates queued in order, says it is failing, and recovers without loss', async () => {
    const d = disk();
    const passed: number[] = [];
    const health: boolean[] = [];
    let failed!: () => void;
    const firstFailure = new Promise<void>((resolve) => { failed = resolve; });
    const q = new StoreQueue({
      write: d.write,
      onStored: (es) => es.forEach((e) => passed.push(e.update[0]!)),
      onHealth: (failing) => { health.push(failing); if (failing) failed(); },
      onError: () => undefined,
      retryMs: { first: 5, max: 20 },
    });
    q.push({ update: new Uint8Array([0]), origin: null });
    await q.drained();
    d.state.full = true;
    for (let i = 1; i <= 3; i++) q.push({ update: new Uint8Array([i]), origin: null });
    await firstFailure;
    expect(q.isFailing).toBe(true);
    expect(passed).toEqual([0]);
    expect(q.size).toBe(3);
    d.state.full = false;
    await q.drained();
    expect(d.state.stored).toEqual([0, 1, 2, 3]);
    expect(passed).toEqual([0, 1, 2, 3]);
    expect(health).toEqual([true, false]);
    expect(q.isFailing).toBe(false);
  });

  it('writes what queued up during a write as one batch', async () => {
    const batches: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const q = new StoreQueue({
      write: async (updates) => {
        batches.push(updates.map((u) => u[0]!));
        if (batches.length === 1) await gate;
      },
      onStored: () => undefined, onHealth: () => undefined, onError: () => undefined,
    });
    q.push({ update: new Uint8Array([0]), origin: null });
    for (let i = 1; i <= 3; i++) q.push({ update: new Uint8Array([i]), origin: null });
    release();
    await q.drained();
    expect(batches).toEqual([[0], [1, 2, 3]]);
  });
});
