import type * as Y from 'yjs';
import { insertClipItems, serializeItems } from './clipboard.ts';
import { itemsOf, type ChangeOrigin } from './schema.ts';

/*
 * Silent brainstorm. During a private round the client writes new notes into a second,
 * local-only Y.Doc with the same layout as the board (so addNote and friends work on it
 * unchanged); that doc is never given to a provider, so nothing reaches the server. The UI
 * draws it over the board for its owner only. At "reveal" everything in it joins the board.
 */

/**
 * Moves every item of `privateDoc` onto `boardDoc` in one board transaction, keeping their ids
 * and positions and stacking them above the board, then empties `privateDoc`. Returns the ids
 * added to the board. Keeping ids makes a repeated reveal harmless: an id the board already
 * has (revealed before, e.g. when the tab closed between the two steps) is skipped, never
 * doubled, and a reveal that throws BoardLimitError leaves both documents as they were.
 * Notes are the point, but labels, shapes, strokes and arrows drawn in private come along too.
 */
export function revealPrivateNotes(privateDoc: Y.Doc, boardDoc: Y.Doc, origin: ChangeOrigin): string[] {
  const privateItems = itemsOf(privateDoc);
  const { items } = serializeItems(privateDoc, [...privateItems.keys()]);
  if (items.length === 0) return [];
  const revealed = insertClipItems(boardDoc, items, { offset: { x: 0, y: 0 }, keepIds: true }, origin);
  privateDoc.transact(() => {
    for (const item of items) privateItems.delete(item.id);
  }, origin);
  return revealed;
}
