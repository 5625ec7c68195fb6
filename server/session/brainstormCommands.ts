import { brainstormFor, type BrainstormSet, type BrainstormState } from '../../shared/schemas/brainstorm.ts';
import { done, draft, unknownGroup, type Command } from './command.ts';

/**
 * One board's next round for a step, or the same object when the step changes nothing there.
 * `start` opens a new round (number `next`), or resumes writing in one whose time was ended;
 * `end` closes the writing time (notes stay private); `reveal` ends the round: every laptop of
 * that board moves its private notes onto the board when it hears it.
 */
function stepOne(now: BrainstormState, step: BrainstormSet['step'], next: number): BrainstormState {
  switch (step) {
    case 'start':
      if (now.active) return now.ended ? { ...now, ended: false } : now;
      return { active: true, round: next, ended: false };
    case 'end':
      return now.active && !now.ended ? { ...now, ended: true } : now;
    case 'reveal':
      return now.active ? { active: false, round: now.round, ended: false } : now;
  }
}

/**
 * `brainstorm:set`: a step on one board, or on every board of the workshop at once. Boards
 * started together share one round number. Asking for what is already so changes nothing and
 * is not broadcast again.
 */
export const brainstormSet: Command<BrainstormSet> = (state, { step, groupId }, ctx) => {
  if (groupId !== undefined) {
    const missing = unknownGroup(ctx, groupId);
    if (missing) return missing;
  }
  const targets = groupId !== undefined ? [groupId] : ctx.groupIds;
  const next = state.brainstorm.rounds + 1;
  const changes = new Map<string, BrainstormState>();
  for (const id of targets) {
    const now = brainstormFor(state.brainstorm, id);
    const after = stepOne(now, step, next);
    if (after !== now) changes.set(id, after);
  }
  if (changes.size === 0) return done(state);
  const result = draft(state);
  for (const [id, round] of changes) result.brainstorm.groups[id] = round;
  if ([...changes.values()].some((r) => r.round === next)) result.brainstorm.rounds = next;
  return done(result);
};
