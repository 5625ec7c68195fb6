import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceBatch, type PresenceChanges } from '../../server/yjs/presenceBatch.ts';
import { PRESENCE_INTERVAL_MS } from '../../server/yjs/presenceGuard.ts';

describe('PresenceBatch: a room\'s presence changes, handed on once per interval', () => {
  let flushed: PresenceChanges[];
  let batch: PresenceBatch;

  beforeEach(() => {
    vi.useFakeTimers();
    flushed = [];
    batch = new PresenceBatch((changes) => flushed.push(changes));
  });
  afterEach(() => {
    batch.stop();
    vi.useRealTimers();
  });

  it('hands the first change after a quiet interval on at once', () => {
    batch.add([7], 'local');
    expect(flushed).toEqual([{ local: [7], remote: [] }]);
  });

  it('merges the changes of many clients within an interval into one flush, each id once', () => {
    batch.add([1], 'local');
    for (let round = 0; round < 5; round++) {
      for (let id = 1; id <= 40; id++) batch.add([id], 'local');
    }
    batch.add([99], 'remote');
    expect(flushed).toHaveLength(1);
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS);
    expect(flushed).toHaveLength(2);
    expect(flushed[1]!.local).toHaveLength(40);
    expect(new Set(flushed[1]!.local).size).toBe(40);
    expect(flushed[1]!.remote).toEqual([99]);
  });

  it('under a steady stream flushes at most once per interval', () => {
    for (let t = 0; t < 1_000; t += 5) {
      batch.add([t % 13], 'local');
      vi.advanceTimersByTime(5);
    }
    expect(flushed.length).toBeLessThanOrEqual(1_000 / PRESENCE_INTERVAL_MS + 1);
    expect(flushed.length).toBeGreaterThanOrEqual(1_000 / PRESENCE_INTERVAL_MS - 1);
  });

  it('drops what waits when stopped', () => {
    batch.add([1], 'local');
    batch.add([2], 'local');
    batch.stop();
    vi.advanceTimersByTime(PRESENCE_INTERVAL_MS * 2);
    expect(flushed).toEqual([{ local: [1], remote: [] }]);
  });
});
