import { can, type Principal } from '../../shared/roles.ts';
import type { BoardRoom } from '../yjs/boardHooks.ts';
import type { SessionStore } from './SessionStore.ts';

/**
 * The session's rule on the board channel (docs/api.md, "Locks and submitted action points"):
 * a locked board takes no participant updates. Facilitators and organisers are never held
 * back: they must be able to help on a locked board. Submitted action points and the case card
 * are judged per transaction by the board channel itself (server/yjs/transactionJudge.ts).
 */
export function createBoardRules(sessions: SessionStore) {
  return {
    isWritable(principal: Principal, { groupId }: BoardRoom): boolean {
      if (can(principal, 'writeLockedBoard')) return true;
      // Loaded by `prepare` before any board socket of the workshop is attached.
      const locks = sessions.peek(principal.workshopId)?.locks;
      return !locks || !(locks.all || locks.groups.includes(groupId));
    },
  };
}
