import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { assertRoomFor, getItem, nextZ, putItem } from './itemStore.ts';
import { replaceText } from './textEdit.ts';
import { CASE_CARD_ID, CASE_CARD_SIZE, itemsOf, type ChangeOrigin } from './schema.ts';

/** Where a case card goes when there is none yet: at the top of the board. */
export const CASE_CARD_PLACE = { x: 0, y: 0 } as const;

/**
 * Sets the text of the board's case card (the facilitator's case), creating the card at the
 * top of the board when there is none. There is one per board: it lives under the fixed id
 * CASE_CARD_ID. The text is edited in place, so a concurrent edit of another part survives.
 */
export function setCaseText(doc: Y.Doc, text: string, origin: ChangeOrigin, caret?: number): void {
  if (text.length > Limits.caseTextLength) throw new BoardLimitError('caseTextLength');
  const card = getItem(doc, CASE_CARD_ID);
  const current = card?.get('type') === 'case' ? card.get('text') : undefined;
  if (current instanceof Y.Text) {
    if (current.toString() === text) return;
    doc.transact(() => replaceText(current, text, caret), origin);
    return;
  }
  // None yet, or something else squats on the id (a hostile or broken write): put a card there.
  if (!itemsOf(doc).has(CASE_CARD_ID)) assertRoomFor(doc, 1);
  doc.transact(() => writeCaseCard(doc, text), origin);
}

/** Writes a fresh case card under CASE_CARD_ID. Call inside a transaction, after the checks. */
export function writeCaseCard(doc: Y.Doc, text: string): void {
  putItem(doc, 'case', {
    x: CASE_CARD_PLACE.x,
    y: CASE_CARD_PLACE.y,
    w: CASE_CARD_SIZE.w,
    h: CASE_CARD_SIZE.h,
    z: nextZ(doc),
    text: new Y.Text(text),
  }, CASE_CARD_ID);
}
