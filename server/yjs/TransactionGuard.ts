import * as Y from 'yjs';
import { actionPointsOf } from '../../shared/board/actionPoints.ts';
import type { Refusal } from './transactionJudge.ts';

/*
 * Applies a client's update and, when its transaction breaks a rule, undoes it at once for
 * everyone: all of it, or only its action-point part (the rest of a participant's offline
 * work stays when only the submitted action points were touched).
 *
 * Why undo and not drop: Yjs numbers each client's changes without gaps, so once one update of
 * a client is missing, every later update of that client waits for it forever (its notes too).
 * Applying and undoing keeps the numbering whole.
 *
 * How: two persistent UndoManagers (scope: the whole document, and the action points) whose
 * `captureTransaction` runs the judge inside Yjs's transaction cleanup, before garbage
 * collection. Only a refused transaction is captured, so an accepted one costs no undo
 * bookkeeping and its deleted content is collected as usual; the undo itself is not captured,
 * so the refused content is collected at once and never reaches a late joiner.
 */

export interface GuardResult {
  /** The transaction of the update, or null when Yjs ran none. */
  transaction: Y.Transaction | null;
  refusal: Refusal | null;
}

export class TransactionGuard {
  private readonly all: Y.UndoManager;
  private readonly actionPoints: Y.UndoManager;
  /** The origin whose transaction is being judged, and how. */
  private current: { origin: unknown; judge: (tr: Y.Transaction) => Refusal | null } | null = null;
  private judged: { transaction: Y.Transaction; refusal: Refusal | null } | null = null;

  constructor(private readonly doc: Y.Doc) {
    this.all = this.manager(doc, 'all');
    this.actionPoints = this.manager(actionPointsOf(doc), 'actionPoints');
  }

  private manager(scope: Y.Doc | Y.Map<unknown>, name: Refusal['scope']): Y.UndoManager {
    // A Doc scope tracks every change, new root types included; typed as a type for the d.ts.
    return new Y.UndoManager(scope as unknown as Y.Map<unknown>, {
      captureTimeout: 0,
      trackedOrigins: new Set(),
      captureTransaction: (tr) => this.judgeOnce(tr)?.scope === name,
    });
  }

  /** Runs the judge once per transaction, the first time one of the managers asks. */
  private judgeOnce(tr: Y.Transaction): Refusal | null {
    if (!this.current || tr.origin !== this.current.origin) return null;
    if (this.judged?.transaction !== tr) this.judged = { transaction: tr, refusal: this.current.judge(tr) };
    return this.judged.refusal;
  }

  /** Applies `update` with `origin` (which must not be used by anything else meanwhile). */
  apply(update: Uint8Array, origin: unknown, judge: (tr: Y.Transaction) => Refusal | null): GuardResult {
    this.current = { origin, judge };
    this.judged = null;
    this.all.trackedOrigins.add(origin);
    this.actionPoints.trackedOrigins.add(origin);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.current = null;
      this.all.trackedOrigins.delete(origin);
      this.actionPoints.trackedOrigins.delete(origin);
    }
    const judged = this.takeJudged();
    const transaction = judged?.transaction ?? null;
    const refusal = judged?.refusal ?? null;
    if (refusal) this.undo(refusal.scope === 'all' ? this.all : this.actionPoints);
    return { transaction, refusal };
  }

  /** Set by `judgeOnce` during the apply (TypeScript cannot see that through the callback). */
  private takeJudged(): { transaction: Y.Transaction; refusal: Refusal | null } | null {
    const judged = this.judged;
    this.judged = null;
    return judged;
  }

  private undo(manager: Y.UndoManager): void {
    const item = manager.undoStack.at(-1);
    manager.undo();
    manager.clear();
    if (!item) return;
    // The manager kept what the refused transaction deleted (so that it could restore it);
    // the undo restored copies, so the originals may now be collected like any deleted item.
    Y.transact(this.doc, (tr) => {
      Y.iterateDeletedStructs(tr, item.deletions, (struct) => {
        for (let s: Y.Item | null = struct instanceof Y.Item ? struct : null; s !== null && s.keep; s = s.parent instanceof Y.AbstractType ? s.parent._item : null) {
          s.keep = false;
        }
      });
    }, this);
    Y.tryGc(item.deletions, this.doc.store, this.doc.gcFilter);
  }

  destroy(): void {
    this.all.destroy();
    this.actionPoints.destroy();
  }
}
