import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionPointsOf } from '../../shared/board/actionPoints.ts';
import { addNote, moveItem } from '../../shared/board/notes.ts';
import { itemsOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer } from '../helpers/childServer.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { drawLargestBoard, LARGEST_CASE_TEXT } from '../helpers/largestBoard.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/**
 * `npm run bench:exports` (issue 8, finding 7): does an export stall the server? Starts the
 * server as its own process (so that a stalled server cannot slow the measuring side as
 * well), draws BENCH_BOARDS (5) of the largest boards the limits allow through stock
 * y-websocket clients, one per workshop, and measures, idle and then while one PDF export of
 * each workshop runs at once:
 *  - /healthz: request → response, one request at a time, every 20 ms;
 *  - a board round trip: one stock client moves a note, the time until a second stock client
 *    on the same board sees it, every 20 ms;
 *  - each export's wall time and status.
 * The export settings come from the environment (EXPORT_WORKERS, EXPORT_QUEUE, …; EXPORT_QUEUE
 * defaults to 8 here as in the server, so all five are accepted). Prints figures only.
 */
const BOARDS = Number(process.env.BENCH_BOARDS ?? 5);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 5);
const PROBE_EVERY_MS = 20;
const local: ChangeOrigin = { kind: 'local' };

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-bench-'));
const server = await startChildServer(dataDir, { LOG_LEVEL: 'error', RATE_LIMIT_CREATE_PER_MIN: '0' });
const clients: BoardClient[] = [];

/**
 * One request on a connection of its own (no keep-alive): a server that stalls for seconds
 * would otherwise close an idle pooled socket just as it is reused, and a probe would fail
 * instead of measuring the stall.
 */
