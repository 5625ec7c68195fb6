import type { Rect } from '../../../../shared/board/views.ts';
import { fitCamera, type Camera, type ViewSize } from './camera.ts';
import { LOD_TINY } from './zoomRules.ts';

/** Screen pixels beside a section opened to its width: the edge still reads as an edge. */
const SECTION_PADDING = 16;

/** What the opening view needs to know of the board (BoardScene gives it). */
export interface OpeningBoard {
  contentBounds(): Rect | null;
  sections(): readonly (Rect & { id: string })[];
  noteCounts(): ReadonlyMap<string, number>;
}

/**
 * The section to open a narrow screen on: the one with the most notes (where the group is
 * working), the first in reading order (top to bottom, left to right) when several tie.
 */
export function busiestSection<S extends Rect & { id: string }>(sections: readonly S[], counts: ReadonlyMap<string, number>): S | null {
  let best: S | null = null;
  let bestCount = -1;
  const reading = [...sections].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const s of reading) {
    const n = counts.get(s.id) ?? 0;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The first view of a board (issue 10). The whole board when that is readable: notes at
 * least as their first words (semantic zoom, zoomRules). On a screen so narrow that the whole
 * board would turn the notes into coloured blocks (a phone: about 12 % for the workshop
 * template), one section instead, as wide as the screen, its title at the top: the notes read,
 * and "Alles in beeld" still shows everything. A laptop's view is the same as before.
 */
export function openingCamera(board: OpeningBoard, view: ViewSize): Camera {
  const bounds = board.contentBounds();
  const whole = fitCamera(bounds, view);
  if (whole.z >= LOD_TINY) return whole;
  const section = busiestSection(board.sections(), board.noteCounts());
  if (!section || section.w <= 0) return whole;
  const z = Math.min(1, (view.w - 2 * SECTION_PADDING) / section.w);
  if (z <= whole.z) return whole;
  // Centred across; the section's top (its title) SECTION_PADDING below the canvas's top edge.
  return { x: section.x + section.w / 2, y: section.y - SECTION_PADDING / z + view.h / (2 * z), z };
}
