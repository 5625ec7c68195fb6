import * as Y from 'yjs';
import { itemsOf, votesOf, type ChangeOrigin } from './schema.ts';

export interface UndoOptions {
  /** More shared types to track, e.g. a root another module adds (action points). */
  scopes?: Y.AbstractType<unknown>[];
  /** Changes closer together than this (ms) undo as one step. Yjs's default is 500. */
  captureTimeout?: number;
}

/**
 * An undo manager for one person: it tracks only transactions whose origin is this very
 * `origin` object (compared by identity), over `items` and `votes`. Remote updates carry the
 * provider as origin, so undo never reverts someone else's work; and Yjs does not overwrite
 * a key that someone else changed later (ignoreRemoteMapChanges stays false).
 * `meta` is not tracked: the schema version, template mark and votes per person are board
 * settings, not a person's work. Known limit: undoing the creation of a note also removes
 * what others have since typed into it, because the note itself goes.
 */
export function createUndoManager(doc: Y.Doc, origin: ChangeOrigin, options: UndoOptions = {}): Y.UndoManager {
  return new Y.UndoManager([itemsOf(doc), votesOf(doc), ...(options.scopes ?? [])], {
    trackedOrigins: new Set([origin]),
    captureTimeout: options.captureTimeout ?? 500,
  });
}
