import { describe, expect, it } from 'vitest';
import { firstFitting, settle } from '../../client/src/session/plenary/fitSearch.ts';

/*
 * The beamer's fit (issue 10, "Looks"): which type size the whole screen takes, and which line
 * count each tile takes, when levels run from the most to the least generous.
 */

const SIZES = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58];

describe('firstFitting (the shared type size, by bisection)', () => {
  it('finds the largest size that fits, whatever the boundary', () => {
    for (const [i, limit] of SIZES.entries()) {
      expect(firstFitting(SIZES, (s) => s <= limit)).toBe(i);
    }
  });

  it('says none fits when even the last does not, and tries only a few', () => {
    const tried: number[] = [];
    expect(firstFitting(SIZES, (s) => { tried.push(s); return false; })).toBeUndefined();
    expect(tried.length).toBeLessThanOrEqual(Math.ceil(Math.log2(SIZES.length)) + 1);
    expect(firstFitting([], () => true)).toBeUndefined();
  });
});

describe('settle (a line count per tile, one measure per level for all tiles)', () => {
  it('gives each item the first level at which it is not cut, and returns those none fits', () => {
    // Each tile has room for `room` lines; levels are line counts, most first.
    const tiles = [{ room: 9, lines: 0 }, { room: 3, lines: 0 }, { room: 1, lines: 0 }, { room: 0, lines: 0 }];
    const levels = [8, 4, 3, 2, 1];
    let measures = 0;
    const left = settle(tiles, levels, (t, n) => { t.lines = n; }, (t) => { measures++; return t.lines > t.room; });
    expect(tiles.map((t) => t.lines)).toEqual([8, 3, 1, 1]);
    expect(left).toEqual([tiles[3]]);
    // Settled tiles are not measured again: 8 lines all four, 4 and 3 lines three, then two.
    expect(measures).toBe(4 + 3 + 3 + 2 + 2);
  });
});
