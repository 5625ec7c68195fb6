import * as Y from 'yjs';

/**
 * Applies `update` and at once undoes whatever it changed inside `scope`, keeping the rest.
 *
 * Why not simply drop the update: Yjs numbers each client's changes without gaps, so once
 * one update of a client is missing, every later update of that client waits for it forever.
 * A participant whose edit to submitted action points raced the submit would then lose all
 * later work (notes too) until a reload. Applying and undoing keeps the numbering whole, and
 * the undo (sent to everyone, the sender too) makes every copy agree again.
 *
 * Returns true when something was undone. The undone content is deleted at once and dropped
 * from the stored document at the next compaction (the append log holds it until then).
 */
export function applyThenRevert(doc: Y.Doc, update: Uint8Array, origin: unknown, scope: Y.AbstractType<any>): boolean { // eslint-disable-line @typescript-eslint/no-explicit-any -- Y.Map<T> is not an AbstractType<unknown>
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([origin]), captureTimeout: 0 });
  try {
    Y.applyUpdate(doc, update, origin);
    if (undo.undoStack.length === 0) return false;
    while (undo.undoStack.length > 0) undo.undo();
    return true;
  } finally {
    undo.destroy();
  }
}
