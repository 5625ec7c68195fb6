import type { InkColor, NoteColor, ShapeFill } from '../../shared/board/schema.ts';

/*
 * How a board looks in the exports (SVG, PNG via SVG, PDF): the colours of the board page
 * (client/src/styles/tokens.css) and the sizes of its text, in board units.
 */

export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fef3c7', pink: '#fce7f3', blue: '#dbeafe', green: '#dcfce7', orange: '#ffedd5', purple: '#ede9fe',
};

export const INK: Record<InkColor, string> = {
  black: '#18181b', gray: '#71717a', red: '#dc2626', blue: '#2563eb', green: '#16a34a', orange: '#ea580c', purple: '#7c3aed',
};

export const SHAPE_FILL: Record<ShapeFill, string | null> = {
  none: null, white: '#ffffff', gray: '#f4f4f5', ...NOTE_FILL,
};

export const BOARD_STYLE = {
  background: '#ffffff',
  noteBorder: '#d4d4d8',
  noteText: '#18181b',
  noteFontSize: 16,
  notePadding: 12,
  lineHeight: 1.3,
  shapeBorder: '#52525b',
  sectionFill: '#f4f4f5',
  sectionBorder: '#a1a1aa',
  sectionTitleSize: 22,
  caseFill: '#eef2ff',
  caseBorder: '#4338ca',
  caseLabelSize: 14,
  caseFontSize: 18,
  arrowWidth: 3,
  /** Empty space around the items. */
  margin: 40,
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
} as const;

/** `#rrggbb` as 0–1 channels (for the PDF). */
export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
