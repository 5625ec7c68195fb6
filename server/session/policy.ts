import { can, type Principal } from '../../shared/roles.ts';

/** Who may send a session event: the facilitator's controls, or a participant's vote. */
export type SessionRule = 'control' | 'vote';

/**
 * The policy step between validation and action. Voting has no Action of its own in
 * shared/roles.ts yet: it is part of taking part, so it follows "may write its own board",
 * limited to participants (the beamer and the console do not vote).
 */
export function mayDo(principal: Principal, rule: SessionRule): boolean {
  if (rule === 'control') return can(principal, 'control');
  return principal.role === 'participant' && can(principal, 'writeBoard', principal.groupId);
}
