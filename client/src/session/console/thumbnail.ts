import type { BoardSnapshot } from '../../../../shared/board/views.ts';

/** A board reduced to what a thumbnail draws: boxes in board units, and the box they fill. */
export interface Thumbnail {
  view: { x: number; y: number; w: number; h: number };
  boxes: { key: string; kind: 'section' | 'case' | 'shape' | 'note' | 'text' | 'stroke'; color: string; x: number; y: number; w: number; h: number }[];
  noteCount: number;
}

const PAD = 40;

/** Sections and the case card at the back, then shapes, strokes, labels and notes. */
export function toThumbnail(board: BoardSnapshot): Thumbnail {
  const boxes: Thumbnail['boxes'] = [];
  for (const s of board.sections) boxes.push({ key: s.id, kind: 'section', color: 'gray', x: s.x, y: s.y, w: s.w, h: s.h });
  const c = board.caseCard;
  if (c) boxes.push({ key: c.id, kind: 'case', color: 'white', x: c.x, y: c.y, w: c.w, h: c.h });
  for (const s of board.shapes) boxes.push({ key: s.id, kind: 'shape', color: s.fill, x: s.x, y: s.y, w: s.w, h: s.h });
  for (const s of board.strokes) boxes.push({ key: s.id, kind: 'stroke', color: s.color, ...s.bounds });
  for (const s of board.texts) boxes.push({ key: s.id, kind: 'text', color: s.color, x: s.x, y: s.y, w: s.w, h: s.h });
  for (const n of board.notes) boxes.push({ key: n.id, kind: 'note', color: n.color, x: n.x, y: n.y, w: n.w, h: n.h });
  if (boxes.length === 0) return { view: { x: 0, y: 0, w: 0, h: 0 }, boxes, noteCount: 0 };
  let minX = Infinity; let minY = Infinity; let maxX = -Infinity; let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.w);
    maxY = Math.max(maxY, b.y + b.h);
  }
  return {
    view: { x: minX - PAD, y: minY - PAD, w: maxX - minX + 2 * PAD, h: maxY - minY + 2 * PAD },
    boxes,
    noteCount: board.notes.length,
  };
}
