import { availableParallelism, loadavg } from 'node:os';
import { buildServer } from '../../../scripts/buildServer.ts';
import { parseOptions } from './options.ts';
import { ensureReferenceServers } from './reference.ts';
import { formatTable } from './report.ts';
import { runScenario, type RunOptions, type RunResult } from './run.ts';
import { KNEE_FULL_PER_ROOM, SCENARIOS } from './scenarios.ts';
import { canPin, pin } from './servers.ts';
import { formatKnee, measureKnee } from './knee.ts';

/*
 * `npm run bench:sync`: Werkbord beside the stock y-websocket server and Hocuspocus, the same
 * simulated laptops and the same edits for each, one server at a time. Prints a table per
 * scenario (docs/benchmarks.md explains each figure). Prints figures; asserts nothing.
 */

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => process.stderr.write(`${line}\n`);
const print = (text: string) => process.stdout.write(`${text}\n`);

if (options.servers.some((s) => s !== 'Werkbord')) ensureReferenceServers(log);
// Werkbord as `npm start` runs it: built to plain JavaScript (dist/server/).
if (options.servers.includes('Werkbord') && !options.werkbordSource) await buildServer();

// The server on core 0, this process and the laptop workers on core 1: the generator must not
// steal the server's CPU (nor the other way round).
const cores = availableParallelism();
const twoCores = cores >= 2 && canPin();
if (twoCores) pin(process.pid, 1);
const runOptions: RunOptions = {
  cpu: twoCores ? 0 : undefined,
  generatorCpu: twoCores ? 1 : undefined,
  werkbordNodeArgs: options.werkbordNodeArgs,
  werkbordSource: options.werkbordSource,
  werkbordEnv: options.werkbordEnv,
  werkbordLog: options.werkbordLog,
  seconds: options.seconds,
  workers: options.workers,
  log,
};

print(`# bench:sync — ${new Date().toISOString()}, Node ${process.version}, ${cores} cores, `
  + `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, `
  + `${twoCores ? 'server pinned to CPU 0, laptops to CPU 1' : 'no pinning (taskset missing or one core)'}, `
  + `${options.seconds} s of edits per run, ${options.workers} laptop workers, `
  + `Werkbord ${options.werkbordSource ? 'from its TypeScript sources (tsx)' : 'built (dist/server/main.js)'}`
  + `${Object.keys(options.werkbordEnv).length > 0 ? ` with ${Object.entries(options.werkbordEnv).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`
  + `${options.werkbordNodeArgs.length > 0 ? `, node ${options.werkbordNodeArgs.join(' ')}` : ''}`
  + `${options.light ? `, --light: ${KNEE_FULL_PER_ROOM} stock provider per room, the other laptops light (lightLaptop.ts)` : ''}\n`);

const byScenario = new Map<string, RunResult[]>();
for (const chosen of SCENARIOS.filter((s) => options.scenarios.includes(s.id))) {
  const scenario = options.light ? { ...chosen, fullPerRoom: KNEE_FULL_PER_ROOM } : chosen;
  const results: RunResult[] = [];
  for (const server of options.servers) {
    log(`${scenario.id}: ${server}…`);
    results.push(await runScenario(server, scenario, runOptions));
  }
  byScenario.set(scenario.id, results);
  print(formatTable(`${scenario.id}: ${scenario.title}`, results, scenario.joinOnly ?? false));
}

if (options.scenarios.includes('knee')) {
  // Without compression unless asked for: the reference servers compress nothing (knee.ts).
  const werkbordEnv = { WS_COMPRESSION: '0', ...options.werkbordEnv };
  const knees = [];
  for (const server of options.servers) knees.push(await measureKnee(server, { ...runOptions, werkbordEnv }, options.kneeSeconds, options.kneeRooms));
  print(formatKnee(knees, options.kneeSeconds, werkbordEnv, options.kneeRooms));
}
