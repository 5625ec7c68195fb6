import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** The IndexedDB database of a board (one per workshop and group, in this browser). */
export const boardStoreName = (workshopId: string, groupId: string) => `werkbord:board:${workshopId}:${groupId}`;
/** The private notes of a silent brainstorm on that board; never given to a provider. */
export const privateStoreName = (workshopId: string, groupId: string) => `werkbord:private:${workshopId}:${groupId}`;

const CONFIRM_DELAY_MS = 50;

/**
 * A Y.Doc kept in this browser with y-indexeddb, so that a reload while the board channel is
 * down shows the board, and edits made offline are still there to be sent when it is back.
 *
 * `stored` is honest: y-indexeddb writes each update in its own readwrite transaction, issued
 * synchronously in its 'update' handler (registered before ours). IndexedDB runs transactions
 * on one store in the order they were created, so when a readonly transaction we open after an
 * edit completes, that edit is on disk. Without IndexedDB (disabled, private mode on some
 * browsers) the board works as before, `restored` turns true at once and `stored` never does.
 */
export class LocalCopy {
  private readonly persistence: IndexeddbPersistence | null = null;
  private seq = 0;
  private confirmed = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly waiters: Array<() => void> = [];
  /** The browser's copy is loaded into the doc (or there is none to load). */
  restored = false;

  constructor(
    readonly name: string,
    private readonly doc: Y.Doc,
    private readonly onChange: () => void,
  ) {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      this.persistence = new IndexeddbPersistence(name, doc);
    } catch (err) {
      console.warn('board: cannot keep a copy in this browser:', (err as Error).message);
      this.restored = true;
      return;
    }
    const persistence = this.persistence;
    persistence._db.catch((err: unknown) => {
      console.warn('board: cannot keep a copy in this browser:', (err as Error).message);
      this.markRestored();
    });
    void persistence.whenSynced.then(() => {
      this.markRestored();
      this.schedule();
    });
    doc.on('update', this.onUpdate);
  }

  /** True when every edit made so far is in this browser's copy. */
  get stored(): boolean {
    return this.persistence !== null && this.restored && this.confirmed >= this.seq;
  }

  /** The origin y-indexeddb gives the updates it restores. */
  get origin(): unknown {
    return this.persistence;
  }

  /** Resolves once the browser copy is loaded into the doc (or known to be unavailable). */
  whenRestored(): Promise<void> {
    if (this.restored) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }


  /** Deletes the browser's copy, e.g. when the workshop no longer exists. */
  async clear(): Promise<void> {
    const p = this.persistence;
    this.destroy();
    if (p) await p.clearData().catch(() => undefined);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    void this.persistence?.destroy().catch(() => undefined);
  }

  private markRestored(): void {
    if (this.restored || this.destroyed) return;
    this.restored = true;
    for (const resolve of this.waiters.splice(0)) resolve();
    this.onChange();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.persistence) return; // read from the copy: already in it
    const wasStored = this.stored;
    this.seq++;
    if (wasStored) this.onChange();
    this.schedule();
  };

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.confirm();
    }, CONFIRM_DELAY_MS);
  }

  private confirm(): void {
    const db = this.persistence?.db;
    if (!db || this.destroyed || !this.restored) return;
    const upTo = this.seq;
    try {
      const tx = db.transaction(['updates'], 'readonly');
      tx.oncomplete = () => {
        if (this.destroyed) return;
        const wasStored = this.stored;
        this.confirmed = Math.max(this.confirmed, upTo);
        if (this.stored !== wasStored) this.onChange();
        if (this.confirmed < this.seq) this.schedule();
      };
      tx.onerror = () => this.schedule();
    } catch {
      // The database is closing (page unload): nothing left to confirm.
    }
  }
}
