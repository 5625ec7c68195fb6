import { runScenario, type RunOptions, type RunResult } from './run.ts';
import {
  GENERATOR_BOUND, KNEE_FULL_PER_ROOM, KNEE_LOAD, KNEE_P99_MS, KNEE_ROOMS, KNEE_TARGET_ROOMS, type Scenario,
} from './scenarios.ts';
import type { ServerName } from './servers.ts';

/*
 * The knee of each server: rooms × 10 laptops × 2 edits/s, more rooms each step, until p99
 * passes KNEE_P99_MS or a delivery is lost. One laptop per room is a stock provider, the other
 * nine light laptops (lightLaptop.ts), so that the generator's one core is not the limit
 * first; a step where it was anyway (its load ≥ GENERATOR_BOUND) is marked, and a knee found
 * at such a step is given as "at least" the step before. Werkbord runs without compression
 * (unless --werkbord-env sets WS_COMPRESSION): the reference servers compress nothing, and the
 * laptops would inflate every delivery for Werkbord only.
 */

interface Step {
  rooms: number;
  editsPerS: number;
  r: RunResult;
  lost: number;
  generatorBound: boolean;
  ok: boolean;
}

interface ServerKnee {
  server: ServerName;
  steps: Step[];
  /** The last step that passed, or undefined when the first failed. */
  knee: Step | undefined;
  /** The step that failed, if any. */
  failed: Step | undefined;
  /** The 2,000 edits/s step (run after the knee when the knee came before it). */
  target: Step | undefined;
}

const editsPerS = (rooms: number) => rooms * KNEE_LOAD.perRoom * KNEE_LOAD.rate;

async function step(server: ServerName, rooms: number, options: RunOptions, seconds: number): Promise<Step> {
  const scenario: Scenario = {
    id: `knee-${rooms}`,
    title: '',
    load: { rooms, ...KNEE_LOAD },
    fullPerRoom: KNEE_FULL_PER_ROOM,
  };
  options.log(`knee: ${server}, ${rooms} rooms (${editsPerS(rooms)} edits/s)…`);
  const r = await runScenario(server, scenario, { ...options, seconds });
  const lost = r.expected - r.delivered + (r.laptops - r.connected) * KNEE_LOAD.rate;
  return {
    rooms,
    editsPerS: editsPerS(rooms),
    r,
    lost,
    generatorBound: r.generatorLoad >= GENERATOR_BOUND,
    ok: r.latency.p99 <= KNEE_P99_MS && lost <= 0,
  };
}

export async function measureKnee(server: ServerName, options: RunOptions, seconds: number, roomSteps = KNEE_ROOMS): Promise<ServerKnee> {
  const steps: Step[] = [];
  let knee: Step | undefined;
  let failed: Step | undefined;
  for (const rooms of roomSteps) {
    const s = await step(server, rooms, options, seconds);
    steps.push(s);
    if (!s.ok) {
      failed = s;
      break;
    }
    knee = s;
  }
  let target = steps.find((s) => s.rooms === KNEE_TARGET_ROOMS);
  if (!target) {
    target = await step(server, KNEE_TARGET_ROOMS, options, seconds);
    steps.push(target);
  }
  return { server, steps, knee, failed, target };
}

const p99 = (s: Step) => `${s.r.latency.p99.toFixed(0)} ms`;
const p50 = (s: Step) => `${s.r.latency.p50.toFixed(s.r.latency.p50 < 10 ? 1 : 0)} ms`;
const genMark = (s: Step) => `server ${s.r.serverLoad.toFixed(2)}, gen ${s.r.generatorLoad.toFixed(2)}${s.generatorBound ? ' **generator-bound**' : ''}, load ${s.r.loadAverage.toFixed(1)}`;
const deliveriesPerS = (s: Step, seconds: number) => Math.round(s.r.delivered / seconds);

