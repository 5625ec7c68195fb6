import v8 from 'node:v8';
import vm from 'node:vm';
import type { Logger } from '../logger.ts';
import { releaseYoungGeneration } from './startupHeap.ts';

/*
 * Gives back the young generation that starting the server grew, as soon as it has started.
 *
 * While the server starts (modules, schemas, the demo), nearly everything it allocates
 * survives, and V8 doubles its young generation each time: ~9 MiB resident of a 16 MiB
 * reserve, nearly empty once the server runs (docs/operations.md, "Memory"). server/main.ts
 * holds it at its start size while starting (server/memory/startupHeap.ts), so normally there
 * is nothing to give back: this is the check that it stayed so, and the fallback where it did
 * not (a growth factor set on the command line). V8 shrinks the young generation only in a
 * collection that sees a low allocation rate over its last ~5 s, and an idle server does not
 * collect at all: so when it did grow, one minor collection (a scavenge: about a millisecond)
 * is run now and, while it is still grown, again SETTLE_AFTER_MS later; on a quiet server that
 * hands the memory back; on a busy one V8 keeps the size it needs.
 * Capping the young generation with `--max-semi-space-size` instead cost 23-43 % more CPU per
 * delivery under load (docs/benchmarks.md, "Third round").
 */

/** Between tries while the young generation stays grown: V8 judges the allocation rate over ~5 s. */
export const SETTLE_AFTER_MS = 10_000;
/** Tries (the first at once), SETTLE_AFTER_MS apart, while it is still larger than its start size. */
const TRIES = 3;
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

/**
 * Runs one scavenge now; returns the young generation's size before and after. Exported for
 * the test; the server calls settleHeapAfterStart().
 */
export function settleHeapNow(): { before: number; after: number } {
  const before = youngGenerationBytes();
  gc()({ type: 'minor' });
  return { before, after: youngGenerationBytes() };
}

/**
 * Called once the server has started (listening, the demo stored): lets the young generation
 * grow again from now on, then settles it at once and, while it stays grown, later (unref'd
 * timers); logs the outcome of each try.
 */
export function settleHeapAfterStart(log: Logger, retryAfterMs = SETTLE_AFTER_MS, tries = TRIES): void {
  releaseYoungGeneration();
  settle(log, retryAfterMs, tries);
}

function settle(log: Logger, retryAfterMs: number, tries: number): void {
  // Nothing to give back (a start that did not grow it): a scavenge could only grow it.
  const { before, after } = youngGenerationBytes() > SETTLED_BYTES ? settleHeapNow() : { before: youngGenerationBytes(), after: youngGenerationBytes() };
  const mib = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
  // Logged either way: whether V8 shrinks it is its call (a busy server keeps what it uses).
  log.info({ beforeMiB: mib(before), afterMiB: mib(after), gaveBack: after < before }, 'young generation settled');
  if (after > SETTLED_BYTES && tries > 1) {
    const timer = setTimeout(() => settle(log, retryAfterMs, tries - 1), retryAfterMs);
    timer.unref();
  }
}
