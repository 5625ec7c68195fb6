import * as z from 'zod';
import { Limits } from '../limits.ts';
import { ApKey, ClockTime, DecisionStatus, Spotlight } from './session.ts';

/*
 * Payloads of the session events a client sends on the control channel (docs/api.md).
 * Events without data take `{}` or nothing. Each schema is the edge check of its event.
 */

const id = z.string().min(1).max(64);
const HOUR = 3_600_000;

/** Payload of events that carry no data: `{}`, nothing, or null (how Socket.IO sends `undefined`). */
export const NoPayload = z.object({}).nullish();

export const AgendaSet = z.object({
  segments: z.array(z.object({
    /** Kept when given (so the "now" marker can stay put); the server makes one otherwise. */
    id: id.optional(),
    start: ClockTime,
    title: z.string().trim().min(1).max(Limits.titleLength),
  })).max(Limits.agendaSegments),
}).refine((v) => {
  const ids = v.segments.flatMap((s) => (s.id ? [s.id] : []));
  return new Set(ids).size === ids.length;
}, { message: 'segment ids must be unique', path: ['segments'] });
export type AgendaSet = z.infer<typeof AgendaSet>;

/** Moves the "now" marker; null clears it. */
export const AgendaNow = z.object({ segmentId: id.nullable() });
export type AgendaNow = z.infer<typeof AgendaNow>;

export const TimerStart = z.object({ durationMs: z.number().int().min(1000).max(12 * HOUR) });
export type TimerStart = z.infer<typeof TimerStart>;

/** Adds (positive) or removes (negative) time, running or paused. */
export const TimerAdjust = z.object({
  deltaMs: z.number().int().min(-12 * HOUR).max(12 * HOUR).refine((n) => n !== 0, 'deltaMs must not be 0'),
});
export type TimerAdjust = z.infer<typeof TimerAdjust>;

export const TimerPensDown = z.object({ enabled: z.boolean() });
export type TimerPensDown = z.infer<typeof TimerPensDown>;

export const MessageSend = z.object({ text: z.string().trim().min(1).max(Limits.messageLength) });
export type MessageSend = z.infer<typeof MessageSend>;

/** `groupId: null` means every board: locking sets `all`, unlocking clears every lock. */
export const LockSet = z.object({ groupId: id.nullable(), locked: z.boolean() });
export type LockSet = z.infer<typeof LockSet>;

export const ActionStepSet = z.object({ open: z.boolean() });
export type ActionStepSet = z.infer<typeof ActionStepSet>;

export const ActionPointsReopen = z.object({ groupId: id });
export type ActionPointsReopen = z.infer<typeof ActionPointsReopen>;

/** The groups the beamer shows (replaces the earlier list). */
export const PlenaryReveal = z.object({
  groupIds: z.union([z.literal('all'), z.array(id).max(Limits.maxGroups)]),
});
export type PlenaryReveal = z.infer<typeof PlenaryReveal>;

/** One action point shown large on the beamer; null ends the spotlight. */
export const PlenarySpotlight = Spotlight.nullable();
export type PlenarySpotlight = z.infer<typeof PlenarySpotlight>;

export const PlenaryJoinQr = z.object({ show: z.boolean() });
export type PlenaryJoinQr = z.infer<typeof PlenaryJoinQr>;

/** Shows (or hides) the closed ballot's result on the beamer. */
export const PlenaryResult = z.object({ show: z.boolean() });
export type PlenaryResult = z.infer<typeof PlenaryResult>;

export const BallotSet = z.object({
  open: z.boolean(),
  votesPerPerson: z.number().int().min(1).max(Limits.maxVotesPerPerson).optional(),
  /** Throw away every vote cast so far (a new round). */
  clear: z.boolean().optional(),
});
export type BallotSet = z.infer<typeof BallotSet>;

/** A random id the participant's laptop made for itself; it stays on that laptop. */
const VoterId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'voterId must be 8-64 characters [A-Za-z0-9_-]');

export const BallotVote = z.object({
  voterId: VoterId,
  apKey: ApKey,
  delta: z.union([z.literal(1), z.literal(-1)]),
});
export type BallotVote = z.infer<typeof BallotVote>;

/** Asks for this voter's own votes (after a reload), answered in the acknowledgement only. */
export const BallotMine = z.object({ voterId: VoterId });
export type BallotMine = z.infer<typeof BallotMine>;

export const DecisionSet = z.object({
  apKey: ApKey,
  status: DecisionStatus,
  text: z.string().trim().min(1).max(Limits.decisionTextLength).optional(),
}).refine((v) => v.status !== 'amended' || v.text !== undefined, {
  message: 'an amended decision needs its new text', path: ['text'],
});
export type DecisionSet = z.infer<typeof DecisionSet>;

export const ThemeMerge = z.object({
  apKeys: z.array(ApKey).min(2).max(2 * Limits.maxGroups)
    .refine((keys) => new Set(keys).size === keys.length, 'apKeys must be unique'),
  title: z.string().trim().min(1).max(Limits.actionTitleLength),
});
export type ThemeMerge = z.infer<typeof ThemeMerge>;

export const ThemeSplit = z.object({ themeId: id });
export type ThemeSplit = z.infer<typeof ThemeSplit>;

/** Server → client `timer:done`, once when the timer reaches zero. */
export const TimerDone = z.object({ at: z.number(), pensDown: z.boolean() });
export type TimerDone = z.infer<typeof TimerDone>;
