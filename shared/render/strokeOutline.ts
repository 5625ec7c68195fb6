import { getStroke, type StrokeOptions } from 'perfect-freehand';

/*
 * How raw pen points become ink, for the canvas and every export alike: perfect-freehand's
 * outline of the stroke, as one closed SVG path that is filled (not stroked). The canvas turns
 * the same path text into a Path2D, the SVG export writes it as `d`, the PDF draws it with
 * drawSvgPath: the drawing on paper is the drawing on screen.
 */

/** A little thinner when fast, smoothed, round caps. `last` is false while the pen is still down. */
export function strokeOptions(width: number, last: boolean): StrokeOptions {
  return { size: width * 1.6, thinning: 0.5, smoothing: 0.5, streamline: 0.45, simulatePressure: true, last };
}

/** The outline polygon of a stroke from flat [x0, y0, x1, y1, …] points. */
export function strokeOutline(points: readonly number[], width: number, last = true): [number, number][] {
  const input: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) input.push([points[i]!, points[i + 1]!]);
  return getStroke(input, strokeOptions(width, last)) as [number, number][];
}

/** A number with at most one decimal, as short as it gets. */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * The outline as SVG path data: a closed path through the outline's midpoints with quadratic
 * curves (smooth at any zoom). Empty for fewer than three outline points.
 */
export function outlinePathData(outline: readonly (readonly number[])[], round: (n: number) => string = fmt): string {
  const n = outline.length;
  if (n < 3) return '';
  const [x0, y0] = outline[0] as [number, number];
  const [x1, y1] = outline[1] as [number, number];
  const parts = [`M${round((x0 + x1) / 2)} ${round((y0 + y1) / 2)}`];
  for (let i = 1; i < n; i++) {
    const [ax, ay] = outline[i] as [number, number];
    const [bx, by] = outline[(i + 1) % n] as [number, number];
    parts.push(`Q${round(ax)} ${round(ay)} ${round((ax + bx) / 2)} ${round((ay + by) / 2)}`);
  }
  parts.push('Z');
  return parts.join(' ');
}

/** A stroke as filled SVG path data, relative to the stroke's own origin. */
export function strokePathData(points: readonly number[], width: number, last = true): string {
  return outlinePathData(strokeOutline(points, width, last));
}
