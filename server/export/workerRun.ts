import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { ExportAbortedError, ExportFailedError, ExportTimeoutError } from './exportErrors.ts';
import { jobMessages, type ExportJob, type ExportWorkerData, type FromWorker } from './exportJob.ts';

export interface WorkerBudget {
  /** Milliseconds from handing the worker its job to its bytes. */
  timeoutMs: number;
  /** The worker's V8 heap (resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
}

/**
 * Time a fresh worker gets to load its writer (from the TypeScript sources: and register tsx),
 * before its job is handed over.
 * Kept apart from the export's budget: it depends on the machine and its disk cache (0.5-2 s
 * here), not on the board, and a small EXPORT_TIMEOUT_MS must not fail every export.
 */
export const START_BUDGET_MS = 30_000;

/**
 * The worker's entry, beside this module. Built (`npm start`, dist/server/), this code sits in
 * main.js or a chunk of the same flat folder as exportWorker.js, plain JavaScript that a
 * worker runs directly. From the TypeScript sources (tests, `npm run dev`), a worker needs tsx
 * registered first, which exportWorkerBoot.mjs does.
 */
const BUILT = import.meta.url.endsWith('.js');
const ENTRY = new URL(BUILT ? './exportWorker.js' : './exportWorker.ts', import.meta.url);
const BOOT = BUILT ? ENTRY : new URL('./exportWorkerBoot.mjs', import.meta.url);

/** What a failed worker said about itself, for the log (never board content). */
export interface WorkerFailure {
  name: string;
  stack: string[];
}

/**
 * Renders `job` in a fresh worker thread and resolves with its bytes. The worker is always
 * terminated at the end: on success, on a timeout (its JavaScript is interrupted wherever it
 * is), on a crash, out of memory, or when `signal` aborts. `onStarted` runs once the worker
 * has loaded its writer and is handed the job: from then on the export is running, on its budget.
 */
export async function runInWorker(
  job: ExportJob, budget: WorkerBudget, signal: AbortSignal,
  hooks: { onStarted?: () => void; onFailure?: (failure: WorkerFailure) => void } = {},
): Promise<Uint8Array> {
  if (signal.aborted) throw new ExportAbortedError();
  const worker = new Worker(BOOT, {
    workerData: { entry: ENTRY.href, kind: job.kind } satisfies ExportWorkerData,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb },
  });
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  let onAbort = () => {};
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      const fail = (err: Error) => {
        if (settled) return;
        settled = true;
        reject(err);
      };
      const allow = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new ExportTimeoutError(ms)), ms);
      };
      allow(START_BUDGET_MS);
      onAbort = () => fail(new ExportAbortedError());
      signal.addEventListener('abort', onAbort, { once: true });
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          allow(budget.timeoutMs);
          hooks.onStarted?.();
          // A message that cannot be cloned fails this export, never the process.
          post(worker, job, () => settled).catch(() => fail(new ExportFailedError('error')));
        } else if (message.type === 'done' && !settled) {
          settled = true;
          resolve(message.bytes);
        } else if (message.type === 'failed') {
          hooks.onFailure?.({ name: message.name, stack: message.stack });
          fail(new ExportFailedError('error'));
        }
      });
      worker.on('error', (err: Error & { code?: string }) => {
        hooks.onFailure?.({ name: err.code ?? err.name, stack: [] });
        fail(new ExportFailedError(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out_of_memory' : 'crashed'));
      });
      // After a result or an error this changes nothing; before one, the worker died quietly.
      worker.on('exit', () => fail(new ExportFailedError('crashed')));
    });
  } finally {
    settled = true;
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
}

/** Hands the job over one message at a time, letting the event loop run between them. */
async function post(worker: Worker, job: ExportJob, stopped: () => boolean): Promise<void> {
  for (const message of jobMessages(job)) {
    if (stopped()) return;
    worker.postMessage(message);
    await nextTurn();
  }
}
