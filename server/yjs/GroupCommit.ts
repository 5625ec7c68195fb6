import type { Storage } from '../storage/Storage.ts';

/*
 * Group commit: the updates that every board document wants stored in one turn of the event
 * loop are written in one storage transaction, after the I/O of that turn (setImmediate), and
 * each document's write resolves once that transaction is durable. Updates are still stored
 * before they are broadcast; what is saved is a commit and a promise hop per update. A storage
 * without `appendUpdates` gets the updates one by one, as before.
 */

interface Waiting {
  docName: string;
  updates: Uint8Array[];
  resolve: (lastSeq: number) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly storage: Storage) {}

  /** Appends `updates` of `docName` in order; resolves with the last one's sequence number. */
  append(docName: string, updates: Uint8Array[]): Promise<number> {
    if (!this.storage.appendUpdates) return this.oneByOne(docName, updates);
    return new Promise((resolve, reject) => {
      this.waiting.push({ docName, updates, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.commit());
    });
  }

  private async commit(): Promise<void> {
    this.scheduled = false;
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

/** The group commit of one storage, shared by all its documents. */
export function groupCommitOf(storage: Storage): GroupCommit {
  let commit = commits.get(storage);
  if (!commit) {
    commit = new GroupCommit(storage);
    commits.set(storage, commit);
  }
  return commit;
}
