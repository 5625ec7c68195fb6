import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { clamp, num, oneOf, textValue } from './fields.ts';
import {
  CASE_CARD_SIZE, FONT_SIZE, InkColor, NOTE_SIZE, NoteColor, SECTION_SIZE, SHAPE_SIZE, STROKE_WIDTH,
  ShapeFill, ShapeKind, TEXT_SIZE, type NoteView,
} from './schema.ts';
import type {
  ArrowRecord, CaseCardView, ItemRecord, Rect, SectionView, ShapeView, StrokeView, TextView,
} from './views.ts';

/*
 * One tolerant reader per item kind. Items may have been written by another (newer or
 * hostile) client: a reader never throws, replaces bad fields by defaults, and returns null
 * for what it cannot read at all.
 */

type Raw = Y.Map<unknown>;

function rect(item: Raw, fallback: { w: number; h: number }): Rect {
  return {
    x: num(item.get('x'), 0),
    y: num(item.get('y'), 0),
    w: Math.max(0, num(item.get('w'), fallback.w)),
    h: Math.max(0, num(item.get('h'), fallback.h)),
  };
}

export function readNote(id: string, item: Raw): NoteView {
  return {
    id,
    type: 'note',
    ...rect(item, NOTE_SIZE),
    color: oneOf(item.get('color'), NoteColor, 'yellow'),
    z: num(item.get('z'), 0),
    text: textValue(item.get('text')),
  };
}

export function readText(id: string, item: Raw): TextView {
  return {
    id,
    type: 'text',
    ...rect(item, TEXT_SIZE),
    color: oneOf(item.get('color'), InkColor, 'black'),
    fontSize: clamp(num(item.get('fontSize'), FONT_SIZE.default), FONT_SIZE.min, FONT_SIZE.max),
    z: num(item.get('z'), 0),
    text: textValue(item.get('text')),
  };
}

export function readShape(id: string, item: Raw): ShapeView {
  return {
    id,
    type: 'shape',
    shape: oneOf(item.get('shape'), ShapeKind, 'rect'),
    ...rect(item, SHAPE_SIZE),
    fill: oneOf(item.get('fill'), ShapeFill, 'white'),
    z: num(item.get('z'), 0),
  };
}

/** An arrow with both ends named; null when an end is missing (it cannot be drawn). */
export function readArrow(id: string, item: Raw): ArrowRecord | null {
  const from = item.get('from');
  const to = item.get('to');
  if (typeof from !== 'string' || typeof to !== 'string' || from === to) return null;
  return { id, type: 'arrow', from, to, color: oneOf(item.get('color'), InkColor, 'black'), z: num(item.get('z'), 0) };
}

/**
 * The stroke's points as finite pairs, at most Limits.maxStrokePoints of them. Accepts a
 * Y.Array too, which a future live-drawing client may write.
 */
function strokePoints(raw: unknown): number[] {
  const list: unknown = raw instanceof Y.Array ? raw.toArray() : raw;
  if (!Array.isArray(list)) return [];
  const points: number[] = [];
  for (let i = 0; i + 1 < list.length && points.length < Limits.maxStrokePoints * 2; i += 2) {
    const x: unknown = list[i];
    const y: unknown = list[i + 1];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) points.push(x, y);
  }
  return points;
}

/** A stroke with at least one point; null otherwise (nothing to draw). */
export function readStroke(id: string, item: Raw): StrokeView | null {
  const points = strokePoints(item.get('points'));
  if (points.length === 0) return null;
  const x = num(item.get('x'), 0);
  const y = num(item.get('y'), 0);
  const width = clamp(num(item.get('width'), STROKE_WIDTH.default), STROKE_WIDTH.min, STROKE_WIDTH.max);
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    const px = points[i] as number;
    const py = points[i + 1] as number;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  const pad = width / 2;
  return {
    id,
    type: 'stroke',
    x,
    y,
    points,
    color: oneOf(item.get('color'), InkColor, 'black'),
    width,
    z: num(item.get('z'), 0),
    bounds: { x: x + minX - pad, y: y + minY - pad, w: maxX - minX + width, h: maxY - minY + width },
  };
}

export function readSection(id: string, item: Raw): SectionView {
  return { id, type: 'section', ...rect(item, SECTION_SIZE), title: textValue(item.get('title')), z: num(item.get('z'), 0) };
}

export function readCaseCard(id: string, item: Raw): CaseCardView {
  return { id, type: 'case', ...rect(item, CASE_CARD_SIZE), text: textValue(item.get('text')), z: num(item.get('z'), 0) };
}

/** Reads any item; null for what is not a map, has an unknown type, or cannot be drawn. */
export function readItem(id: string, item: unknown): ItemRecord | null {
  if (!(item instanceof Y.Map)) return null;
  const raw = item as Raw;
  switch (raw.get('type')) {
    case 'note': return readNote(id, raw);
    case 'text': return readText(id, raw);
    case 'shape': return readShape(id, raw);
    case 'arrow': return readArrow(id, raw);
    case 'stroke': return readStroke(id, raw);
    case 'section': return readSection(id, raw);
    case 'case': return readCaseCard(id, raw);
    default: return null;
  }
}

/** Back to front: by z, then by id so that every replica lists equal z the same way. */
export function byZ(a: { z: number; id: string }, b: { z: number; id: string }): number {
  return a.z - b.z || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
