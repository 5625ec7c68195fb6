import type * as Y from 'yjs';
import { Limits } from '../limits.ts';
import { BoardLimitError } from './errors.ts';
import { clamp, coord } from './fields.ts';
import { assertRoomFor, nextZ, putItem } from './itemStore.ts';
import { InkColor, STROKE_WIDTH, type ChangeOrigin } from './schema.ts';

export interface NewStroke {
  /** The raw pen positions in board coordinates, flat: [x0, y0, x1, y1, …]. */
  points: readonly number[];
  color?: InkColor;
  width?: number;
}

/** Tenths of a board unit: enough for a smooth line at any zoom, and half the bytes of full floats. */
const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Adds a freehand stroke and returns its id, or null when it has no finite point. The raw
 * points are stored (smoothing is the renderer's job, e.g. perfect-freehand), relative to the
 * stroke's top-left (x, y), so that moving a stroke writes two numbers instead of every point.
 * Throws BoardLimitError('maxStrokePoints') beyond Limits.maxStrokePoints points.
 */
export function addStroke(doc: Y.Doc, input: NewStroke, origin: ChangeOrigin): string | null {
  if (input.points.length / 2 > Limits.maxStrokePoints) throw new BoardLimitError('maxStrokePoints');
  const pairs: number[] = [];
  for (let i = 0; i + 1 < input.points.length; i += 2) {
    const x = input.points[i] as number;
    const y = input.points[i + 1] as number;
    if (Number.isFinite(x) && Number.isFinite(y)) pairs.push(x, y);
  }
  if (pairs.length === 0) return null;
  assertRoomFor(doc, 1);
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < pairs.length; i += 2) {
    minX = Math.min(minX, pairs[i] as number);
    minY = Math.min(minY, pairs[i + 1] as number);
  }
  const x = coord(minX);
  const y = coord(minY);
  const points = pairs.map((v, i) => tenth(v - (i % 2 === 0 ? x : y)));
  const width = Number.isFinite(input.width) ? clamp(input.width!, STROKE_WIDTH.min, STROKE_WIDTH.max) : STROKE_WIDTH.default;
  let id = '';
  doc.transact(() => {
    id = putItem(doc, 'stroke', {
      x,
      y,
      points,
      color: input.color && InkColor.includes(input.color) ? input.color : 'black',
      width,
      z: nextZ(doc),
    });
  }, origin);
  return id;
}
