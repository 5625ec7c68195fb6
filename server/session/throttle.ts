/**
 * Runs `run(key)` at most once per `intervalMs` per key. The first call after a quiet spell
 * runs on the next tick (so a burst of synchronous changes is one run); calls during the
 * interval are folded into one trailing run, which sees the latest state. Runs of one key
 * never overlap: without that, a slow run could publish an older result after a newer one.
 */
export class KeyedThrottle {
  private readonly slots = new Map<string, { last: number; timer?: NodeJS.Timeout; running: boolean; again: boolean }>();
  private closed = false;

  constructor(
    private readonly intervalMs: number,
    private readonly run: (key: string) => Promise<void>,
    private readonly onError: (err: unknown, key: string) => void,
  ) {}

  schedule(key: string): void {
    if (this.closed) return;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { last: 0, running: false, again: false };
      this.slots.set(key, slot);
    }
    if (slot.timer) return; // A run is coming and will see this change.
    if (slot.running) {
      slot.again = true;
      return;
    }
    const delay = Math.max(0, slot.last + this.intervalMs - Date.now());
    slot.timer = setTimeout(() => void this.fire(key), delay);
  }

  private async fire(key: string): Promise<void> {
    const slot = this.slots.get(key);
    if (!slot) return;
    slot.timer = undefined;
    slot.running = true;
    slot.last = Date.now();
    try {
      await this.run(key);
    } catch (err) {
      this.onError(err, key);
    } finally {
      slot.running = false;
      if (slot.again) {
        slot.again = false;
        this.schedule(key);
      }
    }
  }

  /** Drops a key's pending run. */
  cancel(key: string): void {
    const slot = this.slots.get(key);
    if (slot?.timer) clearTimeout(slot.timer);
    this.slots.delete(key);
  }

  close(): void {
    this.closed = true;
    for (const key of [...this.slots.keys()]) this.cancel(key);
  }
}
