import * as z from 'zod';
import { Party } from '../board/actionPointRules.ts';
import { Decision, Spotlight } from './session.ts';

/*
 * The plenary snapshot (docs/api.md, "Plenary snapshot"): everything the beamer, the console
 * and the export show of the groups' action points. Derived by `derivePlenarySnapshot`
 * (shared/plenary.ts) from the group documents and the session state; never stored.
 */

export const PLENARY_SNAPSHOT_VERSION = 1;

export const PlenaryActionPoint = z.object({
  apKey: z.string(),
  slot: z.union([z.literal(0), z.literal(1)]),
  title: z.string(),
  body: z.string(),
  parties: z.array(z.enum(Party)),
  otherParty: z.string(),
  lead: z.string(),
  timeframe: z.string(),
  sourceNoteIds: z.array(z.string()),
  state: z.enum(['empty', 'draft', 'complete']),
  submitted: z.boolean(),
  votes: z.number().int(),
  decision: Decision.nullable(),
  /** The theme it was merged into, if any. */
  themeId: z.string().nullable(),
});
export type PlenaryActionPoint = z.infer<typeof PlenaryActionPoint>;

export const PlenaryGroup = z.object({
  id: z.string(),
  name: z.string(),
  noteCount: z.number().int(),
  submitted: z.boolean(),
  submittedAt: z.number().nullable(),
  /** Action points with state 'complete' (the console's "0/2, 1/2, 2/2"). */
  completeCount: z.number().int(),
  /** Whether the facilitator revealed this group on the beamer. */
  revealed: z.boolean(),
  actionPoints: z.tuple([PlenaryActionPoint, PlenaryActionPoint]),
});
export type PlenaryGroup = z.infer<typeof PlenaryGroup>;

export const RankEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('actionPoint'), apKey: z.string(), groupId: z.string(),
    slot: z.union([z.literal(0), z.literal(1)]), title: z.string(), votes: z.number().int(),
  }),
  z.object({
    kind: z.literal('theme'), themeId: z.string(), title: z.string(),
    apKeys: z.array(z.string()), votes: z.number().int(),
  }),
]);
export type RankEntry = z.infer<typeof RankEntry>;

export const PlenaryTheme = z.object({
  id: z.string(), title: z.string(), apKeys: z.array(z.string()), votes: z.number().int(),
});
export type PlenaryTheme = z.infer<typeof PlenaryTheme>;

export const PlenarySnapshot = z.object({
  version: z.literal(PLENARY_SNAPSHOT_VERSION),
  workshopId: z.string(),
  title: z.string(),
  groups: z.array(PlenaryGroup),
  /** Non-empty action points and themes, most votes first; ties keep the group order. */
  ranking: z.array(RankEntry),
  themes: z.array(PlenaryTheme),
  spotlight: Spotlight.nullable(),
});
export type PlenarySnapshot = z.infer<typeof PlenarySnapshot>;

/** Server → plenary, facilitator and organiser: `plenary`. */
export const PlenaryEvent = z.object({ snapshot: PlenarySnapshot });
export type PlenaryEvent = z.infer<typeof PlenaryEvent>;

/** Server → participants: `ballot`, the action points they can vote on. */
export const BallotItems = z.object({
  open: z.boolean(),
  votesPerPerson: z.number().int(),
  items: z.array(z.object({
    apKey: z.string(), groupId: z.string(), groupName: z.string(),
    slot: z.union([z.literal(0), z.literal(1)]), title: z.string(), body: z.string(),
    themeId: z.string().nullable(),
  })),
});
export type BallotItems = z.infer<typeof BallotItems>;
