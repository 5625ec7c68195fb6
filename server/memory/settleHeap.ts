import v8 from 'node:v8';
import vm from 'node:vm';
import type { Logger } from '../logger.ts';

/*
 * Gives back the young generation that starting the server grew.
 *
 * While the server starts (modules, schemas, the demo), nearly everything it allocates
 * survives, and V8 doubles its young generation each time: ~9 MiB resident of a 16 MiB
 * reserve, nearly empty once the server runs (docs/operations.md, "Memory"). V8 shrinks it only
 * in a garbage collection that sees a low allocation rate over its last ~5 s, and an idle
 * server does not collect at all. So once the server has been up for a while, one minor
 * collection (a scavenge: about a millisecond here) is run: on a quiet server it hands the
 * memory back (~8 MiB of RSS in bench:memory); on a busy one V8 keeps the size it needs.
 * Capping the young generation with `--max-semi-space-size` instead cost 23-43 % more CPU per
 * delivery under load (docs/benchmarks.md, "Third round").
 */

/** Seconds after the start before the first try: V8 judges the allocation rate over ~5 s. */
export const SETTLE_AFTER_MS = 10_000;
/** Tries, SETTLE_AFTER_MS apart, while the young generation is still larger than its start size. */
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
 * the test; the server calls settleHeapLater().
 */
export function settleHeapNow(): { before: number; after: number } {
  const before = youngGenerationBytes();
  gc()({ type: 'minor' });
  return { before, after: youngGenerationBytes() };
}

/**
 * Schedules settleHeapNow() SETTLE_AFTER_MS from now, and again while it did not settle
 * (unref'd timers); logs what it gave back.
 */
export function settleHeapLater(log: Logger, afterMs = SETTLE_AFTER_MS, tries = TRIES): void {
  const timer = setTimeout(() => {
    // Nothing to give back (a start that did not grow it): a scavenge could only grow it.
    const { before, after } = youngGenerationBytes() > SETTLED_BYTES ? settleHeapNow() : { before: youngGenerationBytes(), after: youngGenerationBytes() };
    const mib = (bytes: number) => Math.round(bytes / 104_857.6) / 10;
    // Logged either way: whether V8 shrinks it is its call (a busy server keeps what it uses).
    log.info({ beforeMiB: mib(before), afterMiB: mib(after), gaveBack: after < before }, 'young generation settled');
    if (after > SETTLED_BYTES && tries > 1) settleHeapLater(log, afterMs, tries - 1);
  }, afterMs);
  timer.unref();
}
