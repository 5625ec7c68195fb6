import { Role } from '../../../shared/roles.ts';
import type { PresenceMember } from '../../../shared/schemas/control.ts';

/**
 * How many of a group's own people are online: the members whose token is that group's
 * participant token. A count of people, not a right (so not a question for `can()`): a
 * facilitator who looks at the board, and may write on it, is not one of the group.
 */
export function groupOnline(members: readonly PresenceMember[], groupId: string): number {
  return members.filter((m) => m.role === Role.participant && m.groupId === groupId).length;
}