/** The knee in words: a failure at a generator-bound step says only "at least". */
function kneeText(k: ServerKnee, seconds: number, roomSteps: number[]): string {
  const first = editsPerS(roomSteps[0]!);
  if (!k.failed) return `≥ ${k.knee!.editsPerS} edits/s (${deliveriesPerS(k.knee!, seconds)} deliveries/s), no step failed`;
  const lowerBound = k.failed.generatorBound ? ' (the failing step was generator-bound: at least this)' : '';
  if (!k.knee) return `< ${first} edits/s${lowerBound}`;
  return `${k.failed.generatorBound ? '≥ ' : ''}${k.knee.editsPerS} edits/s (${deliveriesPerS(k.knee, seconds)} deliveries/s)${lowerBound}`;
}

/** The knee table of every server, as Markdown. */
export function formatKnee(knees: ServerKnee[], seconds: number, werkbordEnv: Record<string, string>, roomSteps = KNEE_ROOMS): string {
  const servers = knees.map((k) => k.server);
  const rows = new Map<number, Map<ServerName, string>>();
  for (const k of knees) {
    for (const s of [...k.steps].sort((a, b) => a.rooms - b.rooms)) {
      const lost = s.lost > 0 ? `, lost ${s.lost}` : '';
      const cell = `p99 ${p99(s)} (p50 ${p50(s)})${lost}, ${deliveriesPerS(s, seconds)} d/s, ${(s.r.cpu / s.r.delivered * 1e6).toFixed(0)} µs/d, ${genMark(s)}${s.ok ? '' : ' ✗'}`;
      rows.set(s.editsPerS, (rows.get(s.editsPerS) ?? new Map()).set(k.server, cell));
    }
  }
  const header = ['edits/s', ...servers];
  const werkbord = knees.find((k) => k.server === 'Werkbord');
  const ratio = (other: ServerName) => {
    const o = knees.find((k) => k.server === other);
    if (!werkbord || !o) return '–';
    if (!o.knee) return werkbord.knee ? `> 1 (${other} failed the first step)` : '– (both failed the first step)';
    if (!werkbord.knee) return `< 1 (Werkbord failed the first step)`;
    const bounded = werkbord.failed?.generatorBound || o.failed?.generatorBound ? ' (a generator-bound end: lower bounds)' : '';
    return `${(werkbord.knee.editsPerS / o.knee.editsPerS).toFixed(2)}×${bounded}`;
  };
  const compression = werkbordEnv.WS_COMPRESSION ?? '0';
  const lines = [
    `### knee: rooms × ${KNEE_LOAD.perRoom} laptops × ${KNEE_LOAD.rate} edits/s (${KNEE_FULL_PER_ROOM} stock provider + ${KNEE_LOAD.perRoom - KNEE_FULL_PER_ROOM} light laptops per room), raised until p99 > ${KNEE_P99_MS} ms or loss (${seconds} s per step; Werkbord WS_COMPRESSION=${compression})`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...[...rows.entries()].sort(([a], [b]) => a - b)
      .map(([eps, cells]) => `| ${eps} | ${servers.map((s) => cells.get(s) ?? '').join(' | ')} |`),
    `| **knee** | ${knees.map((k) => `**${kneeText(k, seconds, roomSteps)}**`).join(' | ')} |`,
    `| p99 at ${editsPerS(KNEE_TARGET_ROOMS)} edits/s | ${knees.map((k) => (k.target ? `${p99(k.target)}${k.target.generatorBound ? ' (generator-bound)' : ''}` : '–')).join(' | ')} |`,
    '',
    `Knee ratio Werkbord/stock: ${ratio('stock')}; Werkbord/Hocuspocus: ${ratio('Hocuspocus')}. `
      + `d/s: deliveries received per second; µs/d: server CPU per delivery; server: the server's share of its one core; `
      + `gen: the laptop workers' share of theirs (≥ ${GENERATOR_BOUND}: generator-bound, the step's latencies are partly the generator's); `
      + `load: the machine's load average after the step (above ~2, other work shares the cores); ✗: the step failed.`,
  ];
  return `${lines.join('\n')}\n`;
}
