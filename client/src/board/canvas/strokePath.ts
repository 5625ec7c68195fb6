import { getStroke, type StrokeOptions } from 'perfect-freehand';

/** How raw pen input becomes ink: a little thinner when fast, smoothed, round caps. */
export function strokeOptions(width: number, last: boolean): StrokeOptions {
  return { size: width * 1.6, thinning: 0.5, smoothing: 0.5, streamline: 0.45, simulatePressure: true, last };
}

/**
 * The smoothed outline of a stroke as a Path2D, from flat [x0, y0, x1, y1, …] points. Built once
 * per stroke and cached by the scene (see SceneItem.path): perfect-freehand is far too slow to
 * run for 200 strokes on every frame of a pan.
 */
export function strokePath(points: readonly number[], width: number, last = true): Path2D {
  const input: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) input.push([points[i]!, points[i + 1]!]);
  return outlinePath(getStroke(input, strokeOptions(width, last)));
}

/** A closed path through the outline's midpoints with quadratic curves (smooth at any zoom). */
function outlinePath(outline: number[][]): Path2D {
  const path = new Path2D();
  const n = outline.length;
  if (n < 3) return path;
  const [x0, y0] = outline[0] as [number, number];
  const [x1, y1] = outline[1] as [number, number];
  path.moveTo((x0 + x1) / 2, (y0 + y1) / 2);
  for (let i = 1; i < n; i++) {
    const [ax, ay] = outline[i] as [number, number];
    const [bx, by] = outline[(i + 1) % n] as [number, number];
    path.quadraticCurveTo(ax, ay, (ax + bx) / 2, (ay + by) / 2);
  }
  path.closePath();
  return path;
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
