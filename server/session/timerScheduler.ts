import type { TimerState } from '../../shared/schemas/session.ts';

/** setTimeout's largest delay; a longer timer is re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * One wake-up per workshop at its timer's `endsAt`, re-armed after every change. The state
 * (not this timeout) is the truth: `onDue` checks that the timer is really due, so a stale
 * wake-up after a pause or an adjustment does nothing.
 */
export class TimerScheduler {
  private readonly timeouts = new Map<string, NodeJS.Timeout>();

  constructor(private readonly onDue: (workshopId: string) => void) {}

  /** Arms (or disarms, when not running) the wake-up of `workshopId`. */
  sync(workshopId: string, timer: TimerState, now = Date.now()): void {
    this.clear(workshopId);
    if (!timer.running || timer.endsAt === null) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, timer.endsAt - now));
    const timeout = setTimeout(() => {
      this.timeouts.delete(workshopId);
      this.onDue(workshopId);
    }, delay);
    // A wake-up must not keep a stopping process alive; the state survives in storage.
    timeout.unref();
    this.timeouts.set(workshopId, timeout);
  }

  clear(workshopId: string): void {
    const timeout = this.timeouts.get(workshopId);
    if (timeout) clearTimeout(timeout);
    this.timeouts.delete(workshopId);
  }

  close(): void {
    for (const id of [...this.timeouts.keys()]) this.clear(id);
  }
}
