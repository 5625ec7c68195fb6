import * as Y from 'yjs';

/**
 * The board document, version 1 (docs/board-schema.md). One Y.Doc per group board:
 * - `meta`  (Y.Map): `schemaVersion`, `template`, `votesPerPerson`
 * - `items` (Y.Map<Y.Map>): item id -> item fields, `type` says the kind (see ItemKind); a note
 *   has `x`, `y`, `w`, `h`, `color`, `z` and `text` (a Y.Text, so two people typing in one note
 *   both keep their words).
 * - `votes` (Y.Map<string>): `${voterId}:${slot}` -> item id (see votes.ts).
 * Every kind after the note was added without a version bump: a v1 reader skips item types
 * and keys it does not know, so old and new clients can share a board.
 */
export const BOARD_SCHEMA_VERSION = 1;

/** The kinds of item in `items`, as stored in their `type` field. */
export const ItemKind = ['note', 'text', 'shape', 'arrow', 'stroke', 'section', 'case'] as const;
export type ItemKind = (typeof ItemKind)[number];

/** Keys of the `meta` map. */
export const MetaKey = {
  schemaVersion: 'schemaVersion',
  template: 'template',
  votesPerPerson: 'votesPerPerson',
} as const;

/**
 * The case card has this fixed id, so that there is one per board even when two facilitators
 * create it at the same moment: their two writes land on one key and one of them wins.
 */
export const CASE_CARD_ID = 'case';

/** Pen, arrow and label colours. */
export const InkColor = ['black', 'gray', 'red', 'blue', 'green', 'orange', 'purple'] as const;
export type InkColor = (typeof InkColor)[number];

export const ShapeKind = ['rect', 'ellipse'] as const;
export type ShapeKind = (typeof ShapeKind)[number];

/** Shape fills: no fill, white, or one of the note colours. */
export const ShapeFill = ['none', 'white', 'gray', 'yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type ShapeFill = (typeof ShapeFill)[number];

export const NoteColor = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type NoteColor = (typeof NoteColor)[number];

export const NOTE_SIZE = { w: 200, h: 140 } as const;
export const TEXT_SIZE = { w: 240, h: 48 } as const;
export const SHAPE_SIZE = { w: 160, h: 120 } as const;
export const SECTION_SIZE = { w: 600, h: 900 } as const;
export const CASE_CARD_SIZE = { w: 1240, h: 240 } as const;
/** Label font size in board units: default and range. */
export const FONT_SIZE = { default: 24, min: 10, max: 96 } as const;
/** Pen width in board units: default and range. */
export const STROKE_WIDTH = { default: 4, min: 1, max: 32 } as const;

/** Who made a change: lets storage, sync and undo tell their own writes from others'. */
export type ChangeOrigin =
  | { kind: 'local'; userId?: string }
  | { kind: 'remote' }
  | { kind: 'storage' }
  | { kind: 'seed' }
  /** The server itself, e.g. opening the action step or reopening submitted action points. */
  | { kind: 'server' };

export type ItemMap = Y.Map<unknown>;

export function itemsOf(doc: Y.Doc): Y.Map<ItemMap> {
  return doc.getMap<ItemMap>('items');
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

export function votesOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('votes');
}

/** A plain, read-only view of a note, as the UI and exports use it. */
export interface NoteView {
  id: string;
  type: 'note';
  x: number;
  y: number;
  w: number;
  h: number;
  color: NoteColor;
  z: number;
  text: string;
}
