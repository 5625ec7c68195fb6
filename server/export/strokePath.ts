/**
 * A freehand stroke as an SVG path, smoothed with quadratic curves through the midpoints of
 * its raw pen points (the stored points are raw input: board-schema.md). Coordinates are
 * relative to the stroke's own origin, as stored; one point gives a dot (a zero-length line
 * with round caps). Used by the SVG and, through pdf-lib's drawSvgPath, by the PDF.
 */
export function strokePath(points: readonly number[], round: (n: number) => string = fmt): string {
  const n = Math.floor(points.length / 2);
  if (n === 0) return '';
  const x = (i: number) => points[2 * i] as number;
  const y = (i: number) => points[2 * i + 1] as number;
  const parts = [`M${round(x(0))} ${round(y(0))}`];
  if (n === 1) return `${parts[0]} L${round(x(0))} ${round(y(0))}`;
  for (let i = 1; i < n - 1; i++) {
    const mx = (x(i) + x(i + 1)) / 2;
    const my = (y(i) + y(i + 1)) / 2;
    parts.push(`Q${round(x(i))} ${round(y(i))} ${round(mx)} ${round(my)}`);
  }
  parts.push(`L${round(x(n - 1))} ${round(y(n - 1))}`);
  return parts.join(' ');
}

/** A number with at most one decimal, as short as it gets. */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
