import * as Y from 'yjs';

/**
 * The board document, version 1 (docs/board-schema.md). One Y.Doc per group board:
 * - `meta`  (Y.Map): `schemaVersion`
 * - `items` (Y.Map<Y.Map>): item id -> item fields; a note has `type`, `x`, `y`, `w`, `h`,
 *   `color`, `z` and `text` (a Y.Text, so two people typing in one note both keep their words).
 */
export const BOARD_SCHEMA_VERSION = 1;

export const NoteColor = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export type NoteColor = (typeof NoteColor)[number];

export const NOTE_SIZE = { w: 200, h: 140 } as const;

/** Who made a change: lets storage, sync and undo tell their own writes from others'. */
export type ChangeOrigin =
  | { kind: 'local'; userId?: string }
  | { kind: 'remote' }
  | { kind: 'storage' }
  | { kind: 'seed' };

export type ItemMap = Y.Map<unknown>;

export function itemsOf(doc: Y.Doc): Y.Map<ItemMap> {
  return doc.getMap<ItemMap>('items');
}

export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
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
