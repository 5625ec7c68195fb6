/**
 * Columns of the beamer's grid for `n` group tiles, chosen so that up to 8 groups fit on a
 * 1920×1080 screen without scrolling: 1-3 in one row, 4 as 2×2, 5-6 as 3×2, 7-8 as 4×2.
 */
export function gridColumns(n: number): number {
  if (n <= 3) return Math.max(1, n);
  if (n === 4) return 2;
  if (n <= 6) return 3;
  if (n <= 8) return 4;
  return n <= 12 ? 4 : 6;
}

export function gridRows(n: number): number {
  return Math.max(1, Math.ceil(n / gridColumns(n)));
}
