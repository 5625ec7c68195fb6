import type * as Y from 'yjs';
import { ACTION_POINTS_ROOT, isSubmitted } from '../../shared/board/actionPoints.ts';
import { can, type Principal } from '../../shared/roles.ts';
import type { UpdateVerdict } from '../yjs/SharedDoc.ts';
import { touchesRoot } from '../yjs/updateGuard.ts';
import type { SessionStore } from './SessionStore.ts';

/**
 * The session's rules on the board channel (docs/api.md, "Locks and submitted action points").
 * Facilitators and organisers are never held back: they must be able to help on a locked
 * board and to correct submitted action points.
 */
export function createBoardRules(sessions: SessionStore) {
  return {
    /** A locked board takes no participant updates. */
    isWritable(principal: Principal, groupId: string): boolean {
      if (can(principal, 'control')) return true;
      // Loaded by `prepare` before any board socket of the workshop is attached.
      const locks = sessions.peek(principal.workshopId)?.locks;
      return !locks || !(locks.all || locks.groups.includes(groupId));
    },

    /**
     * Submitted action points take no participant change until the facilitator reopens them:
     * such an update is applied and its action-point part undone at once (the rest, e.g. a
     * note, is kept), so that the sender's later updates still fit (server/yjs/revertUpdate.ts).
     */
    judgeUpdate(principal: Principal, _groupId: string, doc: Y.Doc, update: Uint8Array): UpdateVerdict {
      if (can(principal, 'control') || !isSubmitted(doc)) return 'apply';
      return touchesRoot(doc, update, ACTION_POINTS_ROOT) ? { revert: ACTION_POINTS_ROOT } : 'apply';
    },
  };
}
