import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { randomId } from '../id.ts';
import {
  BOARD_SCHEMA_VERSION, NOTE_SIZE, NoteColor, itemsOf, metaOf,
  type ChangeOrigin, type ItemMap, type NoteView,
} from './schema.ts';

export class BoardLimitError extends Error {
  constructor(readonly limit: 'maxItems' | 'noteTextLength') {
    super(`board limit reached: ${limit}`);
    this.name = 'BoardLimitError';
  }
}

export interface NewNote {
  x: number;
  y: number;
  text?: string;
  color?: NoteColor;
}

function finite(n: number, fallback = 0): number {
  return Number.isFinite(n) ? Math.round(n) : fallback;
}

function nextZ(doc: Y.Doc): number {
  let max = 0;
  itemsOf(doc).forEach((item) => {
    const z = item.get('z');
    if (typeof z === 'number' && z > max) max = z;
  });
  return max + 1;
}

/** Adds a sticky note and returns its id. */
export function addNote(doc: Y.Doc, input: NewNote, origin: ChangeOrigin): string {
  const items = itemsOf(doc);
  if (items.size >= Limits.maxItems) throw new BoardLimitError('maxItems');
  const text = input.text ?? '';
  if (text.length > Limits.noteTextLength) throw new BoardLimitError('noteTextLength');
  const id = randomId();
  doc.transact(() => {
    const meta = metaOf(doc);
    if (meta.get('schemaVersion') === undefined) meta.set('schemaVersion', BOARD_SCHEMA_VERSION);
    const note: ItemMap = new Y.Map();
    note.set('type', 'note');
    note.set('x', finite(input.x));
    note.set('y', finite(input.y));
    note.set('w', NOTE_SIZE.w);
    note.set('h', NOTE_SIZE.h);
    note.set('color', input.color ?? 'yellow');
    note.set('z', nextZ(doc));
    note.set('text', new Y.Text(text));
    items.set(id, note);
  }, origin);
  return id;
}

/**
 * Replaces a note's text with `next` by editing only the changed middle part, so that a
 * concurrent edit elsewhere in the same note is kept (a delete-all + insert would drop it).
 */
export function setNoteText(doc: Y.Doc, id: string, next: string, origin: ChangeOrigin): void {
  if (next.length > Limits.noteTextLength) throw new BoardLimitError('noteTextLength');
  const text = itemsOf(doc).get(id)?.get('text');
  if (!(text instanceof Y.Text)) return;
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  doc.transact(() => {
    if (endPrev > start) text.delete(start, endPrev - start);
    if (endNext > start) text.insert(start, next.slice(start, endNext));
  }, origin);
}

/** Moves an item to (x, y) and brings it to the front. */
export function moveItem(doc: Y.Doc, id: string, x: number, y: number, origin: ChangeOrigin): void {
  const item = itemsOf(doc).get(id);
  if (!item) return;
  doc.transact(() => {
    item.set('x', finite(x, item.get('x') as number));
    item.set('y', finite(y, item.get('y') as number));
  }, origin);
}

export function setNoteColor(doc: Y.Doc, id: string, color: NoteColor, origin: ChangeOrigin): void {
  const item = itemsOf(doc).get(id);
  if (!item || !NoteColor.includes(color)) return;
  doc.transact(() => item.set('color', color), origin);
}

export function bringToFront(doc: Y.Doc, id: string, origin: ChangeOrigin): void {
  const item = itemsOf(doc).get(id);
  if (!item) return;
  doc.transact(() => item.set('z', nextZ(doc)), origin);
}

export function deleteItem(doc: Y.Doc, id: string, origin: ChangeOrigin): void {
  if (!itemsOf(doc).has(id)) return;
  doc.transact(() => itemsOf(doc).delete(id), origin);
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/**
 * Reads every note as a plain object, back to front. Tolerates items written by another
 * (possibly newer or hostile) client: unknown types are skipped, bad fields get defaults.
 */
export function readNotes(doc: Y.Doc): NoteView[] {
  const notes: NoteView[] = [];
  itemsOf(doc).forEach((item, id) => {
    if (!(item instanceof Y.Map) || item.get('type') !== 'note') return;
    const color = item.get('color');
    const text = item.get('text');
    notes.push({
      id,
      type: 'note',
      x: num(item.get('x'), 0),
      y: num(item.get('y'), 0),
      w: num(item.get('w'), NOTE_SIZE.w),
      h: num(item.get('h'), NOTE_SIZE.h),
      color: NoteColor.includes(color as NoteColor) ? (color as NoteColor) : 'yellow',
      z: num(item.get('z'), 0),
      text: text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '',
    });
  });
  return notes.sort((a, b) => a.z - b.z || a.id.localeCompare(b.id));
}
