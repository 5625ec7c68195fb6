import { z } from 'zod';

/*
 * The silent brainstorm (private mode) on the control channel: the facilitator starts a round,
 * in which every participant's new notes stay on their own laptop, and ends it, at which
 * moment every laptop reveals them on the board (docs/board-schema.md, "Silent brainstorm").
 */

/**
 * In the session state. `round` counts the rounds started in this workshop: a laptop that kept
 * private notes of an earlier round (it was offline at the reveal) reveals them when it sees
 * that round is over, even if a new one has started since.
 */
export const BrainstormState = z.object({
  active: z.boolean(),
  round: z.number().int().min(0),
});
export type BrainstormState = z.infer<typeof BrainstormState>;

export const NO_BRAINSTORM: BrainstormState = { active: false, round: 0 };

/** `brainstorm:set` (facilitator, organiser): start a round (`true`) or end it and reveal (`false`). */
export const BrainstormSet = z.object({ active: z.boolean() });
export type BrainstormSet = z.infer<typeof BrainstormSet>;
