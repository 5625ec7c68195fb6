import v8 from 'node:v8';
import vm from 'node:vm';
import type { Logger } from '../logger.ts';
import { releaseYoungGeneration } from './startupHeap.ts';

/*
 * Gives back the young generation that starting the server, or a burst of work later, grew.
 *
 * While the server starts (modules, schemas, the demo), nearly everything it allocates
 * survives, and V8 doubles its young generation each time: ~9 MiB resident of a 16 MiB
 * reserve, nearly empty once the server runs (docs/operations.md, "Memory"). server/main.ts
 * holds it at its start size while starting (server/memory/startupHeap.ts), so normally there
 * is nothing to give back right after the start: this checks that it stayed so. A burst later
 * (a hundred boards opened at once) grows it the same way, and V8 shrinks it only in a
 * collection that sees a low allocation rate over its last ~5 s, while an idle server does not
 * collect at all. So whenever it is larger than its start size, every SETTLE_AFTER_MS one
 * minor collection (a scavenge: about a millisecond, of a young generation that is mostly
 * empty) is run: on a quiet server V8 then hands the memory back; on a busy one it keeps the
 * size it needs, and the scavenge is one more among the many that load runs anyway.
 * Capping the young generation with `--max-semi-space-size` instead cost 23-43 % more CPU per
 * delivery under load (docs/benchmarks.md, "Third round").
 */

/** Between checks: V8 judges the allocation rate over ~5 s. */
export const SETTLE_AFTER_MS = 10_000;
/** V8's young generation at its start size (one semi-space of 1 MiB, as V8 11 reserves it). */
const SETTLED_BYTES = 2 * 1024 * 1024;

type Gc = (options?: { type?: 'minor' | 'major' }) => void;
let gcFunction: Gc | undefined;

/**
 * V8's `gc` function without `--expose-gc` on the command line: the flag set at run time holds
 * for contexts made afterwards, and the function of a fresh context collects the whole heap of
 * the isolate. The main context gets no global `gc`.
 */
function gc(): Gc {
  if (!gcFunction) {
    v8.setFlagsFromString('--expose-gc');
    gcFunction = vm.runInNewContext('gc') as Gc;
    v8.setFlagsFromString('--no-expose-gc');
  }
  return gcFunction;
}

/** The young generation's reserved size now, in bytes. */
export function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
}

/** Runs one scavenge now; returns the young generation's size before and after. */
function settleHeapNow(): { before: number; after: number } {
  const before = youngGenerationBytes();
  gc()({ type: 'minor' });
  return { before, after: youngGenerationBytes() };
}

/**
 * Called once the server has started (listening, the demo stored): lets the young generation
 * grow again from now on, settles it at once (logged either way), then checks it every
 * `everyMs` (an unref'd timer; logged when it gave memory back). Returns a stop function.
 */
export function settleHeapAfterStart(log: Logger, everyMs = SETTLE_AFTER_MS): () => void {
  releaseYoungGeneration();
  const started = settle();
  // Logged either way: whether V8 shrinks it is its call (a busy server keeps what it uses).
  log.info({ ...started, when: 'started' }, 'young generation settled');
  const timer = setInterval(() => {
    const later = settle();
    if (later.gaveBack) log.info({ ...later, when: 'quiet' }, 'young generation settled');
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** One scavenge when the young generation is larger than its start size: a scavenge of a start-size one can only grow it. */
function settle(): { beforeMiB: number; afterMiB: number; gaveBack: boolean } {
  const { before, after } = youngGenerationBytes() > SETTLED_BYTES ? settleHeapNow() : { before: youngGenerationBytes(), after: youngGenerationBytes() };
  const mib = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
  return { beforeMiB: mib(before), afterMiB: mib(after), gaveBack: after < before };
}
