import { boundsOf } from '../../shared/board/geometry.ts';
import type { BoardSnapshot, Rect } from '../../shared/board/views.ts';
import { EXPORT_PAGE } from '../../shared/render/itemLayout.ts';

/** An empty board is drawn at this size. */
export const EMPTY_BOARD: Rect = { x: 0, y: 0, w: 800, h: 500 };

/** True when nothing is on the board. */
export function isEmptyBoard(board: BoardSnapshot): boolean {
  return !board.caseCard && [board.notes, board.texts, board.shapes, board.arrows, board.strokes, board.sections]
    .every((list) => list.length === 0);
}

/** The area every item covers, with a margin around it. */
export function boardBounds(board: BoardSnapshot): Rect {
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  const add = (r: Rect | null) => {
    if (!r) return;
    minX = Math.min(minX, r.x); minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.w); maxY = Math.max(maxY, r.y + r.h);
  };
  for (const item of [...board.sections, ...board.notes, ...board.texts, ...board.shapes, ...board.strokes]) add(boundsOf(item));
  if (board.caseCard) add(boundsOf(board.caseCard));
  for (const a of board.arrows) {
    add({ x: a.start.x, y: a.start.y, w: 0, h: 0 });
    add({ x: a.end.x, y: a.end.y, w: 0, h: 0 });
  }
  if (!Number.isFinite(minX)) return EMPTY_BOARD;
  const m = EXPORT_PAGE.margin;
  return { x: minX - m, y: minY - m, w: maxX - minX + 2 * m, h: maxY - minY + 2 * m };
}
