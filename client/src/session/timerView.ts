import type { TimerState } from '../../../shared/schemas/session.ts';

/*
 * What a screen shows of the timer, computed from the server's time (`Date.now() + offset`):
 * while running only `endsAt` counts, while stopped only `remainingMs` (docs/api.md).
 */

export type TimerPhase = 'idle' | 'ready' | 'running' | 'paused' | 'done';

/** How long the "time is up" flash lasts after the timer reached zero. */
export const FLASH_MS = 10_000;

export function timerRemaining(timer: TimerState, serverNow: number): number {
  if (timer.running && timer.endsAt !== null) return Math.max(0, timer.endsAt - serverNow);
  return timer.remainingMs;
}

export function timerPhase(timer: TimerState): TimerPhase {
  if (timer.running) return 'running';
  if (timer.doneAt !== null && timer.remainingMs <= 0) return 'done';
  if (timer.durationMs <= 0 && timer.remainingMs <= 0) return 'idle';
  return timer.remainingMs < timer.durationMs ? 'paused' : 'ready';
}

/** True for a short while after the timer reached zero. */
export function isFlashing(timer: TimerState, serverNow: number): boolean {
  return timerPhase(timer) === 'done' && timer.doneAt !== null && serverNow - timer.doneAt < FLASH_MS;
}

/** `m:ss`, or `h:mm:ss` from an hour; whole seconds rounded up, so that 0:00 means zero. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
