// Bench-only probe, preloaded into Werkbord's server process:
//   npm run bench:sync -- --werkbord-node-flag=--import=./tests/bench/sync/serverProbe.mjs …
// Every 3 s while board updates are stored it prints to stderr: the event-loop delay
// (perf_hooks.monitorEventLoopDelay, 5 ms resolution), the board commits (`appendUpdates`
// transactions: how many, updates per commit, their duration), the process's CPU and the
// largest size of werkbord.db-wal seen. Nothing of it runs in a normal server.
import { createHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const Database = createRequire(import.meta.url)('better-sqlite3');
const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
const commit = createHistogram();
let commits = 0;
let updates = 0;
let commitNs = 0;
// Times every transaction function that is called with a batch of { docName, updates }.
const transaction = Database.prototype.transaction;
Database.prototype.transaction = function timed(fn) {
  const run = transaction.call(this, fn);
  return function (...args) {
    const start = process.hrtime.bigint();
    try {
      return run.apply(this, args);
    } finally {
      const batch = args[0];
      if (Array.isArray(batch) && batch[0]?.updates) {
        const ns = Number(process.hrtime.bigint() - start);
        commit.record(Math.max(1, ns));
        commits++;
        commitNs += ns;
        for (const entry of batch) updates += entry.updates.length;
      }
    }
  };
};
const wal = join(process.env.DATA_DIR ?? '.', 'werkbord.db-wal');
let walMax = 0;
const started = Date.now();
let cpu = process.cpuUsage();
setInterval(() => {
  try { walMax = Math.max(walMax, statSync(wal).size); } catch { /* no log yet */ }
}, 100).unref();
setInterval(() => {
  if (commits === 0) { eld.reset(); return; }
  const used = process.cpuUsage(cpu);
  cpu = process.cpuUsage();
  const ms = (ns) => (ns / 1e6).toFixed(2);
  const us = (ns) => (ns / 1e3).toFixed(0);
  process.stderr.write(`[probe ${process.env.PROBE_TAG ?? ''} t=${((Date.now() - started) / 1000).toFixed(0)}s] `
    + `event-loop delay p50 ${ms(eld.percentile(50))} p99 ${ms(eld.percentile(99))} max ${ms(eld.max)} ms | `
    + `commits ${commits}, updates ${updates} (${(updates / commits).toFixed(2)} per commit), commit p50 ${us(commit.percentile(50))} p99 ${us(commit.percentile(99))} max ${us(commit.max)} µs, `
    + `${us(commitNs / updates)} µs per update | CPU ${((used.user + used.system) / 1e3).toFixed(0)} ms | WAL max ${(walMax / 1024).toFixed(0)} KiB\n`);
  eld.reset(); commit.reset(); commits = 0; updates = 0; commitNs = 0; walMax = 0;
}, 3000).unref();
