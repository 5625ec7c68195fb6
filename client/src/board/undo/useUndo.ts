import { useEffect, useSyncExternalStore } from 'react';
import type { BoardConnection } from '../BoardConnection.ts';
import { UndoController, type UndoState } from './UndoController.ts';
import { undoKey } from './undoKey.ts';

interface Entry {
  controller: UndoController;
  /** Mounted hooks: the page-level shortcut listener lives while there is at least one. */
  users: number;
  onKey: (event: KeyboardEvent) => void;
}

/** One controller per connection, however many components ask for it (toolbar, outline…). */
const entries = new WeakMap<BoardConnection, Entry>();

function entryOf(connection: BoardConnection): Entry {
  let entry = entries.get(connection);
  if (!entry) {
    const controller = new UndoController(connection.doc, connection.private.doc);
    // After a reveal the private steps would act on notes that are on the board now.
    let revealed = connection.private.getState().revealed;
    connection.private.subscribe(() => {
      const now = connection.private.getState().revealed;
      if (now !== revealed) controller.clearPrivate();
      revealed = now;
    });
    const onKey = (event: KeyboardEvent) => {
      const action = undoKey(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') controller.undo();
      else controller.redo();
    };
    entry = { controller, users: 0, onKey };
    entries.set(connection, entry);
  }
  return entry;
}

/** Binds the page-wide shortcuts while at least one hook uses the entry; returns the release. */
function retain(entry: Entry): () => void {
  if (entry.users++ === 0) window.addEventListener('keydown', entry.onKey);
  return () => {
    if (--entry.users === 0) window.removeEventListener('keydown', entry.onKey);
  };
}

export interface UndoApi extends UndoState {
  undo: () => boolean;
  redo: () => boolean;
  /** Call around a discrete action (add, move, delete, vote) so that it undoes on its own. */
  boundary: () => void;
}

const none: UndoApi = { canUndo: false, canRedo: false, last: null, undo: () => false, redo: () => false, boundary: () => {} };
const noop = () => () => {};
const idle = (): UndoState => none;

/**
 * Undo and redo of this person's own board edits (never someone else's), for toolbar buttons;
 * also binds ctrl+Z, ctrl+shift+Z and ctrl+Y (cmd on a Mac) on the page while mounted. Any
 * number of components may use it: they share one history and one key binding.
 */
export function useUndo(connection: BoardConnection | undefined): UndoApi {
  const entry = connection ? entryOf(connection) : undefined;
  useEffect(() => (entry ? retain(entry) : undefined), [entry]);
  const state = useSyncExternalStore(entry?.controller.subscribe ?? noop, entry?.controller.getState ?? idle);
  if (!entry) return none;
  return { ...state, undo: entry.controller.undo, redo: entry.controller.redo, boundary: entry.controller.boundary };
}
