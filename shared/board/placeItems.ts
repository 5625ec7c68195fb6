import * as Y from 'yjs';
import { coord, num } from './fields.ts';
import { getItem } from './itemStore.ts';
import type { ChangeOrigin } from './schema.ts';

export interface Placement {
  id: string;
  x: number;
  y: number;
}

/**
 * Puts items at absolute positions in one transaction: a drag writes, frame by frame, where
 * each dragged item is now. The caller decides once, when the drag starts, what moves (e.g.
 * `expandSelection`): `moveItems` re-expands on every call, so a section dragged over a note
 * would pick that note up mid-drag. Absolute positions (rule B3) make two people dragging one
 * note end at one of their two positions. Unknown ids and arrows (which have no position) are
 * skipped; an unchanged position is not written. Returns the number of items written.
 */
export function placeItems(doc: Y.Doc, placements: Iterable<Placement>, origin: ChangeOrigin): number {
  const writes: [Y.Map<unknown>, number, number][] = [];
  for (const p of placements) {
    const item = getItem(doc, p.id);
    if (!item || item.get('type') === 'arrow') continue;
    const oldX = num(item.get('x'), 0);
    const oldY = num(item.get('y'), 0);
    const x = coord(p.x, oldX);
    const y = coord(p.y, oldY);
    if (x !== item.get('x') || y !== item.get('y')) writes.push([item, x, y]);
  }
  if (writes.length === 0) return 0;
  doc.transact(() => {
    for (const [item, x, y] of writes) {
      if (item.get('x') !== x) item.set('x', x);
      if (item.get('y') !== y) item.set('y', y);
    }
  }, origin);
  return writes.length;
}