function request(path: string, options: { method?: string; token?: string; json?: unknown } = {}): Promise<{ status: number; body: Buffer }> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  const headers: Record<string, string> = {};
  if (body) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method: options.method ?? 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function createWorkshop(title: string): Promise<WorkshopCreated> {
  const res = await request('/api/workshops', { method: 'POST', json: { title, groups: ['Vol bord'], template: 'blank' } });
  if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${res.body.toString()}`);
  return JSON.parse(res.body.toString()) as WorkshopCreated;
}

/** A workshop with one largest board, drawn by a stock client that stays connected (laptops open). */
async function fullWorkshop(i: number): Promise<WorkshopCreated> {
  const workshop = await createWorkshop(`Vol ${i + 1}`);
  const group = workshop.groups[0]!.id;
  const facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
  await facilitator.send('actionStep:set', { open: true });
  facilitator.close();
  const board = connectBoard(server.wsUrl, workshop.id, group, workshop.tokens.participants[group]);
  clients.push(board);
  await board.synced;
  await waitForDoc(board.doc, (d) => actionPointsOf(d).has('0') && actionPointsOf(d).has('1'));
  // The case card is the facilitator's: through its REST route, the rest as a participant.
  const card = await request(`/api/workshops/${workshop.id}/groups/${group}/case`, {
    method: 'PUT', token: workshop.tokens.facilitator, json: { text: LARGEST_CASE_TEXT },
  });
  if (card.status !== 200) throw new Error(`case card: ${card.status} ${card.body.toString()}`);
  drawLargestBoard(board.doc, { batch: 300, caseCard: false });
  // What the server holds, as a fresh client receives it.
  const check = connectBoard(server.wsUrl, workshop.id, group, workshop.tokens.participants[group]);
  await check.synced;
  const items = itemsOf(check.doc).size;
  check.destroy();
  if (items !== 5000) process.stdout.write(`  warning: workshop ${i + 1} holds ${items} items, not 5000\n`);
  return workshop;
}

interface Probe {
  samples: number[];
  stop(): Promise<void>;
}

/** Runs `once` back to back with a pause of PROBE_EVERY_MS, recording each duration. */
function probe(once: () => Promise<void>): Probe {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await once();
      samples.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  return { samples, stop: async () => { running = false; await loop; } };
}

async function healthz(): Promise<void> {
  await request('/healthz');
}

/** Two stock clients on a small board; a round trip is one move seen by the other client. */
async function roundTrip(): Promise<() => Promise<void>> {
  const workshop = await createWorkshop('Klein');
  const group = workshop.groups[0]!.id;
  const token = workshop.tokens.participants[group];
  const [a, b] = [connectBoard(server.wsUrl, workshop.id, group, token), connectBoard(server.wsUrl, workshop.id, group, token)];
  clients.push(a, b);
  await Promise.all([a.synced, b.synced]);
  const id = addNote(a.doc, { x: 0, y: 0, text: 'meting' }, local);
  await waitForDoc(b.doc, (d) => itemsOf(d).has(id));
  let x = 0;
  return async () => {
    const target = ++x;
    moveItem(a.doc, id, target, 0, local);
    await waitForDoc(b.doc, (d) => itemsOf(d).get(id)?.get('x') === target);
  };
}

function stats(samples: number[]): string {
  const sorted = [...samples].sort((p, q) => p - q);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return `n=${sorted.length}  p50 ${ms(pct(50))}  p99 ${ms(pct(99))}  max ${ms(sorted.at(-1) ?? NaN)}`;
}

/** Peak resident memory of the server process (VmHWM), in MiB. */
function serverPeakMiB(): number {
  const line = readFileSync(`/proc/${server.child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  return Math.round(Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024);
}

try {
  const setupStart = performance.now();
  const workshops: WorkshopCreated[] = [];
  for (let i = 0; i < BOARDS; i++) workshops.push(await fullWorkshop(i));
  const move = await roundTrip();
  const out = [
    `export load: ${BOARDS} workshops, each one largest allowed board (5,000 items, notes at the size cap), drawn in ${((performance.now() - setupStart) / 1000).toFixed(0)} s`,
    `  EXPORT_WORKERS=${process.env.EXPORT_WORKERS ?? '(default)'} EXPORT_QUEUE=${process.env.EXPORT_QUEUE ?? '(default)'} EXPORT_TIMEOUT_MS=${process.env.EXPORT_TIMEOUT_MS ?? '(default)'} EXPORT_MEMORY_MB=${process.env.EXPORT_MEMORY_MB ?? '(default)'}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);

  let health = probe(healthz);
  let trips = probe(move);
  await new Promise((resolve) => setTimeout(resolve, IDLE_SECONDS * 1000));
  await Promise.all([health.stop(), trips.stop()]);
  const idle = { health: health.samples, trips: trips.samples };

  health = probe(healthz);
  trips = probe(move);
  const exportsStart = performance.now();
  const results = await Promise.all(workshops.map(async (w) => {
    const start = performance.now();
    const res = await request(`/api/workshops/${w.id}/export?format=pdf`, { token: w.tokens.organiser });
    return { status: res.status, ms: performance.now() - start, bytes: res.body.byteLength, error: res.status === 200 ? '' : res.body.toString() };
  }));
  const exportsMs = performance.now() - exportsStart;
  await Promise.all([health.stop(), trips.stop()]);

  process.stdout.write([
    `/healthz      idle: ${stats(idle.health)}`,
    `              during ${BOARDS} PDF exports: ${stats(health.samples)}`,
    `board trip    idle: ${stats(idle.trips)}`,
    `              during ${BOARDS} PDF exports: ${stats(trips.samples)}`,
    `exports       all done in ${(exportsMs / 1000).toFixed(1)} s; each: ${results.map((r) => `${r.status} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`,
    `              PDF sizes: ${results.map((r) => `${Math.round(r.bytes / 1024)} kB`).join(', ')}`,
    ...results.filter((r) => r.error).map((r) => `              error: ${r.error}`),
    `server        peak RSS ${serverPeakMiB()} MiB`,
    '',
  ].join('\n'));
} finally {
  for (const c of clients) c.destroy();
  server.child.kill('SIGTERM');
  await server.exited;
  rmSync(dataDir, { recursive: true, force: true });
}
