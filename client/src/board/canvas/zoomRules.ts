import { CASE_TEXT, NOTE_TEXT, SECTION_TITLE } from '../../../../shared/render/itemLayout.ts';
import { VOTE_BADGE } from '../../../../shared/render/voteBadge.ts';

/*
 * Semantic zoom: what the canvas draws at a given zoom, and how large. At 100 % every item is
 * drawn as it is laid out (the same layout as the exports); zoomed out, text that would fall
 * below a readable size on screen is drawn larger than its item's layout, so that an overview
 * ("Alles in beeld", about 30–40 % on a full board) still reads: section titles with a count,
 * the first words of each note, vote badges and the case text. Every size here only ever grows
 * as the zoom shrinks, and each is 1 from the zoom where the normal layout is already readable,
 * so zooming never makes text jump smaller. The exports do not use this (paper has no zoom).
 */

/** Smallest sizes on screen, in CSS pixels, below which the canvas draws text larger. */
export const READABLE = {
  noteText: 11,
  title: 16,
  /** A section title that does not fit at `title` may shrink to this before it is cut with "…". */
  titleMin: 14,
  badgeText: 11,
  caseText: 12,
} as const;

/** Below this zoom notes are coloured blocks (batched by colour): too small for any word. */
export const LOD_TINY = 0.22;
/** Below this zoom a note's own text would be under READABLE.noteText: draw its first words larger. */
export const LOD_GIST = READABLE.noteText / NOTE_TEXT.size;

export type NoteDetail = 'blocks' | 'gist' | 'full';

export interface ZoomRules {
  /** How notes are drawn: colour only, their first words at a readable size, or in full. */
  notes: NoteDetail;
  /** Note text size in board units (NOTE_TEXT.size at full detail). */
  noteFont: number;
  /** Section titles are drawn this many times their layout size… */
  titleScale: number;
  /** …or as little as this many times, when that makes the whole title fit. */
  titleMinScale: number;
  /** Whether each section shows how many notes it holds next to its title. */
  sectionCounts: boolean;
  /** Vote badges are drawn this many times their layout size. */
  badgeScale: number;
  /** The case card's label and text are drawn this many times their layout size. */
  caseScale: number;
}

/** How many times larger than `size` board units text must be drawn to be `min` px on screen. */
const grow = (min: number, size: number, z: number) => Math.max(1, min / (size * z));

/** What to draw at zoom `z` (screen pixels per board unit), and how large. Pure. */
export function zoomRules(z: number): ZoomRules {
  const notes: NoteDetail = z < LOD_TINY ? 'blocks' : z < LOD_GIST ? 'gist' : 'full';
  return {
    notes,
    noteFont: NOTE_TEXT.size * grow(READABLE.noteText, NOTE_TEXT.size, z),
    titleScale: grow(READABLE.title, SECTION_TITLE.size, z),
    titleMinScale: grow(READABLE.titleMin, SECTION_TITLE.size, z),
    sectionCounts: z < LOD_GIST,
    badgeScale: grow(READABLE.badgeText, VOTE_BADGE.fontSize, z),
    caseScale: grow(READABLE.caseText, CASE_TEXT.size, z),
  };
}
