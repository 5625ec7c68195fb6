/*
 * The ordered write queue of one board document: every update is appended to storage before it
 * is broadcast, in the order it was applied. When a write fails (a full disk, a locked file) the
 * update and everything after it stay queued in order and the queue retries with backoff; the
 * document says so (`onHealth`) so that clients can be told and /healthz can answer `degraded`.
 * Dropping a failed update instead would split the room: the author's later updates depend on
 * it, so nobody else could ever apply them (issue 8, finding 3).
 *
 * Updates are written in batches: everything queued while the previous write was under way
 * goes in the next one (one transaction, see GroupCommit.ts), so that under load the cost of a
 * commit and of a promise hop is paid per batch, not per keystroke.
 */

export interface QueuedUpdate {
  update: Uint8Array;
  /** Whom not to send it back to (the socket it came from), or null for everyone. */
  origin: unknown;
}

/** Updates per write at most, so that one write (and the broadcast after it) stays short. */
const MAX_BATCH = 256;

export interface StoreQueueOptions {
  /** Appends updates durably, in order and all or none; rejects when it could not. */
  write: (updates: Uint8Array[]) => Promise<void>;
  /** Called after each durable write with its updates, in order. */
  onStored: (entries: QueuedUpdate[]) => void;
  /** Called when writing starts failing (true) and when it works again (false). */
  onHealth: (failing: boolean) => void;
  onError: (err: unknown, attempt: number) => void;
  retryMs?: { first: number; max: number };
}

const DEFAULT_RETRY = { first: 200, max: 5_000 };

export class StoreQueue {
  private readonly entries: QueuedUpdate[] = [];
  private running = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private failing = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly options: StoreQueueOptions) {}

  push(entry: QueuedUpdate): void {
    this.entries.push(entry);
    if (!this.running && !this.retryTimer) void this.run();
  }

  /** True while writes fail; the queue then holds what is not stored yet. */
  get isFailing(): boolean {
    return this.failing;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Settles once every update pushed so far is stored (waits through failures). */
  drained(): Promise<void> {
    if (this.entries.length === 0 && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Tries a failing write again now, e.g. at shutdown. */
  retryNow(): Promise<void> {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      void this.run();
    }
    return this.drained();
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.entries.length > 0) {
      const batch = this.entries.slice(0, MAX_BATCH);
      try {
        await this.options.write(batch.map((e) => e.update));
      } catch (err) {
        this.attempt++;
        this.options.onError(err, this.attempt);
        if (!this.failing) {
          this.failing = true;
          this.options.onHealth(true);
        }
        const { first, max } = this.options.retryMs ?? DEFAULT_RETRY;
        const delay = Math.min(max, first * 2 ** Math.min(this.attempt - 1, 16));
        this.running = false;
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          void this.run();
        }, delay);
        this.retryTimer.unref();
        return;
      }
      this.entries.splice(0, batch.length);
      this.attempt = 0;
      if (this.failing) {
        this.failing = false;
        this.options.onHealth(false);
      }
      this.options.onStored(batch);
    }
    this.running = false;
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Stops retrying; what is still queued is reported by `size`. */
  stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}
