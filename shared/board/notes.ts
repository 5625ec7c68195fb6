import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { coord } from './fields.ts';
import { assertRoomFor, getItem, nextZ, putItem } from './itemStore.ts';
import { byZ, readNote } from './readers.ts';
import { NOTE_SIZE, NoteColor, itemsOf, type ChangeOrigin, type NoteView } from './schema.ts';
import { deleteItems } from './selection.ts';
import { setTextField } from './textEdit.ts';

// Kept here for the modules that imported it from notes.ts before errors.ts existed.
export { BoardLimitError } from './errors.ts';

export interface NewNote {
  x: number;
  y: number;
  text?: string;
  color?: NoteColor;
}

/** Adds a sticky note and returns its id. Throws BoardLimitError when the board is full or the text too long. */
export function addNote(doc: Y.Doc, input: NewNote, origin: ChangeOrigin): string {
  assertRoomFor(doc, 1);
  const text = input.text ?? '';
  if (text.length > Limits.noteTextLength) throw new BoardLimitError('noteTextLength');
  let id = '';
  doc.transact(() => {
    id = putItem(doc, 'note', {
      x: coord(input.x),
      y: coord(input.y),
      w: NOTE_SIZE.w,
      h: NOTE_SIZE.h,
      color: input.color && NoteColor.includes(input.color) ? input.color : 'yellow',
      z: nextZ(doc),
      text: new Y.Text(text),
    });
  }, origin);
  return id;
}

/**
 * Replaces a note's text with `next` by editing only the changed middle part, so that a
 * concurrent edit elsewhere in the same note is kept (a delete-all + insert would drop it).
 * `caret`: where the typing person's caret is in `next` (see replaceText).
 */
export function setNoteText(doc: Y.Doc, id: string, next: string, origin: ChangeOrigin, caret?: number): void {
  if (next.length > Limits.noteTextLength) throw new BoardLimitError('noteTextLength');
  setTextField(doc, id, 'text', next, origin, caret);
}

/** Moves an item's top-left corner to (x, y); a non-finite coordinate keeps the old one. */
export function moveItem(doc: Y.Doc, id: string, x: number, y: number, origin: ChangeOrigin): void {
  const item = getItem(doc, id);
  if (!item) return;
  doc.transact(() => {
    item.set('x', coord(x, item.get('x') as number));
    item.set('y', coord(y, item.get('y') as number));
  }, origin);
}

export function setNoteColor(doc: Y.Doc, id: string, color: NoteColor, origin: ChangeOrigin): void {
  const item = getItem(doc, id);
  if (!item || !NoteColor.includes(color)) return;
  doc.transact(() => item.set('color', color), origin);
}

export function bringToFront(doc: Y.Doc, id: string, origin: ChangeOrigin): void {
  const item = getItem(doc, id);
  if (!item) return;
  doc.transact(() => item.set('z', nextZ(doc)), origin);
}

/** Deletes one item, with the arrows attached to it and the votes on it (see deleteItems). */
export function deleteItem(doc: Y.Doc, id: string, origin: ChangeOrigin): void {
  deleteItems(doc, [id], origin);
}

/**
 * Reads every note as a plain object, back to front. Tolerates items written by another
 * (possibly newer or hostile) client: unknown types are skipped, bad fields get defaults.
 */
export function readNotes(doc: Y.Doc): NoteView[] {
  const notes: NoteView[] = [];
  itemsOf(doc).forEach((item, id) => {
    if (item instanceof Y.Map && item.get('type') === 'note') notes.push(readNote(id, item));
  });
  return notes.sort(byZ);
}
