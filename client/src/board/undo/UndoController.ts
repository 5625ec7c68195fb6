import type * as Y from 'yjs';
import { actionPointsOf } from '../../../../shared/board/actionPoints.ts';
import { createUndoManager } from '../../../../shared/board/undo.ts';
import { LOCAL } from '../actions.ts';

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** The last undo or redo asked for (button or shortcut), so the UI can say what happened. */
  last: { what: 'undo' | 'redo'; ok: boolean; seq: number } | null;
}

type StackEvent = { type: 'undo' | 'redo'; origin: unknown };

/**
 * Undo and redo for one person over the board and their private brainstorm notes (two docs).
 * Each doc has a Y.UndoManager that tracks only the LOCAL origin (shared/board/undo.ts), so
 * undo never reverts someone else's work; this keeps the order of steps across the two, so
 * that ctrl+Z takes back the person's last step wherever it was made.
 */
export class UndoController {
  private readonly managers: Y.UndoManager[];
  /** Which manager holds each undo (redo) step, oldest first. */
  private undoOrder: Y.UndoManager[] = [];
  private redoOrder: Y.UndoManager[] = [];
  private state: UndoState = { canUndo: false, canRedo: false, last: null };
  private readonly listeners = new Set<() => void>();

  constructor(board: Y.Doc, privateDoc?: Y.Doc) {
    // Action points too: "Maak actiepunt" overwrites a slot, which must be undoable.
    this.managers = [createUndoManager(board, LOCAL, { scopes: [actionPointsOf(board) as unknown as Y.AbstractType<unknown>] })];
    if (privateDoc) this.managers.push(createUndoManager(privateDoc, LOCAL));
    for (const m of this.managers) {
      m.on('stack-item-added', (event: StackEvent) => this.onAdded(m, event));
      m.on('stack-cleared', () => this.refresh());
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): UndoState => this.state;

  /** Takes back this person's last step. Returns false when there was none. */
  undo = (): boolean => this.step('undo', this.undoOrder, (m) => m.undo());

  /** Does again the last step taken back. */
  redo = (): boolean => this.step('redo', this.redoOrder, (m) => m.redo());

  /**
   * Ends the current step: the next change starts a new one. Yjs merges changes less than
   * captureTimeout apart into one step, which is right for typing but not for two separate
   * actions (a vote taken back and a delete a moment later must undo one at a time).
   */
  boundary = (): void => {
    for (const m of this.managers) m.stopCapturing();
  };

  /** Forgets the private notes' steps (after a reveal they would act on notes now on the board). */
  clearPrivate(): void {
    const m = this.managers[1];
    if (!m) return;
    m.clear();
    this.undoOrder = this.undoOrder.filter((x) => x !== m);
    this.redoOrder = this.redoOrder.filter((x) => x !== m);
    this.refresh();
  }

  destroy(): void {
    for (const m of this.managers) m.destroy();
    this.listeners.clear();
  }

  private onAdded(m: Y.UndoManager, event: StackEvent): void {
    if (event.type === 'redo') this.redoOrder.push(m);
    else {
      this.undoOrder.push(m);
      // A new step (not one redone) ends every redo: Yjs clears m's own redo stack, we the rest.
      if (event.origin !== m) {
        for (const other of this.managers) if (other !== m) other.clear(false, true);
        this.redoOrder = [];
      }
    }
    this.refresh();
  }

  private step(what: 'undo' | 'redo', order: Y.UndoManager[], run: (m: Y.UndoManager) => unknown): boolean {
    let ok = false;
    // A step can come back empty (what it changed is gone): try the one before it.
    while (!ok && order.length > 0) ok = run(order.pop()!) !== null;
    this.refresh({ what, ok, seq: (this.state.last?.seq ?? 0) + 1 });
    return ok;
  }

  private refresh = (last: UndoState['last'] = this.state.last): void => {
    const next = {
      canUndo: this.managers.some((m) => m.canUndo()),
      canRedo: this.managers.some((m) => m.canRedo()),
      last,
    };
    if (next.canUndo === this.state.canUndo && next.canRedo === this.state.canRedo && next.last === this.state.last) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };
}
