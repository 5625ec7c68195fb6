import { useState } from 'react';
import type { BrainstormState } from '../../../../shared/schemas/brainstorm.ts';

/** The round last seen on this board, and whether "the notes were revealed" is to be shown. */
export interface RevealSeen {
  active: boolean;
  round: number;
  revealed: boolean;
}

/**
 * The next `RevealSeen` after hearing `now`: revealed when the round that was running here
 * is over (same number, no longer active); a new round clears it. Pure, so it is tested alone.
 */
export function nextRevealSeen(seen: RevealSeen, now: Pick<BrainstormState, 'active' | 'round'>): RevealSeen {
  if (seen.active === now.active && seen.round === now.round) return seen;
  const endedHere = seen.active && !now.active && seen.round === now.round;
  return { active: now.active, round: now.round, revealed: !now.active && (endedHere || seen.revealed) };
}

/**
 * Whether to show "the facilitator revealed the notes" on this board, and how to close it.
 * A page that loads after the reveal says nothing: the notes are simply there. Derived while
 * rendering from the last state seen (React's pattern for a value that depends on the
 * previous one), so there is no effect and no extra frame.
 */
export function useRevealNotice(brainstorm: BrainstormState): [boolean, () => void] {
  const [seen, setSeen] = useState<RevealSeen>({ active: brainstorm.active, round: brainstorm.round, revealed: false });
  const next = nextRevealSeen(seen, brainstorm);
  if (next !== seen) setSeen(next);
  return [next.revealed, () => setSeen((s) => ({ ...s, revealed: false }))];
}
