import type { Storage } from '../storage/Storage.ts';

/*
 * Group commit: the updates that every board document wants stored in one turn of the event
 * loop are written in one storage transaction, after the I/O of that turn (setImmediate), and
 * each document's write resolves once that transaction is durable. Updates are still stored
 * before they are broadcast; what is saved is a commit and a promise hop per update. A storage
 * without `appendUpdates` gets the updates one by one, as before.
 *
 * The commit window: at conference load the updates of one turn are mostly one (320 laptops
 * typing at 1 edit/s are 320 turns a second), so each paid a whole SQLite commit, the largest
 * single cost per edit in the profile (docs/benchmarks.md). When a commit began less than
 * `windowMs` ago, the next one waits until `windowMs` after it and takes everything that
 * arrived meanwhile: at most one commit per window while busy, none delayed when idle (the
 * first update after a quiet spell is committed in the next turn, as before).
 */

interface Waiting {
  docName: string;
  updates: Uint8Array[];
  resolve: (lastSeq: number) => void;
  reject: (err: unknown) => void;
}

export interface GroupCommitOptions {
  /** Milliseconds between the starts of two commits at most while updates keep coming; 0: none. */
  windowMs?: number;
  /** The clock (milliseconds), for tests. */
  now?: () => number;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;
  private lastCommitAt = Number.NEGATIVE_INFINITY;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(private readonly storage: Storage, options: GroupCommitOptions = {}) {
    this.windowMs = options.windowMs ?? 0;
    this.now = options.now ?? (() => performance.now());
  }

  /** Appends `updates` of `docName` in order; resolves with the last one's sequence number. */
  append(docName: string, updates: Uint8Array[]): Promise<number> {
    if (!this.storage.appendUpdates) return this.oneByOne(docName, updates);
    return new Promise((resolve, reject) => {
      this.waiting.push({ docName, updates, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      const wait = this.lastCommitAt + this.windowMs - this.now();
      if (this.windowMs > 0 && wait > 0) setTimeout(() => void this.commit(), wait);
      else setImmediate(() => void this.commit());
    });
  }

  private async commit(): Promise<void> {
    this.scheduled = false;
    this.lastCommitAt = this.now();
    const batch = this.waiting;
    this.waiting = [];
    try {
      const seqs = await this.storage.appendUpdates!(batch.map(({ docName, updates }) => ({ docName, updates })));
      batch.forEach((w, i) => w.resolve(seqs[i]!));
    } catch (err) {
      // All or none: every document keeps its updates queued and retries (StoreQueue).
      for (const w of batch) w.reject(err);
    }
  }

  private async oneByOne(docName: string, updates: Uint8Array[]): Promise<number> {
    let seq = 0;
    for (const update of updates) seq = await this.storage.appendUpdate(docName, update);
    return seq;
  }
}

const commits = new WeakMap<Storage, GroupCommit>();

/** The group commit of one storage, shared by all its documents (no commit window). */
export function groupCommitOf(storage: Storage): GroupCommit {
  let commit = commits.get(storage);
  if (!commit) {
    commit = new GroupCommit(storage);
    commits.set(storage, commit);
  }
  return commit;
}
