import { loadavg } from 'node:os';
import { cpuSeconds, peakRssMiB } from './procStats.ts';
import { wallNow } from './noteEdits.ts';
import type { EditStats, LaptopSpec } from './protocol.ts';
import { WorkerPool } from './pool.ts';
import { startServer, type ServerName, type StartOptions } from './servers.ts';
import type { EditLoad, Scenario } from './scenarios.ts';
import { summarize, type Summary } from './stats.ts';

/** What one scenario measured on one server. */
export interface RunResult {
  server: ServerName;
  laptops: number;
  connected: number;
  join: Summary;
  /** Server CPU seconds while the laptops joined. */
  joinCpu: number;
  sent: number;
  expected: number;
  delivered: number;
  latency: Summary;
  /** Server CPU seconds from the first edit until every delivery arrived (or the drain timed out). */
  cpu: number;
  /** That CPU over the same window's wall time, in cores: near 1.0 the server's core is the limit. */
  serverLoad: number;
  peakRssMiB: number;
  /** TCP bytes the laptops received per delivered edit, and sent per edit. */
  downPerDelivery: number;
  upPerEdit: number;
  /** Sockets reopened while editing, and laptops not connected at the end. */
  reconnects: number;
  disconnected: number;
  /** Close code and reason of each laptop socket that closed while editing, with a count. */
  closes: Record<string, number>;
  /** Share of one core the laptop workers used while editing: near 100 % the generator limits. */
  generatorLoad: number;
  boardBytes?: number;
  lateJoin?: Summary;
  /** The machine's 1-minute load average at the end of the run: other work skews latencies. */
  loadAverage: number;
}

export interface RunOptions extends StartOptions {
  seconds: number;
  workers: number;
  /** CPU for the laptop workers. */
  generatorCpu: number | undefined;
  log: (line: string) => void;
}

const DRAIN_MS = 10_000;

/** Runs one scenario (or one knee step) against one freshly started server. */
export async function runScenario(name: ServerName, scenario: Scenario, options: RunOptions): Promise<RunResult> {
  const { load } = scenario;
  const server = await startServer(name, options);
  const pool = await WorkerPool.start(options.workers, options.generatorCpu);
  try {
    const rooms = await server.makeRooms(load.rooms);
    let boardBytes: number | undefined;
    if (scenario.seedNotes) {
      const seeded = await Promise.all(rooms.map((room, i) => pool.ask(
        pool.workers[i % pool.workers.length]!, { type: 'seed', room, notes: scenario.seedNotes!, seed: 7 }, 'seeded',
      )));
      boardBytes = seeded[0]!.bytes;
    }
    let lateJoin: Summary | undefined;
    if (scenario.lateJoins) {
      const { joinMs } = await pool.ask(pool.workers[0]!, {
        type: 'lateJoin', room: rooms[0]!, times: scenario.lateJoins, expectItems: scenario.seedNotes ?? 0,
      }, 'joined');
      lateJoin = summarize(joinMs);
    }

    const laptops = laptopsFor(load, rooms, scenario.joinSpreadMs, scenario.fullPerRoom);
    const cpuBeforeJoin = cpuSeconds(server.pid);
    const joined = await pool.all((w) => ({ type: 'connect', laptops: laptops.filter((_, i) => i % pool.workers.length === w) }), 'connected');
    const joinCpu = cpuSeconds(server.pid) - cpuBeforeJoin;
    const joinMs = joined.flatMap((j) => j.joinMs);
    // Let every laptop's new note reach its room before the clock starts.
    await sleep(1500);

    let stats: EditStats[] = [];
    let cpu = 0;
    let serverLoad = NaN;
    const sentByRoom: Record<number, number> = {};
    if (!scenario.joinOnly) {
      const cpuBefore = cpuSeconds(server.pid);
      const wallBefore = performance.now();
      const startAt = wallNow() + 300;
      const edited = await pool.all({ type: 'edit', startAt, seconds: options.seconds, rate: load.rate }, 'edited');
      for (const e of edited) for (const [room, n] of Object.entries(e.sentByRoom)) sentByRoom[Number(room)] = (sentByRoom[Number(room)] ?? 0) + n;
      const expected = expectedDeliveries(sentByRoom, load.perRoom);
      const drainUntil = performance.now() + DRAIN_MS;
      while (performance.now() < drainUntil) {
        const progress = await pool.all({ type: 'progress' }, 'progress');
        if (progress.reduce((a, p) => a + p.delivered, 0) >= expected) break;
        await sleep(50);
      }
      cpu = cpuSeconds(server.pid) - cpuBefore;
      // From the start command, not the first edit (300 ms later): a slight underestimate.
      serverLoad = cpu / ((performance.now() - wallBefore) / 1000);
      stats = (await pool.all({ type: 'collect' }, 'stats')).map((s) => s.stats);
    }
    const sent = Object.values(sentByRoom).reduce((a, b) => a + b, 0);
    const delivered = stats.reduce((a, s) => a + s.delivered, 0);
    return {
      server: name,
      laptops: laptops.length,
      connected: joinMs.length,
      join: summarize(joinMs),
      joinCpu,
      sent,
      expected: expectedDeliveries(sentByRoom, load.perRoom),
      delivered,
      latency: summarize(stats.flatMap((s) => s.latencies)),
      cpu,
      serverLoad,
      peakRssMiB: peakRssMiB(server.pid),
      downPerDelivery: stats.reduce((a, s) => a + s.bytesIn, 0) / delivered,
      upPerEdit: stats.reduce((a, s) => a + s.bytesOut, 0) / sent,
      reconnects: stats.reduce((a, s) => a + s.reconnects, 0),
      disconnected: stats.reduce((a, s) => a + s.disconnected, 0),
      closes: countOf(stats.flatMap((s) => s.closes)),
      generatorLoad: stats.reduce((a, s) => a + s.cpuSeconds, 0) / Math.max(...stats.map((s) => s.wallSeconds)),
      loadAverage: loadavg()[0]!,
      ...(boardBytes === undefined ? {} : { boardBytes }),
      ...(lateJoin === undefined ? {} : { lateJoin }),
    };
  } finally {
    await pool.close();
    await server.stop();
  }
}

/**
 * The laptops of a load, rooms interleaved; their joins spread evenly over `spreadMs`. The
 * first `fullPerRoom` of each room are providers, the rest light (all providers when unset).
 */
function laptopsFor(load: EditLoad, rooms: LaptopSpec['room'][], spreadMs?: number, fullPerRoom?: number): LaptopSpec[] {
  const count = load.rooms * load.perRoom;
  const spread = spreadMs ?? Math.min(5_000, count * 5);
  return Array.from({ length: count }, (_, index): LaptopSpec => {
    const roomIndex = index % load.rooms;
    const light = fullPerRoom !== undefined && Math.floor(index / load.rooms) >= fullPerRoom;
    return { index, roomIndex, room: rooms[roomIndex]!, delayMs: (index / Math.max(1, count)) * spread, ...(light ? { light } : {}) };
  });
}

function countOf(items: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** Every edit goes to the other laptops of its room. */
function expectedDeliveries(sentByRoom: Record<number, number>, perRoom: number): number {
  return Object.values(sentByRoom).reduce((a, n) => a + n * (perRoom - 1), 0);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
