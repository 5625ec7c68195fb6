import * as z from 'zod';
import { Limits } from '../limits.ts';
import { BrainstormSession, NO_BRAINSTORM_SESSION } from './brainstorm.ts';

/*
 * The session state of one workshop (agenda, timer, message, locks, plenary view, ballot,
 * decisions, themes). The server keeps it, stores it as JSON under the state key `session`
 * after every change, and sends the public part (`PublicSessionState`) to every client.
 */

/** Version of the stored JSON; a later version adds a named migration in server/session/. */
export const SESSION_STATE_VERSION = 1;

const id = z.string().min(1).max(64);
/** `${groupId}:${slot}`, the key of one action point in the workshop. */
export const ApKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}:[01]$/, 'apKey must be <groupId>:<0|1>');
/** Clock time of an agenda segment, 24-hour `HH:MM`. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'start must be HH:MM');

export const AgendaSegment = z.object({
  id,
  start: ClockTime,
  title: z.string().trim().min(1).max(Limits.titleLength),
});
export type AgendaSegment = z.infer<typeof AgendaSegment>;

export const Agenda = z.object({
  segments: z.array(AgendaSegment).max(Limits.agendaSegments),
  currentId: id.nullable(),
});
export type Agenda = z.infer<typeof Agenda>;

/**
 * Server time is the truth: while running, `endsAt` is the server's epoch ms of zero and
 * clients show `endsAt - (Date.now() + offset)`, with the offset taken from `serverNow`.
 * While paused, `remainingMs` holds what is left and `endsAt` is null.
 */
export const TimerState = z.object({
  running: z.boolean(),
  endsAt: z.number().nullable(),
  remainingMs: z.number().min(0),
  durationMs: z.number().min(0),
  /** Lock every board when the timer reaches zero. */
  pensDown: z.boolean(),
  /** Server epoch ms when it last reached zero; null until then or after a start/reset. */
  doneAt: z.number().nullable().default(null),
});
export type TimerState = z.infer<typeof TimerState>;

export const Message = z.object({ text: z.string(), sentAt: z.number() });
export type Message = z.infer<typeof Message>;

export const Locks = z.object({ all: z.boolean(), groups: z.array(id) });
export type Locks = z.infer<typeof Locks>;

export const Spotlight = z.object({ groupId: id, slot: z.union([z.literal(0), z.literal(1)]) });
export type Spotlight = z.infer<typeof Spotlight>;

export const PlenaryView = z.object({
  /** Groups whose tiles the beamer shows; 'all' for every group. */
  revealed: z.union([z.literal('all'), z.array(id)]),
  spotlight: Spotlight.nullable(),
  showJoinQr: z.boolean(),
  /**
   * The beamer shows the ballot's result although the ballot is closed: set when it closes
   * with votes, cleared by a new round; the facilitator toggles it (`plenary:result`).
   * Absent in states stored before it existed, hence the default.
   */
  showResult: z.boolean().default(false),
});
export type PlenaryView = z.infer<typeof PlenaryView>;

/** Stored ballot: each voter's votes. Never sent out as such (see `PublicBallot`). */
export const Ballot = z.object({
  open: z.boolean(),
  votesPerPerson: z.number().int().min(1).max(Limits.maxVotesPerPerson),
  votes: z.record(z.string(), z.record(z.string(), z.number().int().min(0))),
});
export type Ballot = z.infer<typeof Ballot>;

export const DecisionStatus = z.enum(['adopted', 'amended', 'parked']);
export type DecisionStatus = z.infer<typeof DecisionStatus>;

export const DecisionEntry = z.object({
  status: DecisionStatus,
  text: z.string().optional(),
  at: z.number(),
});
export type DecisionEntry = z.infer<typeof DecisionEntry>;

export const Decision = z.object({
  status: DecisionStatus,
  /** The amended text, for 'amended'. */
  text: z.string().optional(),
  /** Every decision taken on this action point, oldest first (the last one is the current). */
  history: z.array(DecisionEntry),
});
export type Decision = z.infer<typeof Decision>;

/** Duplicate action points merged into one theme; `apKeys` keep their origins. */
export const Theme = z.object({ id, title: z.string(), apKeys: z.array(ApKey) });
export type Theme = z.infer<typeof Theme>;

export const SessionState = z.object({
  version: z.literal(SESSION_STATE_VERSION),
  agenda: Agenda,
  timer: TimerState,
  message: Message.nullable(),
  locks: Locks,
  actionStepOpen: z.boolean(),
  plenary: PlenaryView,
  ballot: Ballot,
  decisions: z.record(z.string(), Decision),
  themes: z.array(Theme),
  /** Silent brainstorm per board; absent in states stored before it existed, hence the default. */
  brainstorm: BrainstormSession.default(NO_BRAINSTORM_SESSION),
});
export type SessionState = z.infer<typeof SessionState>;

/** What everyone may see of the ballot: totals per apKey, never who voted what. */
export const PublicBallot = z.object({
  open: z.boolean(),
  votesPerPerson: z.number().int(),
  totals: z.record(z.string(), z.number().int()),
  /** How many voters cast at least one vote. */
  voters: z.number().int(),
});
export type PublicBallot = z.infer<typeof PublicBallot>;

export const PublicSessionState = SessionState.omit({ ballot: true }).extend({ ballot: PublicBallot });
export type PublicSessionState = z.infer<typeof PublicSessionState>;

/**
 * Server → client `session`: the state, the server's clock (to compute the offset) and the
 * workshop's title as it is now, so that a changed title reaches every screen at once.
 */
export const SessionEvent = z.object({ state: PublicSessionState, serverNow: z.number(), title: z.string().optional() });
export type SessionEvent = z.infer<typeof SessionEvent>;

/** Votes per apKey over all voters. */
export function ballotTotals(ballot: Ballot): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const votes of Object.values(ballot.votes)) {
    for (const [key, n] of Object.entries(votes)) if (n > 0) totals[key] = (totals[key] ?? 0) + n;
  }
  return totals;
}

/** The state as clients may see it. */
export function publicSessionState(state: SessionState): PublicSessionState {
  const { ballot, ...rest } = state;
  const voters = Object.values(ballot.votes).filter((v) => Object.values(v).some((n) => n > 0)).length;
  return {
    ...rest,
    ballot: { open: ballot.open, votesPerPerson: ballot.votesPerPerson, totals: ballotTotals(ballot), voters },
  };
}
