import type { Point } from '../board/views.ts';
import { ARROW } from './itemLayout.ts';

/** An arrow as drawn everywhere: a shaft that stops inside a filled triangular head at `end`. */
export interface ArrowShape {
  shaftEnd: Point;
  /** The head's three corners: the tip (`end`) first. */
  head: [Point, Point, Point];
}

/** The arrow from `start` to `end`; null when the two are (almost) the same point. */
export function arrowShape(start: Point, end: Point): ArrowShape | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const len = Math.hypot(dx, dy);
  if (len < 1) return null;
  const ux = dx / len;
  const uy = dy / len;
  const head = Math.min(ARROW.head, len / 2);
  return {
    shaftEnd: { x: end.x - ux * head * 0.8, y: end.y - uy * head * 0.8 },
    head: [
      { x: end.x, y: end.y },
      { x: end.x - ux * head - uy * head * 0.5, y: end.y - uy * head + ux * head * 0.5 },
      { x: end.x - ux * head + uy * head * 0.5, y: end.y - uy * head - ux * head * 0.5 },
    ],
  };
}
