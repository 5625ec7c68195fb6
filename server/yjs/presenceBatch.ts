import { PresenceCadence } from './presenceGuard.ts';

/** Where a presence change came from: a socket of this process, or another process (Redis). */
export type PresenceSource = 'local' | 'remote';

/** The client ids whose presence changed since the last flush, by source. */
export interface PresenceChanges {
  local: number[];
  remote: number[];
}

/**
 * Collects a room's presence changes and hands them on at most every PRESENCE_INTERVAL_MS, all
 * at once. Without it each socket's change was encoded and sent to every socket of the room as
 * soon as it came: N laptops moving their cursors cost N² messages per interval. Batched, the
 * room's changes go out as one awareness update, encoded once and sent to every socket: N
 * messages per interval. The first change after a quiet interval goes out at once, so a lone
 * cursor is not delayed; under load a change waits at most one interval.
 */
export class PresenceBatch {
  private readonly local = new Set<number>();
  private readonly remote = new Set<number>();
  private readonly cadence = new PresenceCadence(() => {
    if (this.local.size === 0 && this.remote.size === 0) return;
    const changes = { local: [...this.local], remote: [...this.remote] };
    this.local.clear();
    this.remote.clear();
    this.flush(changes);
  });

  constructor(private readonly flush: (changes: PresenceChanges) => void) {}

  add(clientIds: Iterable<number>, source: PresenceSource, now = Date.now()): void {
    const into = source === 'local' ? this.local : this.remote;
    for (const id of clientIds) into.add(id);
    this.cadence.poke(now);
  }

  /** Drops what waits (the room is closing). */
  stop(): void {
    this.cadence.stop();
    this.local.clear();
    this.remote.clear();
  }
}
