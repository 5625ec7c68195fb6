import type * as Y from 'yjs';
import { startFromNote } from '../../../../shared/board/actionPoints.ts';
import type { Slot } from '../../../../shared/board/actionPointRules.ts';
import { BoardLimitError, type BoardLimit } from '../../../../shared/board/errors.ts';
import { addNote, deleteItem, moveItem, setNoteColor, setNoteText } from '../../../../shared/board/notes.ts';
import type { NoteColor } from '../../../../shared/board/schema.ts';
import { applyTemplate } from '../../../../shared/board/templates.ts';
import { itemText } from '../../../../shared/board/textEdit.ts';
import { LOCAL } from '../actions.ts';
import type { BoardConnection } from '../BoardConnection.ts';
import type { TextSource } from '../useSharedText.ts';
import { placeInSection, placeOutsideSections } from './placeInSection.ts';
import { NO_SECTION, type OutlineModel, type OutlineNote } from './useOutlineModel.ts';

export type OutlineResult = { ok: true; id?: string } | { ok: false; limit: BoardLimit | 'submitted' | 'voteFailed' };

/** Runs a model call; a BoardLimitError (thrown before anything is written, B12) becomes a result. */
function guard(fn: () => string | boolean | void): OutlineResult {
  try {
    const out = fn();
    if (out === false) return { ok: false, limit: 'submitted' };
    return typeof out === 'string' ? { ok: true, id: out } : { ok: true };
  } catch (err) {
    if (err instanceof BoardLimitError) return { ok: false, limit: err.limit };
    throw err;
  }
}

/** A free spot for a note in the list `key`: inside that section, or outside every section. */
function spotIn(model: OutlineModel, key: string, movingId?: string): { x: number; y: number } {
  const rects = movingId ? [...model.byId.values()].filter((n) => n.id !== movingId) : model.rects;
  const section = model.sections.find((s) => s.id === key);
  if (section && key !== NO_SECTION) return placeInSection(section, rects);
  const taken = model.caseCard ? [...rects, model.caseCard] : rects;
  return placeOutsideSections(model.sections, taken);
}

/**
 * What the outline can do, each one call into the shared model with the local origin (so
 * undo and save status see it). A note lives in the board or, during a silent brainstorm, in
 * the person's private doc: every action writes to the doc the note is in.
 */
export function outlineActions(connection: BoardConnection) {
  const docOf = (note: OutlineNote): Y.Doc => (note.private ? connection.private.doc : connection.doc);
  return {
    /** Adds an empty note to list `key`; into the private doc during a round (`privateRound`). */
    add(model: OutlineModel, key: string, privateRound: number | null): OutlineResult {
      const { x, y } = spotIn(model, key);
      if (privateRound === null) return guard(() => addNote(connection.doc, { x, y }, LOCAL));
      connection.private.markRound(privateRound);
      return guard(() => addNote(connection.private.doc, { x, y }, LOCAL));
    },
    /** A keystroke in a note's text; `caret` (after it) places the change (replaceText). */
    setText: (note: OutlineNote, text: string, caret: number) => guard(() => setNoteText(docOf(note), note.id, text, LOCAL, caret)),
    /** The note's Y.Text, for the field to keep its caret on (useSharedText). */
    textSource(note: OutlineNote): TextSource {
      const doc = docOf(note);
      return { doc, text: () => itemText(doc, note.id) };
    },
    setColor: (note: OutlineNote, color: NoteColor) => guard(() => setNoteColor(docOf(note), note.id, color, LOCAL)),
    /** Moves the note into the section `key` (B5: membership follows the position). */
    move(model: OutlineModel, note: OutlineNote, key: string): OutlineResult {
      const { x, y } = spotIn(model, key, note.id);
      return guard(() => moveItem(docOf(note), note.id, x, y, LOCAL));
    },
    remove: (note: OutlineNote) => guard(() => deleteItem(docOf(note), note.id, LOCAL)),
    /** "Maak actiepunt": the note's text starts action point `slot` (false while submitted). */
    makeActionPoint: (noteId: string, slot: Slot) => guard(() => startFromNote(connection.doc, slot, noteId, LOCAL)),
    applyTemplate: () => guard(() => applyTemplate(connection.doc, 'workshop', {}, LOCAL)),
  };
}
export type OutlineActions = ReturnType<typeof outlineActions>;
