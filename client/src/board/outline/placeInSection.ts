import { NOTE_SIZE, type NoteView } from '../../../../shared/board/schema.ts';
import type { Rect, SectionView } from '../../../../shared/board/views.ts';

/** Room for the section's title above its notes, and between notes. */
const HEADER = 64;
const GAP = 16;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const centreIn = (r: Rect, s: Rect) => {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  return cx >= s.x && cx <= s.x + s.w && cy >= s.y && cy <= s.y + s.h;
};

/**
 * Where a note goes when the outline adds it to a section or moves it there: the first free
 * cell of a grid inside the section (left to right, top to bottom, below the title), so the
 * note lies in the section by the model's rule (its centre is inside, B5) and covers nobody.
 * When the section is full, the note still lands inside it, stepped down-right from the top.
 * `others` are the notes to keep clear of (board and private ones, not the note itself).
 */
export function placeInSection(section: Rect, others: readonly Rect[], size = NOTE_SIZE): { x: number; y: number } {
  const cols = Math.max(1, Math.floor((section.w - GAP) / (size.w + GAP)));
  const rows = Math.max(1, Math.floor((section.h - HEADER) / (size.h + GAP)));
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const cell = { x: section.x + GAP + col * (size.w + GAP), y: section.y + HEADER + row * (size.h + GAP), ...size };
      if (!others.some((o) => overlaps(o, cell))) return { x: Math.round(cell.x), y: Math.round(cell.y) };
    }
  }
  const step = (others.length % 10) * 12;
  return {
    x: Math.round(section.x + Math.max(0, Math.min(section.w - size.w, GAP + step))),
    y: Math.round(section.y + Math.max(0, Math.min(section.h - size.h, HEADER + step))),
  };
}

/**
 * A free spot outside every section (the "Zonder sectie" part of the outline): a row below
 * everything on the board, so that the note belongs to no section.
 */
export function placeOutsideSections(sections: readonly SectionView[], items: readonly Rect[], size = NOTE_SIZE): { x: number; y: number } {
  let bottom = 0;
  for (const r of [...sections, ...items]) bottom = Math.max(bottom, r.y + r.h);
  const y = Math.round(bottom + GAP * 3);
  for (let col = 0; col < 200; col++) {
    const cell = { x: col * (size.w + GAP), y, ...size };
    if (!items.some((o) => overlaps(o, cell)) && !sections.some((s) => centreIn(cell, s))) return { x: cell.x, y };
  }
  return { x: 0, y: y + size.h + GAP };
}

/** The rectangles of notes, minus the one that is moving. */
export function rectsExcept(notes: readonly NoteView[], id?: string): Rect[] {
  return notes.filter((n) => n.id !== id).map(({ x, y, w, h }) => ({ x, y, w, h }));
}
