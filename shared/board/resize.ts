import type * as Y from 'yjs';
import { coord, num, size } from './fields.ts';
import { getItem, kindOf } from './itemStore.ts';
import type { ChangeOrigin, ItemKind } from './schema.ts';

export interface NewBounds {
  w: number;
  h: number;
  /** Set when resizing from the top or left edge moves the corner too. */
  x?: number;
  y?: number;
}

/** The kinds with a stored size. Strokes take their size from their points; arrows from their ends. */
const SIZED: ReadonlySet<ItemKind> = new Set(['note', 'text', 'shape', 'section', 'case']);

/**
 * Resizes a note, label, shape, section or case card in one transaction. Sizes are clamped to
 * Limits.minItemSize…maxItemSize; a non-finite value keeps the old one. Other kinds are ignored.
 */
export function resizeItem(doc: Y.Doc, id: string, bounds: NewBounds, origin: ChangeOrigin): void {
  const item = getItem(doc, id);
  const kind = kindOf(item);
  if (!item || !kind || !SIZED.has(kind)) return;
  doc.transact(() => {
    item.set('w', size(bounds.w, num(item.get('w'), 0)));
    item.set('h', size(bounds.h, num(item.get('h'), 0)));
    if (bounds.x !== undefined) item.set('x', coord(bounds.x, num(item.get('x'), 0)));
    if (bounds.y !== undefined) item.set('y', coord(bounds.y, num(item.get('y'), 0)));
  }, origin);
}
