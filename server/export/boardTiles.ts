import { boundsOf } from '../../shared/board/geometry.ts';
import type { BoardSnapshot, Rect } from '../../shared/board/views.ts';
import { NOTE_TEXT } from '../../shared/render/itemLayout.ts';

/*
 * A board too big to read on one page is printed in tiles: the whole board first as an
 * overview, then parts of it at a scale where note text is at least MIN_TEXT_PT. A board that
 * would need more than MAX_TILES pages gets MAX_TILES, as large as they then allow.
 */

/** The smallest note text, in points, that people read on paper without effort. */
export const MIN_TEXT_PT = 7;
export const MAX_TILES = 64;

export interface BoardTiling {
  /** The board area each tile shows, row by row; empty when the board fits one page legibly. */
  tiles: Rect[];
  rows: number;
  cols: number;
}

/** How to print `board` (its bounds) on pages whose drawing area is `area`. */
export function tileBoard(board: Rect, area: { w: number; h: number }): BoardTiling {
  const fit = Math.min(area.w / board.w, area.h / board.h, 1);
  if (fit * NOTE_TEXT.size >= MIN_TEXT_PT) return { tiles: [], rows: 1, cols: 1 };
  let scale = MIN_TEXT_PT / NOTE_TEXT.size;
  const grid = () => ({ cols: Math.ceil((board.w * scale) / area.w), rows: Math.ceil((board.h * scale) / area.h) });
  let { cols, rows } = grid();
  while (cols * rows > MAX_TILES) {
    scale *= 0.95;
    ({ cols, rows } = grid());
  }
  // Tiles of equal size that cover the board exactly.
  const w = board.w / cols;
  const h = board.h / rows;
  const tiles: Rect[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) tiles.push({ x: board.x + c * w, y: board.y + r * h, w, h });
  }
  return { tiles, rows, cols };
}

/** Whether a tile shows any of the board's text (notes, labels, shapes, the case card): empty tiles are not printed. */
export function tileShowsText(board: BoardSnapshot, tile: Rect): boolean {
  const items = [...board.notes, ...board.texts, ...board.shapes, ...(board.caseCard ? [board.caseCard] : [])];
  return items.some((item) => {
    const r = boundsOf(item);
    return !!r && r.x < tile.x + tile.w && r.x + r.w > tile.x && r.y < tile.y + tile.h && r.y + r.h > tile.y;
  });
}
