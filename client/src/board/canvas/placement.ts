import { NOTE_SIZE } from '../../../../shared/board/schema.ts';
import type { Point } from '../../../../shared/board/views.ts';
import type { BoardScene } from './BoardScene.ts';

const CASCADE = 24;

/**
 * Where a new note goes when it is centred on `p`: stepped down-right while another note
 * already sits there, so that adding several in a row never stacks them exactly.
 */
export function freeNoteSpot(scene: BoardScene, p: Point): Point {
  let x = Math.round(p.x - NOTE_SIZE.w / 2);
  let y = Math.round(p.y - NOTE_SIZE.h / 2);
  const taken = (ax: number, ay: number) => scene.ordered().some((i) => i.record.type === 'note' && Math.abs(i.record.x - ax) < 8 && Math.abs(i.record.y - ay) < 8);
  for (let i = 0; i < 20 && taken(x, y); i++) {
    x += CASCADE;
    y += CASCADE;
  }
  return { x, y };
}

/**
 * Where a new item of size (w, h) centred on `p` goes: stepped down-right while another item
 * (not a section or the case card, which things lie on) starts at that corner, so that shapes
 * and labels made from the keyboard, all at the middle of the view, never hide each other.
 */
export function freeSpot(scene: BoardScene, p: Point, w: number, h: number): Point {
  let x = Math.round(p.x - w / 2);
  let y = Math.round(p.y - h / 2);
  const taken = (ax: number, ay: number) => scene.ordered().some((i) => {
    const type = i.record.type;
    return type !== 'section' && type !== 'case' && !!i.bounds && Math.abs(i.bounds.x - ax) < 8 && Math.abs(i.bounds.y - ay) < 8;
  });
  for (let i = 0; i < 20 && taken(x, y); i++) {
    x += CASCADE;
    y += CASCADE;
  }
  return { x, y };
}
