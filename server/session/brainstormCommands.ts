import type { BrainstormSet } from '../../shared/schemas/brainstorm.ts';
import { done, draft, type Command } from './command.ts';

/**
 * Starts a silent-brainstorm round (the round number goes up) or ends it. Ending is the
 * reveal: every laptop moves its private notes onto the board when it hears the state.
 * Asking for what is already so changes nothing and is not broadcast again.
 */
export const brainstormSet: Command<BrainstormSet> = (state, { active }) => {
  if (state.brainstorm.active === active) return done(state);
  const next = draft(state);
  next.brainstorm = { active, round: active ? state.brainstorm.round + 1 : state.brainstorm.round };
  return done(next);
};
