import { useMemo } from 'react';
import { can, type Role } from '../../../shared/roles.ts';
import type { BoardConnection } from './BoardConnection.ts';
import { CanvasBoard } from './canvas/CanvasBoard.tsx';
import { UndoButtons } from './undo/UndoButtons.tsx';
import { useUndo } from './undo/useUndo.ts';
import { useConnectionState } from './useBoardConnection.ts';
import type { BoardSession } from './useBoardSession.ts';
import { useVoterId } from './voting/useVoterId.ts';

interface Props {
  connection: BoardConnection;
  /** The role may write (not the plenary screen); a lock is applied on top of this. */
  editable: boolean;
  workshopId: string;
  groupId: string;
  role: Role;
  session: BoardSession;
  /** Presence client id whose view to follow (from the online list), or null. */
  follow?: number | null;
  onFollowEnd?: () => void;
}

/**
 * The group board as a canvas, wired to its connection: presence, the local voter id, the
 * private notes of a silent brainstorm, undo/redo in the toolbar, and the session's lock.
 */
export function BoardView({ connection, editable, workshopId, groupId, role, session, follow = null, onFollowEnd }: Props) {
  const { loaded, synced } = useConnectionState(connection);
  const voterId = useVoterId(workshopId, groupId);
  const undo = useUndo(editable ? connection : undefined);
  const canWrite = editable && !session.locked;
  const { privateMode, brainstorm } = session;
  const privateNotes = useMemo(() => ({
    doc: connection.private.doc,
    active: privateMode,
    // Ties the private notes to the running round, so they are revealed when it ends.
    beforeWrite: () => connection.private.markRound(brainstorm.round),
  }), [connection, privateMode, brainstorm.round]);
  return (
    <CanvasBoard
      doc={connection.doc} awareness={connection.provider.awareness} editable={canWrite} loaded={loaded} synced={synced}
      canEditCase={can({ role }, 'editCaseCard')} voterId={canWrite ? voterId ?? null : null}
      privateNotes={privateNotes} follow={follow} onFollowEnd={onFollowEnd}
      toolbarExtra={canWrite ? <UndoButtons undo={undo} /> : null} onUndoStep={undo.boundary}
    />
  );
}
