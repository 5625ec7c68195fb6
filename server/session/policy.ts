import { can, type Action, type Principal } from '../../shared/roles.ts';

/** The action a session event needs (server/session/commands.ts): the facilitator's controls, or a vote. */
export type SessionRule = Extract<Action, 'control' | 'vote'>;

/** The policy step between validation and action: the permission table decides (shared/permissions.ts). */
export function mayDo(principal: Principal, rule: SessionRule): boolean {
  return can(principal, rule);
}
