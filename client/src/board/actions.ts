import type * as Y from 'yjs';
import {
  BoardLimitError, addNote, bringToFront, deleteItem, moveItem, setNoteText,
} from '../../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../../shared/board/schema.ts';

/** Every edit made in this browser carries this origin (undo and save tracking rely on it). */
export const LOCAL: ChangeOrigin = { kind: 'local' };

/** Notes stay on the positive side of the surface, where they can be scrolled to. */
const clamp = (n: number) => Math.max(0, Math.round(n));

export type ActionResult = { ok: true; id?: string } | { ok: false; reason: 'full' | 'tooLong' };

/** The board edits the UI offers, each one call into the shared model with the local origin. */
export function boardActions(doc: Y.Doc) {
  const guard = (fn: () => string | void): ActionResult => {
    try {
      const id = fn();
      return id ? { ok: true, id } : { ok: true };
    } catch (err) {
      if (err instanceof BoardLimitError) return { ok: false, reason: err.limit === 'maxItems' ? 'full' : 'tooLong' };
      throw err;
    }
  };
  return {
    addNote: (x: number, y: number) => guard(() => addNote(doc, { x: clamp(x), y: clamp(y) }, LOCAL)),
    setText: (id: string, text: string) => guard(() => setNoteText(doc, id, text, LOCAL)),
    move: (id: string, x: number, y: number) => moveItem(doc, id, clamp(x), clamp(y), LOCAL),
    bringToFront: (id: string) => bringToFront(doc, id, LOCAL),
    remove: (id: string) => deleteItem(doc, id, LOCAL),
  };
}
export type BoardActions = ReturnType<typeof boardActions>;
