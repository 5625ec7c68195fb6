import { strokePathData } from '../../../../shared/render/strokeOutline.ts';

/**
 * The smoothed outline of a stroke as a Path2D, from flat [x0, y0, x1, y1, …] points: the same
 * path data the exports write (shared/render/strokeOutline.ts). Built once per stroke and cached
 * by the scene (see SceneItem.path): perfect-freehand is far too slow to run for 200 strokes on
 * every frame of a pan.
 */
export function strokePath(points: readonly number[], width: number, last = true): Path2D {
  return new Path2D(strokePathData(points, width, last));
}

/** Distance from point (px, py) to the polyline of flat points offset by (ox, oy). */
export function distanceToPolyline(points: readonly number[], ox: number, oy: number, px: number, py: number): number {
  let best = Infinity;
  if (points.length < 2) return best;
  let ax = points[0]! + ox;
  let ay = points[1]! + oy;
  if (points.length < 4) return Math.hypot(px - ax, py - ay);
  for (let i = 2; i + 1 < points.length; i += 2) {
    const bx = points[i]! + ox;
    const by = points[i + 1]! + oy;
    best = Math.min(best, segmentDistance(px, py, ax, ay, bx, by));
    ax = bx;
    ay = by;
  }
  return best;
}

export function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
