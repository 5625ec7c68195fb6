import type { Storage } from '../storage/Storage.ts';
import type { Logger } from '../logger.ts';
import type { BoardHookChain } from './boardHooks.ts';
import { GroupCommit } from './GroupCommit.ts';
import { SharedDoc } from './SharedDoc.ts';

export interface DocManagerOptions {
  storage: Storage;
  log: Logger;
  /** Milliseconds a document stays loaded after its last socket left. */
  unloadAfterMs: number;
  /** The board channel's extensions (boardHooks.ts). */
  hooks: BoardHookChain;
  /** How long a socket's not-yet-applicable structs may wait (server/yjs/pendingUpdates.ts). */
  pendingMs?: number;
  /** The commit window of the group commit (GroupCommit.ts); 0 or unset: none. */
  commitWindowMs?: number;
}

/** A reference that keeps a document loaded with no socket in its room (see `hold`). */
export interface DocHold {
  doc: SharedDoc;
  /** Lets the document unload again (once nothing else holds it); safe to call twice. */
  release(): void;
}

/**
 * Loads each board document on its first use and unloads it (after storing a compacted copy)
 * a while after its last socket left. Concurrent first connections share one load.
 */
export class DocManager {
  private readonly docs = new Map<string, Promise<SharedDoc>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  /** Holds per document name; a held document is not unloaded. */
  private readonly holds = new Map<string, number>();
  /** Documents whose updates cannot be stored right now (see StoreQueue). */
  private readonly failing = new Set<string>();

  /** One group commit for every document of this manager. */
  private readonly commit: GroupCommit;

  constructor(private readonly options: DocManagerOptions) {
    this.commit = new GroupCommit(options.storage, { windowMs: options.commitWindowMs });
  }

  /** The loaded document `name`, loading it if needed; cancels a pending unload. */
  get(name: string): Promise<SharedDoc> {
    this.cancelUnload(name);
    let loading = this.docs.get(name);
    if (!loading) {
      const { storage, log, hooks, pendingMs } = this.options;
      const doc = new SharedDoc(name, storage, log, {
        hooks,
        pendingMs,
        commit: this.commit,
        onHealth: (d, failing) => {
          if (failing) this.failing.add(d.name);
          else this.failing.delete(d.name);
        },
      });
      // beforeLoad first: updates another process stores while the log is read must reach
      // this document too (applying one twice does nothing).
      loading = hooks.beforeLoad(doc).then(() => doc.load()).then(() => doc);
      // A failed load must not stay cached, or the room would stay broken until a restart.
      loading.catch(() => this.docs.delete(name));
      this.docs.set(name, loading);
    }
    return loading;
  }

  /** The document if it is loaded, without loading it. */
  async peek(name: string): Promise<SharedDoc | undefined> {
    return this.docs.get(name);
  }

  /**
   * Loads `name` and keeps it loaded until the hold is released, e.g. while a plenary screen
   * watches the workshop: without it, every group whose laptops went quiet would be unloaded
   * and loaded again on each snapshot.
   */
  async hold(name: string): Promise<DocHold> {
    this.holds.set(name, (this.holds.get(name) ?? 0) + 1);
    let doc: SharedDoc;
    try {
      doc = await this.get(name);
    } catch (err) {
      this.dropHold(name);
      throw err;
    }
    let released = false;
    return {
      doc,
      release: () => {
        if (released) return;
        released = true;
        this.dropHold(name);
        this.release(doc);
      },
    };
  }

  private dropHold(name: string): void {
    const left = (this.holds.get(name) ?? 1) - 1;
    if (left > 0) this.holds.set(name, left);
    else this.holds.delete(name);
  }

  private inUse(doc: SharedDoc): boolean {
    return doc.connections.size > 0 || this.holds.has(doc.name);
  }

  /** Call when a socket left: unloads the document once nobody is left for a while. */
  release(doc: SharedDoc): void {
    if (this.inUse(doc)) return;
    this.cancelUnload(doc.name);
    const timer = setTimeout(() => void this.unload(doc.name), this.options.unloadAfterMs);
    timer.unref();
    this.unloadTimers.set(doc.name, timer);
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer) clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private async unload(name: string): Promise<void> {
    this.unloadTimers.delete(name);
    const doc = await this.docs.get(name);
    if (!doc || this.inUse(doc)) return;
    this.docs.delete(name);
    this.failing.delete(name);
    await doc.destroy();
    await this.options.hooks.afterUnload(doc);
    this.options.log.debug({ doc: name }, 'document unloaded');
  }

  /** Unloads every document whose name starts with `prefix` (e.g. a deleted workshop). */
  async closeWhere(prefix: string, code?: number): Promise<void> {
    const names = [...this.docs.keys()].filter((n) => n.startsWith(prefix));
    await Promise.all(names.map(async (name) => {
      this.cancelUnload(name);
      const doc = await this.docs.get(name);
      this.docs.delete(name);
      this.failing.delete(name);
      if (!doc) return;
      await doc.destroy(code);
      await this.options.hooks.afterUnload(doc);
    }));
  }

  /** Stores and frees every document: used on shutdown. */
  async closeAll(): Promise<void> {
    await this.closeWhere('');
  }

  /** True while some document cannot store its updates: /healthz answers `degraded`. */
  get degraded(): boolean {
    return this.failing.size > 0;
  }

  get loadedCount(): number {
    return this.docs.size;
  }
}
