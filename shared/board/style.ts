import type * as Y from 'yjs';
import { clamp } from './fields.ts';
import { getItem, kindOf } from './itemStore.ts';
import { FONT_SIZE, InkColor, NoteColor, STROKE_WIDTH, ShapeFill, type ChangeOrigin } from './schema.ts';

/**
 * Sets an item's colour, checked against its kind's palette: a note takes a NoteColor, a
 * shape a ShapeFill (its `fill`), a label, arrow or stroke an InkColor. Returns false (and
 * writes nothing) for a colour the kind does not have, or an item that has no colour.
 */
export function setItemColor(doc: Y.Doc, id: string, color: string, origin: ChangeOrigin): boolean {
  const item = getItem(doc, id);
  const kind = kindOf(item);
  if (!item || !kind) return false;
  const [key, palette]: [string, readonly string[]] | [null, null] =
    kind === 'note' ? ['color', NoteColor]
      : kind === 'shape' ? ['fill', ShapeFill]
        : kind === 'text' || kind === 'arrow' || kind === 'stroke' ? ['color', InkColor]
          : [null, null];
  if (!key || !palette.includes(color)) return false;
  doc.transact(() => item.set(key, color), origin);
  return true;
}

/** Sets a label's font size (clamped to FONT_SIZE) or a stroke's width (clamped to STROKE_WIDTH). */
export function setItemWeight(doc: Y.Doc, id: string, value: number, origin: ChangeOrigin): void {
  const item = getItem(doc, id);
  const kind = kindOf(item);
  if (!item || !Number.isFinite(value)) return;
  if (kind === 'text') doc.transact(() => item.set('fontSize', Math.round(clamp(value, FONT_SIZE.min, FONT_SIZE.max))), origin);
  else if (kind === 'stroke') doc.transact(() => item.set('width', clamp(value, STROKE_WIDTH.min, STROKE_WIDTH.max)), origin);
}
