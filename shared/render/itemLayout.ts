/*
 * Where text and edges go inside each kind of item, in board units: one description for the
 * live canvas (client/src/board/canvas/drawItems.ts) and the exports (server/export/boardSvg.ts,
 * pdfBoard.ts), so a note wraps the same words on paper as on screen.
 */

export const NOTE_TEXT = { size: 16, line: 22, padX: 14, padTop: 14, padBottom: 12, radius: 6 } as const;
export const CASE_TEXT = { size: 20, line: 28, padX: 24, top: 56, labelSize: 14, labelTop: 22, radius: 10, accent: 10 } as const;
export const SECTION_TITLE = { size: 26, padX: 20, padTop: 18, strip: 60, radius: 12 } as const;
export const SHAPE_RADIUS = 4;
export const ARROW = { width: 2.5, head: 16 } as const;

/** The line height of a text label of `size`. */
export const labelLine = (size: number) => Math.round(size * 1.3);

/** How many lines of `line` height fit into a note of height `h`. */
export function noteMaxLines(h: number): number {
  return Math.max(0, Math.floor((h - NOTE_TEXT.padTop - NOTE_TEXT.padBottom) / NOTE_TEXT.line));
}

/** How many lines of the case text fit into a case card of height `h`. */
export function caseMaxLines(h: number): number {
  return Math.max(0, Math.floor((h - CASE_TEXT.top - 12) / CASE_TEXT.line));
}

/** Exports only: the paper around the items and the band with the workshop and group name. */
export const EXPORT_PAGE = { margin: 40, background: '#ffffff', titleBand: 64, titleSize: 22, subtitleSize: 15 } as const;
