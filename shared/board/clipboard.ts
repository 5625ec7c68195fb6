import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { randomId } from '../id.ts';
import { arrowCount } from './arrows.ts';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, parseClipboard, type ClipItem, type ClipboardData } from './clipboardFormat.ts';
import { BoardLimitError } from './errors.ts';
import { clamp, coord, size } from './fields.ts';
import { assertRoomFor, nextZ, putItem } from './itemStore.ts';
import { readRecords } from './membership.ts';
import { byZ } from './readers.ts';
import {
  FONT_SIZE, NOTE_SIZE, SECTION_SIZE, SHAPE_SIZE, STROKE_WIDTH, TEXT_SIZE, itemsOf, type ChangeOrigin,
} from './schema.ts';
import { expandSelection } from './selection.ts';
import type { ItemRecord, Point } from './views.ts';

/** How far a paste without a target point, or a duplicate, lands from the original. */
export const PASTE_OFFSET = 24;

/**
 * Copies items as JSON-safe plain data (ClipboardData): the selection expanded like a move
 * (section members, arrows between copied items), back to front. The case card is left out:
 * there is one per board. An arrow is copied only when both its ends are.
 */
export function serializeItems(doc: Y.Doc, ids: Iterable<string>): ClipboardData {
  const records = readRecords(doc);
  const chosen = expandSelection(doc, ids, records)
    .map((id) => records.get(id))
    .filter((r): r is Exclude<ItemRecord, { type: 'case' }> => r !== undefined && r.type !== 'case')
    .sort(byZ);
  const kept = new Set(chosen.filter((r) => r.type !== 'arrow').map((r) => r.id));
  const items: ClipItem[] = [];
  for (const r of chosen) {
    const item = toClipItem(r);
    if (item.type === 'arrow' && !(kept.has(item.from) && kept.has(item.to))) continue;
    items.push(item);
  }
  return { format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items };
}

function toClipItem(r: Exclude<ItemRecord, { type: 'case' }>): ClipItem {
  switch (r.type) {
    case 'note': return { id: r.id, type: 'note', x: r.x, y: r.y, w: r.w, h: r.h, color: r.color, text: r.text };
    case 'text': return { id: r.id, type: 'text', x: r.x, y: r.y, w: r.w, h: r.h, color: r.color, fontSize: r.fontSize, text: r.text };
    case 'shape': return { id: r.id, type: 'shape', shape: r.shape, x: r.x, y: r.y, w: r.w, h: r.h, fill: r.fill };
    case 'arrow': return { id: r.id, type: 'arrow', from: r.from, to: r.to, color: r.color };
    case 'stroke': return { id: r.id, type: 'stroke', x: r.x, y: r.y, points: [...r.points], color: r.color, width: r.width };
    case 'section': return { id: r.id, type: 'section', x: r.x, y: r.y, w: r.w, h: r.h, title: r.title };
  }
}

/**
 * Pastes clipboard data and returns the new ids, back to front. Every item gets a new id, and
 * arrows are remapped to the new ids of their ends (an arrow whose end is not in the data is
 * dropped). With `at`, the copy's top-left corner lands there; with null, it lands
 * PASTE_OFFSET below-right of the original. Works between boards; data from an untrusted
 * source is checked again here. Throws BoardLimitError before writing anything.
 */
export function pasteItems(doc: Y.Doc, data: ClipboardData, at: Point | null, origin: ChangeOrigin): string[] {
  const parsed = parseClipboard(data);
  if (!parsed.ok) return [];
  const items = parsed.value.items;
  const corner = topLeft(items);
  const offset = at && corner && Number.isFinite(at.x) && Number.isFinite(at.y)
    ? { x: at.x - corner.x, y: at.y - corner.y }
    : { x: PASTE_OFFSET, y: PASTE_OFFSET };
  return insertClipItems(doc, items, { offset, keepIds: false }, origin);
}

export interface InsertOptions {
  offset: Point;
  /** Keep each item's id (skipping ids the board already has) instead of giving new ones. */
  keepIds: boolean;
}

/**
 * Writes clip items into `doc` in one transaction, above everything on the board. Shared by
 * paste, duplicate and the reveal of private notes. Returns the ids written, back to front.
 */
