import type { FitLevel, FitPlan } from './useFitLevel.ts';

/*
 * How the beamer shrinks what it shows until it fits its screen (see useFitLevel). One type
 * size for the whole screen (tiles in mixed sizes look untidy), the largest at which every
 * tile shows its names and titles whole and a line of each explanation. Then each tile, and
 * each action point in it, shows as many lines of its explanations as its own room allows. The
 * spotlight shows any action point in full. Only when even the smallest type does not fit
 * does a tile cut its titles and shrink on its own.
 */

const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58];

function lines(titleLines: number | 'none', bodyLines: number | 'none'): FitLevel {
  return {
    '--title-lines': String(titleLines),
    '--body-lines': bodyLines === 'none' ? 'none' : String(Math.max(1, bodyLines)),
    '--body-display': bodyLines === 0 ? 'none' : '-webkit-box',
    // The text an amendment replaced keeps at least one line: the room must see what changed.
    '--original-lines': bodyLines === 'none' || bodyLines >= 2 ? '2' : '1',
  };
}

const LINES: readonly FitLevel[] = [
  lines('none', 'none'), lines('none', 4), lines('none', 3), lines('none', 2), lines('none', 1),
  lines('none', 0), lines(3, 0),
];

export const TILE_FIT: FitPlan = {
  shared: SCALES.map((fit) => ({ '--fit': String(fit) })),
  each: [
    ...['none', 4, 3, 2, 1].map((body) => ({ ...lines('none', body as number | 'none'), '--tile-fit': '1' })),
    { ...lines('none', 0), '--tile-fit': '1' }, { ...lines('none', 0), '--tile-fit': '0.9' },
    { ...lines(3, 0), '--tile-fit': '1' }, { ...lines(3, 0), '--tile-fit': '0.9' },
    { ...lines(3, 0), '--tile-fit': '0.8' },
  ],
  least: { ...lines(3, 0), '--tile-fit': '0.9' },
  boxes: '.tile',
  inner: '.tile__points',
  parts: { selector: '.tile__point', levels: LINES },
};

/** The ballot's result: only the type shrinks (every title stays whole). */
export const RANKING_FIT: FitPlan = {
  shared: SCALES.map((fit) => ({ '--fit': String(fit) })),
  each: [],
  boxes: '.ranking__item',
};
