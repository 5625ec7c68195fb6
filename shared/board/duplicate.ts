import type * as Y from 'yjs';
import { PASTE_OFFSET, insertClipItems, serializeItems } from './clipboard.ts';
import type { ChangeOrigin } from './schema.ts';
import type { Point } from './views.ts';

/**
 * Duplicates a selection in one transaction, `offset` below-right of the original, and
 * returns the new ids back to front. Like a copy and paste: sections come with their members,
 * arrows between duplicated items are remapped to the copies, the case card is not duplicated.
 */
export function duplicateItems(
  doc: Y.Doc, ids: Iterable<string>, origin: ChangeOrigin, offset: Point = { x: PASTE_OFFSET, y: PASTE_OFFSET },
): string[] {
  const { items } = serializeItems(doc, ids);
  if (items.length === 0) return [];
  return insertClipItems(doc, items, { offset, keepIds: false }, origin);
}