export function insertClipItems(doc: Y.Doc, source: readonly ClipItem[], options: InsertOptions, origin: ChangeOrigin): string[] {
  const items = itemsOf(doc);
  const seen = new Set<string>();
  const wanted = source.filter((item) => {
    // A second item under one id (only hostile data has that) would overwrite the first.
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    if (item.type === 'stroke' && item.points.length < 2) return false;
    return !(options.keepIds && items.has(item.id));
  });
  const ids = new Map<string, string>();
  for (const item of wanted) if (item.type !== 'arrow') ids.set(item.id, options.keepIds ? item.id : randomId());
  const arrowEnd = (end: string) => ids.get(end) ?? (options.keepIds && items.has(end) ? end : undefined);
  const writable = wanted.filter((item) => item.type !== 'arrow' || (arrowEnd(item.from) && arrowEnd(item.to) && item.from !== item.to));
  checkLimits(doc, writable);
  const written: string[] = [];
  if (writable.length === 0) return written;
  doc.transact(() => {
    let z = nextZ(doc);
    for (const item of writable) {
      const id = item.type === 'arrow' ? (options.keepIds ? item.id : randomId()) : ids.get(item.id)!;
      written.push(putItem(doc, item.type, fieldsOf(item, options.offset, z++, arrowEnd), id));
    }
  }, origin);
  return written;
}

function checkLimits(doc: Y.Doc, items: readonly ClipItem[]): void {
  assertRoomFor(doc, items.length);
  const arrows = items.filter((i) => i.type === 'arrow').length;
  if (arrows > 0 && arrowCount(doc) + arrows > Limits.maxArrows) throw new BoardLimitError('maxArrows');
  for (const item of items) {
    if (item.type === 'note' && item.text.length > Limits.noteTextLength) throw new BoardLimitError('noteTextLength');
    if (item.type === 'text' && item.text.length > Limits.labelTextLength) throw new BoardLimitError('labelTextLength');
    if (item.type === 'section' && item.title.length > Limits.sectionTitleLength) throw new BoardLimitError('sectionTitleLength');
    if (item.type === 'stroke' && item.points.length / 2 > Limits.maxStrokePoints) throw new BoardLimitError('maxStrokePoints');
  }
}

/** The stored fields of a clip item, moved by `offset`, at stacking order `z`. */
function fieldsOf(item: ClipItem, offset: Point, z: number, arrowEnd: (id: string) => string | undefined): Record<string, unknown> {
  const x = 'x' in item ? coord(item.x + offset.x) : 0;
  const y = 'y' in item ? coord(item.y + offset.y) : 0;
  switch (item.type) {
    case 'note':
      return { x, y, w: size(item.w, NOTE_SIZE.w), h: size(item.h, NOTE_SIZE.h), color: item.color, z, text: new Y.Text(item.text) };
    case 'text':
      return {
        x, y, w: size(item.w, TEXT_SIZE.w), h: size(item.h, TEXT_SIZE.h), color: item.color,
        fontSize: Math.round(clamp(item.fontSize, FONT_SIZE.min, FONT_SIZE.max)), z, text: new Y.Text(item.text),
      };
    case 'shape':
      return { shape: item.shape, x, y, w: size(item.w, SHAPE_SIZE.w), h: size(item.h, SHAPE_SIZE.h), fill: item.fill, z };
    case 'arrow':
      return { from: arrowEnd(item.from), to: arrowEnd(item.to), color: item.color, z };
    case 'stroke':
      return {
        x, y, points: item.points.slice(0, item.points.length - (item.points.length % 2)),
        color: item.color, width: clamp(item.width, STROKE_WIDTH.min, STROKE_WIDTH.max), z,
      };
    case 'section':
      return { x, y, w: size(item.w, SECTION_SIZE.w), h: size(item.h, SECTION_SIZE.h), z, title: new Y.Text(item.title) };
  }
}

/** The top-left corner of what the items cover (strokes by their points), or null for none. */
function topLeft(items: readonly ClipItem[]): Point | null {
  let x = Infinity;
  let y = Infinity;
  for (const item of items) {
    if (item.type === 'arrow') continue;
    let ix = item.x;
    let iy = item.y;
    if (item.type === 'stroke') {
      for (let i = 0; i + 1 < item.points.length; i += 2) {
        ix = Math.min(ix, item.x + (item.points[i] as number));
        iy = Math.min(iy, item.y + (item.points[i + 1] as number));
      }
    }
    x = Math.min(x, ix);
    y = Math.min(y, iy);
  }
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}
