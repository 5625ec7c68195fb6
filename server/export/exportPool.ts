import { EventEmitter } from 'node:events';
import type { Logger } from '../logger.ts';
import { ExportAbortedError, ExportBusyError, ExportFailedError, ExportTimeoutError } from './exportErrors.ts';
import type { ExportJob } from './exportJob.ts';
import { runInWorker, type WorkerBudget } from './workerRun.ts';

export interface ExportPoolOptions extends WorkerBudget {
  /** Exports rendered at once, each in its own worker thread (EXPORT_WORKERS). */
  workers: number;
  /** Exports that may wait for a worker; past workers + queue the pool refuses (EXPORT_QUEUE). */
  queue: number;
  log: Logger;
}

/** Seconds a refused client is asked to wait (`Retry-After`): about one export of a full board here. */
export const BUSY_RETRY_AFTER_S = 10;

/** What the pool is doing, for tests and benchmarks that must wait for a state, not sleep. */
export interface ExportPoolEvents {
  /** An export waits for a worker. */
  queued: [];
  /** A worker holds its job: the export is running. */
  started: [];
  /** An export ended, with bytes or with an error. */
  settled: [];
}

interface Waiter {
  go: () => void;
}

/**
 * Runs the heavy exports (pdf, docx, board svg) off the main thread, so that one export of a
 * full board cannot stall board sync and every other request: at most `workers` at once, each
 * in a fresh worker thread with a time and a memory budget, up to `queue` more waiting in
 * order, and a clear refusal (ExportBusyError) past that. A worker that times out, crashes or
 * runs out of memory is stopped; the server carries on.
 */
export class ExportPool extends EventEmitter<ExportPoolEvents> {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Aborts everything on close(). */
  private readonly closing = new AbortController();

  constructor(private readonly options: ExportPoolOptions) {
    super();
  }

  /**
   * Waits for a worker (or refuses at once when the queue is full), then calls `load` (the
   * main thread's part: read the boards) and renders what it returns in a worker. Loading
   * waits its turn too, so queued exports hold no board data.
   */
  async run(load: () => Promise<ExportJob>, signal?: AbortSignal): Promise<Uint8Array> {
    const { workers, queue, timeoutMs, memoryMb, log } = this.options;
    if (this.running + this.waiting.length >= workers + queue) throw new ExportBusyError(BUSY_RETRY_AFTER_S);
    const { signal: aborted, dispose } = this.linked(signal);
    try {
      await this.turn(aborted);
    } catch (err) {
      dispose();
      throw err;
    }
    const start = performance.now();
    let kind = '';
    try {
      const job = await load();
      kind = job.kind;
      const bytes = await runInWorker(job, { timeoutMs, memoryMb }, aborted, {
        onStarted: () => this.emit('started'),
        onFailure: (failure) => log.error({ kind, worker: failure }, 'export worker failed'),
      });
      log.info({ kind, ms: Math.round(performance.now() - start), bytes: bytes.byteLength }, 'export rendered');
      return bytes;
    } catch (err) {
      const ms = Math.round(performance.now() - start);
      if (err instanceof ExportTimeoutError) log.warn({ kind, ms, budgetMs: err.budgetMs }, 'export stopped: over its time budget');
      if (err instanceof ExportFailedError) log.error({ kind, ms, reason: err.reason, memoryMb }, 'export failed');
      throw err;
    } finally {
      dispose();
      this.running--;
      this.next();
      this.emit('settled');
    }
  }

  /**
   * A signal that aborts with `signal` or on close(). By hand rather than AbortSignal.any: on
   * Node 20 signals combined with a long-lived one are reported to be kept too long.
   */
  private linked(signal: AbortSignal | undefined): { signal: AbortSignal; dispose: () => void } {
    const controller = new AbortController();
    const abort = () => controller.abort();
    if (signal?.aborted || this.closing.signal.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
    this.closing.signal.addEventListener('abort', abort, { once: true });
    return {
      signal: controller.signal,
      dispose: () => {
        signal?.removeEventListener('abort', abort);
        this.closing.signal.removeEventListener('abort', abort);
      },
    };
  }

  /** Exports running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Stops every running export and refuses the waiting ones (on shutdown). */
  close(): void {
    this.closing.abort();
  }

  /** Resolves once this export may run (it then counts as running); rejects if it is aborted first. */
  private turn(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(new ExportAbortedError());
    if (this.running < this.options.workers && this.waiting.length === 0) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        go: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(new ExportAbortedError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
      this.emit('queued');
    });
  }

  private next(): void {
    if (this.running >= this.options.workers) return;
    const waiter = this.waiting.shift();
    if (!waiter) return;
    this.running++;
    waiter.go();
  }
}
