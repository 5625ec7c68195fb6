import type { ItemRecord, Point, Rect } from './views.ts';

/** The area an item covers on the board; null for arrows, which take their place from their ends. */
export function boundsOf(item: ItemRecord): Rect | null {
  switch (item.type) {
    case 'arrow': return null;
    case 'stroke': return item.bounds;
    default: return { x: item.x, y: item.y, w: item.w, h: item.h };
  }
}

export function centerOf(r: Rect): Point {
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Inclusive on every edge, so a point on a border between two sections is in both (the caller picks). */
export function contains(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.w && p.y >= r.y && p.y <= r.y + r.h;
}

/**
 * Where the ray from the centre of `r` in direction (dx, dy) leaves `r`, or leaves the
 * ellipse inscribed in it. Used to put arrow ends on item edges rather than at centres.
 */
export function edgePoint(r: Rect, dx: number, dy: number, ellipse = false): Point {
  const c = centerOf(r);
  const hw = r.w / 2;
  const hh = r.h / 2;
  if ((dx === 0 && dy === 0) || !(hw > 0 && hh > 0)) return c;
  const t = ellipse
    ? 1 / Math.sqrt((dx / hw) ** 2 + (dy / hh) ** 2)
    : Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** The two ends of an arrow from `a` to `b`: on their edges, along the line between centres. */
export function arrowEnds(a: Rect, b: Rect, aEllipse = false, bEllipse = false): { start: Point; end: Point } {
  const ca = centerOf(a);
  const cb = centerOf(b);
  const dx = cb.x - ca.x;
  const dy = cb.y - ca.y;
  return { start: edgePoint(a, dx, dy, aEllipse), end: edgePoint(b, -dx, -dy, bEllipse) };
}
