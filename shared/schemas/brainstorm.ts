import * as z from 'zod';

/*
 * The silent brainstorm (private mode) on the control channel: the facilitator starts a round
 * on every board or on one, in which every participant's new notes stay on their own laptop,
 * may end its writing time, and reveals it, at which moment every laptop of that board puts
 * its private notes on the board (docs/board-schema.md, "Silent brainstorm").
 */

const groupId = z.string().min(1).max(64);

/**
 * One board's round, as its laptops read it (`brainstormFor`). `round` is the number of the
 * round this board had last: a laptop that kept private notes of an earlier round (it was
 * offline at the reveal) reveals them when it sees that round is over, even if a new one has
 * started since. `ended`: the writing time is over, the notes stay private until the reveal
 * (notes still written then wait for the same reveal, so none is shown early).
 */
export const BrainstormState = z.object({
  active: z.boolean(),
  round: z.number().int().min(0),
  ended: z.boolean().default(false),
});
export type BrainstormState = z.infer<typeof BrainstormState>;

export const NO_BRAINSTORM: BrainstormState = { active: false, round: 0, ended: false };

/**
 * In the session state: every board's round, and a workshop-wide counter from which each
 * start takes its number (so a round number is never reused on any board).
 */
const BrainstormSessionShape = z.object({
  rounds: z.number().int().min(0),
  groups: z.record(groupId, BrainstormState),
});

/**
 * States stored before rounds were per board held one workshop-wide `{active, round}`: its
 * count is kept, and a round then running ends with the upgrade (its notes are revealed).
 */
export const BrainstormSession = z.preprocess((raw) => {
  if (raw && typeof raw === 'object' && !('groups' in raw) && 'round' in raw) {
    return { rounds: (raw as { round: unknown }).round, groups: {} };
  }
  return raw;
}, BrainstormSessionShape);
export type BrainstormSession = z.infer<typeof BrainstormSessionShape>;

export const NO_BRAINSTORM_SESSION: BrainstormSession = { rounds: 0, groups: {} };

/** The round of one board (none yet: `NO_BRAINSTORM`). */
export function brainstormFor(session: BrainstormSession, group: string): BrainstormState {
  return session.groups[group] ?? NO_BRAINSTORM;
}

/** `start` a round (or resume writing in an ended one), `end` its writing time, `reveal` its notes. */
export const BrainstormStep = z.enum(['start', 'end', 'reveal']);
export type BrainstormStep = z.infer<typeof BrainstormStep>;

const StepPayload = z.object({
  step: BrainstormStep,
  /** One board; absent: every board of the workshop. */
  groupId: groupId.optional(),
});

/** The first form of the event (a page cached before per-board rounds): every board. */
const ActivePayload = z.object({ active: z.boolean() })
  .transform(({ active }): z.infer<typeof StepPayload> => ({ step: active ? 'start' : 'reveal' }));

/** `brainstorm:set` (facilitator, organiser). `{active: true|false}` is still read as start/reveal of every board. */
export const BrainstormSet = z.union([StepPayload, ActivePayload]);
export type BrainstormSet = z.infer<typeof BrainstormSet>;
