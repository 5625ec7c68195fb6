import { useSyncExternalStore } from 'react';
import { readNotes } from '../../../../shared/board/notes.ts';
import type { NoteView } from '../../../../shared/board/schema.ts';
import type { BoardConnection } from '../BoardConnection.ts';
import { useDocValue } from '../useDocValue.ts';
import type { PrivateState } from './PrivateBoard.ts';

/**
 * This person's private brainstorm notes (a second doc the canvas draws over the board for
 * them only) and the state of their reveal.
 */
export function usePrivateNotes(connection: BoardConnection): { notes: NoteView[]; state: PrivateState } {
  const notes = useDocValue(connection.private.doc, readNotes);
  const state = useSyncExternalStore(connection.private.subscribe, connection.private.getState);
  return { notes, state };
}
