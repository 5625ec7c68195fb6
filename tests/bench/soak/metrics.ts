import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Latencies of one reporting window (ms), and percentiles over it. */
export class LatencyWindow {
  private values: number[] = [];
  private all: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  /** The window's p50/p99 and count; starts a new window. */
  take(): { p50: number; p99: number; count: number } {
    const sorted = this.values.sort((a, b) => a - b);
    this.all.push(...sorted);
    this.values = [];
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), count: sorted.length };
  }

  /** Over the whole run. */
  overall(): { p50: number; p99: number; count: number } {
    const sorted = [...this.all, ...this.values].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), count: sorted.length };
  }
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Resident memory of a process, in MiB. */
export function rssMiB(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return NaN; // the process is gone
  }
}

/** Bytes of the database files (the main file, its WAL and shared memory) in the data folder. */
export function databaseMiB(dataDir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dataDir)) {
    if (/\.db(-wal|-shm)?$/.test(name)) bytes += statSync(join(dataDir, name)).size;
  }
  return bytes / 2 ** 20;
}

export const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
