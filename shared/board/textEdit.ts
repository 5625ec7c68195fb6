import * as Y from 'yjs';
import { getItem } from './itemStore.ts';
import type { ChangeOrigin } from './schema.ts';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** One stretch of a text replaced: `prev.slice(start, end)` becomes `insert`. */
export interface TextChange {
  start: number;
  end: number;
  insert: string;
}

/**
 * The changed middle part between `prev` and `next`, or null when they are equal. `caret`,
 * where the editing person's caret is in `next` after the edit, settles where a change next to
 * equal characters goes: typing a space after "de| buren" is an insert before the old space, at
 * the caret, not after it. Without it the change goes as far right as it can, into the
 * characters another person may be typing after, and words typed at once get glued.
 * The cut never falls inside a surrogate pair: Yjs would store each half as U+FFFD, and two
 * emoji often share a half, so swapping one for another would garble it.
 */
export function textChange(prev: string, next: string, caret?: number): TextChange | null {
  if (prev === next) return null;
  let start = 0;
  let endPrev = prev.length;
  let endNext = next.length;
  if (caret === undefined) {
    while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
    while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
      endPrev--;
      endNext--;
    }
  } else {
    // The unchanged tail first, never reaching left of the caret: the change ends at the caret.
    const tailLimit = Math.max(0, Math.min(prev.length, next.length - caret));
    while (prev.length - endPrev < tailLimit && prev[endPrev - 1] === next[endNext - 1]) {
      endPrev--;
      endNext--;
    }
    while (start < endPrev && start < endNext && prev[start] === next[start]) start++;
  }
  if (start > 0 && isHigh(prev.charCodeAt(start - 1))) start--;
  // The common tail starts with the second half of a pair: take that half into the change.
  while (endPrev < prev.length && isLow(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  return { start, end: endPrev, insert: next.slice(start, endNext) };
}

/**
 * Turns `text` into `next` by deleting and inserting only the changed middle part
 * (`textChange`, placed by `caret`), so that a concurrent edit elsewhere in the same text is
 * kept (a delete-all + insert would drop it).
 * Call inside a transaction. Returns false when there was nothing to change.
 */
export function replaceText(text: Y.Text, next: string, caret?: number): boolean {
  const change = textChange(text.toString(), next, caret);
  if (!change) return false;
  const { start, end, insert } = change;
  if (end > start) text.delete(start, end - start);
  if (insert) text.insert(start, insert);
  return true;
}

/**
 * Sets the Y.Text under `key` of item `id` to `next` in one transaction. Does nothing (and
 * writes nothing) for an unknown item, a field that is not a Y.Text, or an unchanged text.
 */
export function setTextField(doc: Y.Doc, id: string, key: string, next: string, origin: ChangeOrigin, caret?: number): void {
  const text = getItem(doc, id)?.get(key);
  if (!(text instanceof Y.Text) || text.toString() === next) return;
  doc.transact(() => replaceText(text, next, caret), origin);
}

/**
 * The Y.Text that holds an item's text (a section's title, the text of a note, label or the
 * case card), or null: an editor anchors its caret in it (Y.RelativePosition).
 */
export function itemText(doc: Y.Doc, id: string): Y.Text | null {
  const item = getItem(doc, id);
  const text = item?.get(item.get('type') === 'section' ? 'title' : 'text');
  return text instanceof Y.Text ? text : null;
}
