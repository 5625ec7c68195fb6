import * as Y from 'yjs';
import { BoardLimitError, type BoardLimit } from '../../../../shared/board/errors.ts';
import { revealPrivateNotes } from '../../../../shared/board/reveal.ts';
import { itemsOf, type ChangeOrigin } from '../../../../shared/board/schema.ts';
import type { BrainstormState } from '../../../../shared/schemas/brainstorm.ts';
import { LocalCopy } from '../offline/LocalCopy.ts';

/** The reveal is not one person's edit: undo must not take it back (a distinct origin object). */
const REVEAL: ChangeOrigin = { kind: 'local' };
const MARK: ChangeOrigin = { kind: 'local' };

export interface PrivateState {
  /** The private doc is loaded from this browser. */
  ready: boolean;
  /** Notes revealed by this tab so far (the UI announces a change). */
  revealed: number;
  /** Set when the last reveal was refused because the board is full. */
  revealError: BoardLimit | null;
}

/**
 * The private notes of a silent brainstorm: a second Y.Doc with the board's layout (so the
 * model's functions work on it), kept in IndexedDB and never given to a provider, so nothing
 * in it reaches the server before the reveal (docs/board-schema.md, "Silent brainstorm").
 * It remembers the round its notes were written in, so that a laptop that was offline when
 * the facilitator ended that round still reveals them later.
 */
export class PrivateBoard {
  readonly doc = new Y.Doc();
  private readonly copy: LocalCopy | null;
  private state: PrivateState = { ready: false, revealed: 0, revealError: null };
  private readonly listeners = new Set<() => void>();

  constructor(storeName: string | null) {
    this.copy = storeName ? new LocalCopy(storeName, this.doc, this.onCopyChange) : null;
    if (!this.copy || this.copy.restored) this.state = { ...this.state, ready: true };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PrivateState => this.state;

  /** The round the private notes were written in; null before the first. */
  get round(): number | null {
    const r = this.doc.getMap('private').get('round');
    return typeof r === 'number' ? r : null;
  }

  hasItems(): boolean {
    return itemsOf(this.doc).size > 0;
  }

  /** Call before writing a private note: ties the notes to the running round. */
  markRound(round: number): void {
    if (this.round === round) return;
    this.doc.transact(() => this.doc.getMap('private').set('round', round), MARK);
  }

  /**
   * Reveals when the round the notes belong to is over: the round ended, or a later one runs.
   * Moves every private item onto `board` (revealPrivateNotes keeps ids, so doing it twice is
   * harmless). A full board keeps the notes private and says so.
   */
  revealIfDue(board: Y.Doc, brainstorm: Pick<BrainstormState, 'active' | 'round'>): void {
    if (!this.state.ready || !this.hasItems()) return;
    if (brainstorm.active && this.round === brainstorm.round) return;
    try {
      const ids = revealPrivateNotes(this.doc, board, REVEAL);
      this.set({ revealed: this.state.revealed + ids.length, revealError: null });
    } catch (err) {
      if (!(err instanceof BoardLimitError)) throw err;
      // Said once; tried again when the session or the private notes change, or at the next load.
      if (this.state.revealError !== err.limit) this.set({ revealError: err.limit });
    }
  }

  /** Deletes the private notes kept in this browser (the workshop is gone). */
  async clearLocal(): Promise<void> {
    await this.copy?.clear();
  }

  destroy(): void {
    this.copy?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private onCopyChange = (): void => {
    if (this.copy?.restored && !this.state.ready) this.set({ ready: true });
  };

  private set(change: Partial<PrivateState>): void {
    const next = { ...this.state, ...change };
    if (next.ready === this.state.ready && next.revealed === this.state.revealed && next.revealError === this.state.revealError) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
