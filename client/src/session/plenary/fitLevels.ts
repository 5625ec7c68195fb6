import type { FitPlan } from './useFitLevel.ts';

/*
 * How the beamer shrinks what it shows until it fits its screen (see useFitLevel). Type stays
 * at its full size as long as every tile fits with its least (titles of up to three lines,
 * decisions, no explanation); then each tile shows as much of its titles and explanations as
 * its own room allows. The spotlight shows any action point in full.
 */

const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58];

function lines(titleLines: number | 'none', bodyLines: number | 'none') {
  return {
    '--title-lines': String(titleLines),
    '--body-lines': bodyLines === 'none' ? 'none' : String(Math.max(1, bodyLines)),
    '--body-display': bodyLines === 0 ? 'none' : '-webkit-box',
    // The text an amendment replaced keeps at least one line: the room must see what changed.
    '--original-lines': bodyLines === 'none' || bodyLines >= 2 ? '2' : '1',
  } as const;
}

export const TILE_FIT: FitPlan = {
  shared: SCALES.map((fit) => ({ '--fit': String(fit) })),
  each: [
    lines('none', 'none'), lines('none', 4), lines('none', 3), lines('none', 2), lines('none', 1),
    lines('none', 0), lines(3, 0),
  ],
  boxes: '.tile',
  parts: '.tile__point',
};

/** The ballot's result: only the type shrinks (every title stays whole). */
export const RANKING_FIT: FitPlan = {
  shared: SCALES.map((fit) => ({ '--fit': String(fit) })),
  each: [],
  boxes: '.ranking__item',
};
