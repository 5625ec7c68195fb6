import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/*
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that
 * pushes the log past 1,000 pages: on the main thread, copying ~4 MiB into the database file
 * and fsyncing it, about once a second at conference load (5–7 ms each on a quiet machine, tens
 * of ms when the disk is shared), and every broadcast waits for it. Here a worker thread with
 * its own connection runs `wal_checkpoint(PASSIVE)` whenever the main connection has committed
 * `everyCommits` times since the last one; the main connection's own automatic checkpoint
 * stays on, set far higher, as a backstop should the worker stop or fall behind.
 *
 * Bounded: a passive checkpoint copies every frame that no reader needs; the main connection
 * holds no read transaction between turns of the event loop, so the worker catches up (it
 * repeats while frames were added during its run) and the next write then starts the log from
 * its beginning again (SQLite's WAL reset), truncated to `journal_size_limit`.
 * Durable: a checkpoint only copies what is already committed in the log; a kill -9 at any
 * point leaves the log and the database file as SQLite's own checkpoint would (the log is
 * synced before any page is copied, the database file before the log is reused).
 */

/** The worker, plain JavaScript evaluated in its thread (no separate file: it runs the same from the sources and the build). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = ' + workerData.synchronous);
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  let result = { busy: 0, log: 0, checkpointed: 0 };
  let rounds = 0;
  try {
    // Frames the main thread committed during a round are copied by the next one; rounds
    // repeat while they copy anything (each has less to copy: a round that finds nothing new
    // costs no sync), so that the log is all copied at some moment and the next write starts
    // it again. A writer that never pauses leaves it to the backstop.
    let before = -1;
    do {
      before = result.checkpointed;
      result = db.pragma('wal_checkpoint(PASSIVE)')[0];
      rounds++;
    } while (result.busy === 0 && result.checkpointed < result.log && result.checkpointed !== before && rounds < 32);
    parentPort.postMessage({ ...result, rounds });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err) });
  }
});
`;

export interface CheckpointResult {
  /** 1 when another checkpoint (e.g. a delete's purge) held the log. */
  busy: number;
  /** Frames in the log and how many of them are in the database file now. */
  log: number;
  checkpointed: number;
  rounds: number;
}

export interface WalCheckpointerOptions {
  file: string;
  synchronous: 'NORMAL' | 'FULL';
  /** Commits between two checkpoints. */
  everyCommits: number;
  /** Told when the worker fails or stops; the main connection's own checkpoint takes over. */
  onFailure: (err: unknown) => void;
}

export class WalCheckpointer {
  private readonly worker: Worker;
  private commits = 0;
  private running = false;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];
  /** Checkpoints the worker ran (each of one or more rounds), for tests and logs. */
  checkpoints = 0;
  last: CheckpointResult | undefined;

  constructor(private readonly options: WalCheckpointerOptions) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: options.file, driver, synchronous: options.synchronous },
    });
    // Never what keeps the process alive: closing the storage stops it explicitly.
    this.worker.unref();
    this.worker.on('message', (message: CheckpointResult | { error: string }) => {
      this.running = false;
      if ('error' in message) this.options.onFailure(new Error(message.error));
      else {
        this.checkpoints++;
        this.last = message;
      }
      if (this.commits >= this.options.everyCommits) this.start();
      else for (const resolve of this.idleWaiters.splice(0)) resolve();
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fail(new Error(`the WAL checkpoint worker exited (${code})`));
    });
  }

  /** Counts one commit of the main connection; starts a checkpoint every `everyCommits`. */
  noteCommit(): void {
    this.commits++;
    if (this.commits >= this.options.everyCommits && !this.running && !this.stopped) this.start();
  }

  /** Checkpoints now (unless one runs) and settles when the worker has nothing left to do. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (!this.running) this.start();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Closes the worker's connection and ends the thread. */
  async close(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise<void>((resolve) => this.worker.once('exit', () => resolve()));
    // Referenced again, or a process with nothing else to do would end before the thread did.
    this.worker.ref();
    this.worker.postMessage('close');
    await exited;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private start(): void {
    this.commits = 0;
    this.running = true;
    this.worker.postMessage('checkpoint');
  }

  private fail(err: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.running = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    this.options.onFailure(err);
  }
}
