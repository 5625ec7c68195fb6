import type { InkColor, NoteColor, ShapeFill } from '../board/schema.ts';

/*
 * The colours of a board, one set for the live canvas and every export (SVG, PNG, PDF), so the
 * picture is the board. The note colours are the --note-* tokens of tokens.css (a canvas cannot
 * read CSS variables cheaply on every frame); text on them keeps 4.5:1 (WCAG AA).
 */

export const NOTE_FILL: Record<NoteColor, string> = {
  yellow: '#fef3c7', pink: '#fce7f3', blue: '#dbeafe', green: '#dcfce7', orange: '#ffedd5', purple: '#ede9fe',
};

/** A darker edge per note colour, so that notes stay apart when they are tiny. */
export const NOTE_EDGE: Record<NoteColor, string> = {
  yellow: '#e9c46a', pink: '#e9a8c9', blue: '#93b7ec', green: '#8fd3a6', orange: '#f0b98a', purple: '#b9a7ee',
};

export const INK: Record<InkColor, string> = {
  black: '#18181b', gray: '#71717a', red: '#dc2626', blue: '#2563eb', green: '#15803d', orange: '#c2410c', purple: '#7c3aed',
};

export const SHAPE_FILL: Record<ShapeFill, string | null> = {
  none: null, white: '#ffffff', gray: '#f4f4f5', ...NOTE_FILL,
};

export const CANVAS = {
  background: '#f8f8f9',
  grid: '#d4d4d8',
  text: '#18181b',
  muted: '#52525b',
  sectionFill: 'rgba(255,255,255,0.72)',
  sectionEdge: '#a1a1aa',
  caseEdge: '#4338ca',
  caseBorder: '#c7d2fe',
  shapeEdge: '#3f3f46',
  selection: '#4338ca',
  selectionFill: 'rgba(67,56,202,0.08)',
  focus: '#4338ca',
  vote: '#be185d',
  shadow: 'rgba(0,0,0,0.09)',
  privateEdge: '#0e7490',
} as const;

/** The CSS font stack of the app (tokens.css --font-sans), for canvas text. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

/** `#rrggbb` as 0–1 channels (for the PDF). */
export function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
