import type {
  ActionStepSet, AgendaNow, AgendaSet, LockSet, MessageSend, PlenaryJoinQr, PlenaryResult, PlenaryReveal,
  PlenarySpotlight, TimerAdjust, TimerPensDown, TimerStart,
} from '../../shared/schemas/sessionEvents.ts';
import type { SessionState } from '../../shared/schemas/session.ts';
import { done, draft, refuse, unknownGroup, type Command, type CommandContext } from './command.ts';
import {
  adjustTimer, finishTimer, pauseTimer, resetTimer, resumeTimer, startTimer,
} from './timer.ts';

/* The facilitator's commands: agenda, timer, message, locks, action step, plenary view. */

export const agendaSet: Command<AgendaSet> = (state, { segments }, ctx) => {
  const next = draft(state);
  next.agenda.segments = segments.map((s) => ({ id: s.id ?? ctx.newId(), start: s.start, title: s.title }));
  // The "now" marker stays on its segment if that segment is still there.
  if (!next.agenda.segments.some((s) => s.id === next.agenda.currentId)) next.agenda.currentId = null;
  return done(next);
};

export const agendaNow: Command<AgendaNow> = (state, { segmentId }) => {
  if (segmentId !== null && !state.agenda.segments.some((s) => s.id === segmentId)) {
    return refuse('not_found', `unknown agenda segment "${segmentId}"`);
  }
  const next = draft(state);
  next.agenda.currentId = segmentId;
  return done(next);
};

function withTimer(state: SessionState, timer: SessionState['timer']): SessionState {
  const next = draft(state);
  next.timer = timer;
  return next;
}

export const timerStart: Command<TimerStart> = (state, { durationMs }, ctx) =>
  done(withTimer(state, startTimer(state.timer, durationMs, ctx.now)));

export const timerPause: Command<unknown> = (state, _payload, ctx) => {
  const timer = pauseTimer(state.timer, ctx.now);
  return timer ? done(withTimer(state, timer)) : refuse('conflict', 'the timer is not running');
};

export const timerResume: Command<unknown> = (state, _payload, ctx) => {
  const timer = resumeTimer(state.timer, ctx.now);
  return timer ? done(withTimer(state, timer)) : refuse('conflict', 'the timer is running or has no time left');
};

export const timerAdjust: Command<TimerAdjust> = (state, { deltaMs }, ctx) =>
  done(withTimer(state, adjustTimer(state.timer, deltaMs, ctx.now)));

export const timerReset: Command<unknown> = (state) => done(withTimer(state, resetTimer(state.timer)));

export const timerPensDown: Command<TimerPensDown> = (state, { enabled }) =>
  done(withTimer(state, { ...state.timer, pensDown: enabled }));

/**
 * The timer reached zero (called by the scheduler, not by a client): it stops, and with
 * "pens down" every board is locked.
 */
export function timerFinish(state: SessionState, now: number): SessionState {
  const next = withTimer(state, finishTimer(state.timer, now));
  if (next.timer.pensDown) next.locks.all = true;
  return next;
}

export const messageSend: Command<MessageSend> = (state, { text }, ctx) => {
  const next = draft(state);
  next.message = { text, sentAt: ctx.now };
  return done(next);
};

export const messageClear: Command<unknown> = (state) => {
  const next = draft(state);
  next.message = null;
  return done(next);
};

export const lockSet: Command<LockSet> = (state, { groupId, locked }, ctx) => {
  const next = draft(state);
  if (groupId === null) {
    next.locks = locked ? { ...next.locks, all: true } : { all: false, groups: [] };
    return done(next);
  }
  const missing = unknownGroup(ctx, groupId);
  if (missing) return missing;
  const groups = new Set(next.locks.groups);
  if (locked) groups.add(groupId);
  else groups.delete(groupId);
  next.locks.groups = ctx.groupIds.filter((g) => groups.has(g));
  return done(next);
};

export const actionStepSet: Command<ActionStepSet> = (state, { open }) => {
  const next = draft(state);
  next.actionStepOpen = open;
  return done(next);
};

export const plenaryReveal: Command<PlenaryReveal> = (state, { groupIds }, ctx) => {
  if (groupIds !== 'all') {
    const missing = groupIds.find((g) => !ctx.groupIds.includes(g));
    if (missing !== undefined) return unknownGroup(ctx, missing)!;
  }
  const next = draft(state);
  next.plenary.revealed = groupIds === 'all' ? 'all' : ctx.groupIds.filter((g) => groupIds.includes(g));
  return done(next);
};

export const plenarySpotlight: Command<PlenarySpotlight> = (state, spotlight, ctx: CommandContext) => {
  if (spotlight) {
    const missing = unknownGroup(ctx, spotlight.groupId);
    if (missing) return missing;
  }
  const next = draft(state);
  next.plenary.spotlight = spotlight;
  return done(next);
};

export const plenaryResult: Command<PlenaryResult> = (state, { show }) => {
  const next = draft(state);
  next.plenary.showResult = show;
  return done(next);
};

export const plenaryJoinQr: Command<PlenaryJoinQr> = (state, { show }) => {
  const next = draft(state);
  next.plenary.showJoinQr = show;
  return done(next);
};
