import type { TimerState } from '../../shared/schemas/session.ts';

/*
 * Timer arithmetic, pure and on the server's clock. While running only `endsAt` matters (a
 * restart or a drifting laptop clock cannot shift it); while paused only `remainingMs`.
 */

export function idleTimer(durationMs = 0): TimerState {
  return { running: false, endsAt: null, remainingMs: durationMs, durationMs, pensDown: false, doneAt: null };
}

/** Time left at `now`. */
export function remainingAt(timer: TimerState, now: number): number {
  if (timer.running && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return timer.remainingMs;
}

export function startTimer(timer: TimerState, durationMs: number, now: number): TimerState {
  return { ...timer, running: true, endsAt: now + durationMs, remainingMs: durationMs, durationMs, doneAt: null };
}

/** Undefined when there is nothing to pause. */
export function pauseTimer(timer: TimerState, now: number): TimerState | undefined {
  if (!timer.running) return undefined;
  return { ...timer, running: false, endsAt: null, remainingMs: remainingAt(timer, now) };
}

/** Undefined when it is running already or has no time left. */
export function resumeTimer(timer: TimerState, now: number): TimerState | undefined {
  if (timer.running || timer.remainingMs <= 0) return undefined;
  return { ...timer, running: true, endsAt: now + timer.remainingMs, doneAt: null };
}

/**
 * Adds or removes time. The duration moves along, so that a progress ring stays right. Taking
 * off more than is left leaves zero: a running timer then ends at once (the scheduler fires).
 */
export function adjustTimer(timer: TimerState, deltaMs: number, now: number): TimerState {
  const left = Math.max(0, remainingAt(timer, now) + deltaMs);
  const durationMs = Math.max(left, timer.durationMs + deltaMs);
  if (timer.running) return { ...timer, endsAt: now + left, remainingMs: left, durationMs };
  return { ...timer, remainingMs: left, durationMs, doneAt: left > 0 ? null : timer.doneAt };
}

export function resetTimer(timer: TimerState): TimerState {
  return { ...idleTimer(timer.durationMs), pensDown: timer.pensDown };
}

/** True when a running timer has reached zero at `now`. */
export function isDue(timer: TimerState, now: number): boolean {
  return timer.running && timer.endsAt !== null && timer.endsAt <= now;
}

/** The timer after reaching zero: stopped, nothing left, `doneAt` set. */
export function finishTimer(timer: TimerState, now: number): TimerState {
  return { ...timer, running: false, endsAt: null, remainingMs: 0, doneAt: now };
}
