import * as Y from 'yjs';
import { getItem } from './itemStore.ts';
import type { ChangeOrigin } from './schema.ts';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Turns `text` into `next` by deleting and inserting only the changed middle part, so that a
 * concurrent edit elsewhere in the same text is kept (a delete-all + insert would drop it).
 * The cut never falls inside a surrogate pair: Yjs would store each half as U+FFFD, and two
 * emoji often share a half, so swapping one for another would garble it.
 * Call inside a transaction. Returns false when there was nothing to change.
 */
export function replaceText(text: Y.Text, next: string): boolean {
  const prev = text.toString();
  if (prev === next) return false;
  let start = 0;
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++;
  if (start > 0 && isHigh(prev.charCodeAt(start - 1))) start--;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  // The common suffix starts with the second half of a pair: take that half into the change.
  while (endPrev < prev.length && isLow(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  if (endPrev > start) text.delete(start, endPrev - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
  return true;
}

/**
 * Sets the Y.Text under `key` of item `id` to `next` in one transaction. Does nothing (and
 * writes nothing) for an unknown item, a field that is not a Y.Text, or an unchanged text.
 */
export function setTextField(doc: Y.Doc, id: string, key: string, next: string, origin: ChangeOrigin): void {
  const text = getItem(doc, id)?.get(key);
  if (!(text instanceof Y.Text) || text.toString() === next) return;
  doc.transact(() => replaceText(text, next), origin);
}
