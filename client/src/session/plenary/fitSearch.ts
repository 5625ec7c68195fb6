/*
 * The searches of useFitLevel, apart from the DOM so that they can be tested alone: which level
 * to take when the levels are ordered from the most to the least generous.
 */

/** One way to lay out (part of) a beamer area: CSS custom properties set on an element. */
export type FitLevel = Readonly<Record<`--${string}`, string>>;

/** The index of the first level that fits, by bisection (levels shrink in order). */
export function firstFitting<T>(levels: readonly T[], fits: (level: T) => boolean): number | undefined {
  let lo = 0;
  let hi = levels.length; // levels[hi] is taken to fit: the answer is in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fits(levels[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo < levels.length ? lo : undefined;
}

/**
 * Gives each item the first of `levels` at which it is not cut, trying one level on every
 * unsettled item before measuring (one layout per level). Returns the items no level fits;
 * they keep the last level.
 */
export function settle<T, L>(items: readonly T[], levels: readonly L[], set: (item: T, level: L) => void, cut: (item: T) => boolean): T[] {
  let left = [...items];
  for (const level of levels) {
    if (left.length === 0) break;
    for (const item of left) set(item, level);
    left = left.filter(cut);
  }
  return left;
}

