import { readFileSync } from 'node:fs';

/*
 * What a server process costs, read from /proc (Linux): the bench measures the server as a
 * separate process, so process.cpuUsage() of the bench itself would say nothing about it.
 */

const CLOCK_TICKS = 100; // USER_HZ on Linux; `getconf CLK_TCK` is 100 on every common kernel.

/** User + system CPU seconds the process has used so far; NaN when it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Peak resident memory (VmHWM) in MiB since the process started; NaN when it is gone. */
export function peakRssMiB(pid: number): number {
  return statusKiB(pid, 'VmHWM') / 1024;
}

/** Resident memory now (VmRSS) in MiB. */
export function rssMiB(pid: number): number {
  return statusKiB(pid, 'VmRSS') / 1024;
}

function statusKiB(pid: number, field: string): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}
