import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { arrowEnds, boundsOf } from './geometry.ts';
import { assertRoomFor, getItem, kindOf, nextZ, putItem } from './itemStore.ts';
import { InkColor, itemsOf, type ChangeOrigin } from './schema.ts';
import type { ArrowRecord, ArrowView, ItemRecord } from './views.ts';

export interface NewArrow {
  from: string;
  to: string;
  color?: InkColor;
}

/** Counts the arrows on the board (for Limits.maxArrows). */
export function arrowCount(doc: Y.Doc): number {
  let n = 0;
  itemsOf(doc).forEach((item) => {
    if (item instanceof Y.Map && item.get('type') === 'arrow') n++;
  });
  return n;
}

/** True when an arrow may end at this item: anything that has bounds, i.e. not another arrow. */
export function isArrowEnd(doc: Y.Doc, id: string): boolean {
  const kind = kindOf(getItem(doc, id));
  return kind !== undefined && kind !== 'arrow';
}

/**
 * Connects two items with an arrow and returns its id, or null when an end is missing, is an
 * arrow, or both ends are one item. The arrow stores only the two ids: it has no position of
 * its own, so it follows its items wherever anyone moves them.
 */
export function addArrow(doc: Y.Doc, input: NewArrow, origin: ChangeOrigin): string | null {
  if (input.from === input.to || !isArrowEnd(doc, input.from) || !isArrowEnd(doc, input.to)) return null;
  assertRoomFor(doc, 1);
  if (arrowCount(doc) >= Limits.maxArrows) throw new BoardLimitError('maxArrows');
  let id = '';
  doc.transact(() => {
    id = putItem(doc, 'arrow', {
      from: input.from,
      to: input.to,
      color: input.color && InkColor.includes(input.color) ? input.color : 'black',
      z: nextZ(doc),
    });
  }, origin);
  return id;
}

/**
 * The arrow with its ends placed on the edges of its items' current bounds, or null when an
 * end is gone: a concurrent delete of an item can leave its arrow behind on another replica,
 * and such an arrow is not shown.
 */
export function resolveArrow(arrow: ArrowRecord, records: ReadonlyMap<string, ItemRecord>): ArrowView | null {
  const a = records.get(arrow.from);
  const b = records.get(arrow.to);
  const ra = a && boundsOf(a);
  const rb = b && boundsOf(b);
  if (!ra || !rb) return null;
  const ellipse = (r: ItemRecord | undefined) => r?.type === 'shape' && r.shape === 'ellipse';
  return { ...arrow, ...arrowEnds(ra, rb, ellipse(a), ellipse(b)) };
}
