import type { RunResult } from './run.ts';
import type { Summary } from './stats.ts';

/*
 * The side-by-side table of one scenario: a row per figure, a column per server, then the
 * ratios Werkbord/stock and Werkbord/Hocuspocus (below 1 is better for Werkbord wherever the
 * figure is a cost).
 */

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : v.toFixed(0)) : '–');
const num = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a / b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–');

interface Row {
  label: string;
  value: (r: RunResult) => number | undefined;
  show: (v: number) => string;
  /** Ratios make no sense for counts. */
  ratio?: boolean;
}

const lat = (pick: (r: RunResult) => Summary | undefined, key: keyof Summary, label: string): Row => ({
  label, value: (r) => pick(r)?.[key], show: ms, ratio: true,
});

const EDIT_ROWS: Row[] = [
  { label: 'laptops connected', value: (r) => r.connected, show: (v) => num(v) },
  { label: 'reconnects while editing', value: (r) => r.reconnects, show: (v) => num(v) },
  { label: 'edits sent', value: (r) => r.sent, show: (v) => num(v) },
  { label: 'deliveries expected', value: (r) => r.expected, show: (v) => num(v) },
  { label: 'deliveries received', value: (r) => r.delivered, show: (v) => num(v) },
  lat((r) => r.latency, 'p50', 'fan-out p50 ms'),
  lat((r) => r.latency, 'p95', 'fan-out p95 ms'),
  lat((r) => r.latency, 'p99', 'fan-out p99 ms'),
  lat((r) => r.latency, 'max', 'fan-out max ms'),
  { label: 'server CPU s (editing)', value: (r) => r.cpu, show: (v) => num(v, 2), ratio: true },
  { label: 'CPU µs per delivery', value: (r) => (r.cpu / r.delivered) * 1e6, show: (v) => num(v, 1), ratio: true },
  { label: 'peak RSS MiB', value: (r) => r.peakRssMiB, show: (v) => num(v), ratio: true },
  { label: 'wire B per delivery (down)', value: (r) => r.downPerDelivery, show: (v) => num(v), ratio: true },
  { label: 'wire B per edit (up)', value: (r) => r.upPerEdit, show: (v) => num(v), ratio: true },
  { label: 'generator load (cores)', value: (r) => r.generatorLoad, show: (v) => num(v, 2) },
  { label: 'machine load average', value: (r) => r.loadAverage, show: (v) => num(v, 1) },
];

const JOIN_ROWS: Row[] = [
  { label: 'laptops connected', value: (r) => (r.laptops > 0 ? r.connected : undefined), show: (v) => num(v) },
  lat((r) => (r.laptops > 0 ? r.join : undefined), 'p50', 'join p50 ms'),
  lat((r) => (r.laptops > 0 ? r.join : undefined), 'p95', 'join p95 ms'),
  lat((r) => (r.laptops > 0 ? r.join : undefined), 'p99', 'join p99 ms'),
  lat((r) => (r.laptops > 0 ? r.join : undefined), 'max', 'join max ms'),
  { label: 'server CPU s (joining)', value: (r) => (r.laptops > 0 ? r.joinCpu : undefined), show: (v) => num(v, 2), ratio: true },
  { label: 'board bytes (seeded)', value: (r) => r.boardBytes, show: (v) => num(v) },
  lat((r) => r.lateJoin, 'p50', 'late joiner p50 ms'),
  lat((r) => r.lateJoin, 'p95', 'late joiner p95 ms'),
  lat((r) => r.lateJoin, 'max', 'late joiner max ms'),
  { label: 'peak RSS MiB', value: (r) => r.peakRssMiB, show: (v) => num(v), ratio: true },
  { label: 'machine load average', value: (r) => r.loadAverage, show: (v) => num(v, 1) },
];

/** The table of one scenario as Markdown (it reads as plain text too). */
export function formatTable(title: string, results: RunResult[], joinOnly: boolean): string {
  const rows = joinOnly ? JOIN_ROWS : [...EDIT_ROWS, ...JOIN_ROWS.filter((r) => r.label.startsWith('late') || r.label.startsWith('board') || r.label.startsWith('server CPU s (join'))];
  const werkbord = results.find((r) => r.server === 'Werkbord');
  const stock = results.find((r) => r.server === 'stock');
  const hocus = results.find((r) => r.server === 'Hocuspocus');
  const header = ['', ...results.map((r) => r.server), 'W/stock', 'W/Hocuspocus'];
  const lines = [`### ${title}`, '', `| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const row of rows) {
    const values = results.map((r) => row.value(r));
    if (values.every((v) => v === undefined)) continue;
    const w = werkbord && row.value(werkbord);
    const cells = [
      row.label,
      ...values.map((v) => (v === undefined ? '–' : row.show(v))),
      row.ratio && w !== undefined && stock ? ratio(w, row.value(stock) ?? NaN) : '',
      row.ratio && w !== undefined && hocus ? ratio(w, row.value(hocus) ?? NaN) : '',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  // Why laptop sockets closed mid-run (the close code and reason the laptop saw; 1006: cut
  // without a close frame), so that a reconnect can be told from a server's refusal.
  const closes = results.filter((r) => Object.keys(r.closes ?? {}).length > 0)
    .map((r) => `${r.server}: ${Object.entries(r.closes).map(([why, n]) => `${n} × ${why}`).join(', ')}`);
  if (closes.length > 0) lines.push('', `Laptop sockets closed while editing: ${closes.join('; ')}`);
  return `${lines.join('\n')}\n`;
}
