import { useState } from 'react';
import type { BrainstormState } from '../../../../shared/schemas/brainstorm.ts';

/**
 * Whether to show "the facilitator revealed the notes" on this board: set when the round that
 * was running here is heard to be over (the same round number, no longer active), cleared by
 * dismissing it or by the next round. A page that loads after the reveal says nothing: the
 * notes are simply there. Derived while rendering from the last state seen (React's pattern
 * for a value that depends on the previous one), so there is no effect and no extra frame.
 */
export function useRevealNotice(brainstorm: BrainstormState): [boolean, () => void] {
  const [seen, setSeen] = useState({ active: brainstorm.active, round: brainstorm.round, revealed: false });
  if (seen.active !== brainstorm.active || seen.round !== brainstorm.round) {
    const revealed = seen.active && !brainstorm.active && seen.round === brainstorm.round;
    setSeen({ active: brainstorm.active, round: brainstorm.round, revealed: brainstorm.active ? false : revealed || seen.revealed });
  }
  return [seen.revealed, () => setSeen((s) => ({ ...s, revealed: false }))];
}
