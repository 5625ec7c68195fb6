import * as Y from 'yjs';
import { checkBoardLimits, type LimitViolation } from '../../shared/board/checkLimits.ts';
import { itemsOf, metaOf, votesOf } from '../../shared/board/schema.ts';

/*
 * The board limits on the server (docs/api.md, "Board limits"). The model never writes past a
 * limit, but the board channel takes raw Yjs updates from any client: a hostile one, or two
 * honest ones whose edits merge past a limit (two people adding the 5,000th note at once).
 *
 * An update is applied, the board checked with checkBoardLimits, and when the update made it
 * break a limit that it did not break before, everything the update changed in `items`,
 * `votes` and `meta` is undone at once. Not dropped, for the reason revertUpdate.ts gives:
 * the sender's later updates build on this one and would otherwise wait for it forever. The
 * undo reaches every copy, the sender's too, so all agree again.
 */

/** What each document broke after its last accepted update (a board stored before this guard may). */
const baselines = new WeakMap<Y.Doc, LimitViolation[]>();

const sameRule = (a: LimitViolation, b: LimitViolation) => a.limit === b.limit && a.itemId === b.itemId;

/**
 * A violation the board did not have, or a worse one. A board that was already past a limit
 * (stored before the guard existed) stays usable: edits elsewhere pass, and that item may
 * shrink but not grow.
 */
function isWorse(v: LimitViolation, before: readonly LimitViolation[]): boolean {
  const was = before.find((b) => sameRule(b, v));
  return !was || v.actual > was.actual;
}

export interface GuardOutcome<T> {
  result: T;
  /** The limits the update would have broken; [] when it was kept. */
  refused: LimitViolation[];
}

/**
 * Runs `apply` (which applies one update with `origin`) and undoes its board part when it
 * pushes the board past a limit. `origin` must be the transaction origin `apply` uses.
 * Costs one scan of the board per update that changes it (O(items + votes)).
 */
export function applyWithinLimits<T>(doc: Y.Doc, origin: unknown, apply: () => T): GuardOutcome<T> {
  let before = baselines.get(doc);
  if (!before) {
    before = checkBoardLimits(doc);
    baselines.set(doc, before);
  }
  const undo = new Y.UndoManager([itemsOf(doc), votesOf(doc), metaOf(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  try {
    const result = apply();
    if (undo.undoStack.length === 0) return { result, refused: [] };
    const after = checkBoardLimits(doc);
    const refused = after.filter((v) => isWorse(v, before));
    if (refused.length === 0) {
      baselines.set(doc, after);
      return { result, refused };
    }
    while (undo.undoStack.length > 0) undo.undo();
    return { result, refused };
  } finally {
    undo.destroy();
  }
}
