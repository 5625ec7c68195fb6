import { NOTE_SIZE, type NoteView } from '../../../shared/board/schema.ts';

const CASCADE = 24;

/**
 * Where a new note goes: the middle of what the user sees, stepped down-right while another note
 * already sits there, so that adding several in a row never stacks them exactly.
 */
export function placeNewNote(
  view: { left: number; top: number; width: number; height: number }, notes: readonly NoteView[],
): { x: number; y: number } {
  let x = Math.max(0, Math.round(view.left + view.width / 2 - NOTE_SIZE.w / 2));
  let y = Math.max(0, Math.round(view.top + view.height / 2 - NOTE_SIZE.h / 2));
  for (let i = 0; i < 20 && notes.some((n) => Math.abs(n.x - x) < 8 && Math.abs(n.y - y) < 8); i++) {
    x += CASCADE;
    y += CASCADE;
  }
  return { x, y };
}

/** The surface grows with its notes, with room to drag beyond the last one. */
export function surfaceSize(notes: readonly NoteView[]): { width: number; height: number } {
  let width = 2400;
  let height = 1600;
  for (const n of notes) {
    width = Math.max(width, n.x + n.w + 600);
    height = Math.max(height, n.y + n.h + 400);
  }
  return { width, height };
}
