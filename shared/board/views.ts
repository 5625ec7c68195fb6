import type { InkColor, NoteView, ShapeFill, ShapeKind } from './schema.ts';

/*
 * Plain, read-only views of board items, as readers return them to the UI, the outline and
 * exports. NoteView lives in schema.ts (it came first); the others are here.
 */

export interface Point { x: number; y: number }
export interface Rect { x: number; y: number; w: number; h: number }

export interface TextView extends Rect {
  id: string;
  type: 'text';
  color: InkColor;
  fontSize: number;
  z: number;
  text: string;
}

export interface ShapeView extends Rect {
  id: string;
  type: 'shape';
  shape: ShapeKind;
  fill: ShapeFill;
  z: number;
}

/** An arrow as stored: two item ids. The reader adds the endpoints (ArrowView). */
export interface ArrowRecord {
  id: string;
  type: 'arrow';
  from: string;
  to: string;
  color: InkColor;
  z: number;
}

/** An arrow with endpoints on the edges of its two items, computed from their current bounds. */
export interface ArrowView extends ArrowRecord {
  start: Point;
  end: Point;
}

/**
 * A freehand stroke: `points` is a flat [x0, y0, x1, y1, …] list relative to (x, y), the
 * raw pen input (smoothing is the renderer's job). `bounds` is in board coordinates.
 */
export interface StrokeView {
  id: string;
  type: 'stroke';
  x: number;
  y: number;
  points: number[];
  color: InkColor;
  width: number;
  z: number;
  bounds: Rect;
}

export interface SectionView extends Rect {
  id: string;
  type: 'section';
  title: string;
  z: number;
}

export interface CaseCardView extends Rect {
  id: string;
  type: 'case';
  text: string;
  z: number;
}

/** Every item as read on its own (arrows without endpoints). */
export type ItemRecord = NoteView | TextView | ShapeView | ArrowRecord | StrokeView | SectionView | CaseCardView;

/** The id of the section an item lies in (by its centre), or null. */
export type InSection<T> = T & { section: string | null };

/** Everything on a board, each list back to front (by z, then id). */
export interface BoardSnapshot {
  notes: InSection<NoteView>[];
  texts: InSection<TextView>[];
  shapes: InSection<ShapeView>[];
  arrows: ArrowView[];
  strokes: InSection<StrokeView>[];
  sections: SectionView[];
  caseCard: CaseCardView | null;
  /** Counted dot votes per item id (items without votes are absent). */
  votes: Record<string, number>;
}
