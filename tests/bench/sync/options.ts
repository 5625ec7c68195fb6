import { parseArgs } from 'node:util';
import { KNEE_ROOMS, SCENARIOS } from './scenarios.ts';
import { SERVER_NAMES, type ServerName } from './servers.ts';

export interface BenchOptions {
  scenarios: string[];
  seconds: number;
  kneeSeconds: number;
  servers: ServerName[];
  workers: number;
  /** Node flags for the Werkbord server process: `--cpu-prof DIR` profiles it into DIR. */
  werkbordNodeArgs: string[];
  /** `--source`: Werkbord from server/main.ts through tsx instead of the build. */
  werkbordSource: boolean;
  /** `--werkbord-env NAME=VALUE` (repeatable): extra environment for Werkbord, to compare settings. */
  werkbordEnv: Record<string, string>;
  /** `--werkbord-log FILE`: Werkbord's log appended to FILE (LOG_LEVEL=warn unless set with --werkbord-env). */
  werkbordLog: string | undefined;
  /** `--knee-rooms N,N…`: the knee's steps in rooms (default KNEE_ROOMS). */
  kneeRooms: number[];
  /** `--light`: every scenario with one provider per room and light laptops besides (as the knee always has). */
  light: boolean;
}

const USAGE = `npm run bench:sync -- [--scenario ID[,ID…]] [--seconds N] [--knee-seconds N]
                        [--servers Werkbord,stock,Hocuspocus] [--workers N] [--cpu-prof DIR]
                        [--source] [--werkbord-env NAME=VALUE …] [--werkbord-node-flag FLAG …]
                        [--werkbord-log FILE] [--light] [--knee-rooms N,N…]
scenarios: ${[...SCENARIOS.map((s) => s.id), 'knee'].join(', ')} (default: all)`;

/** Parses the command line; prints the usage and exits on a bad one. */
export function parseOptions(argv: string[]): BenchOptions {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', multiple: true },
        seconds: { type: 'string', default: '20' },
        'knee-seconds': { type: 'string', default: '10' },
        servers: { type: 'string', default: SERVER_NAMES.join(',') },
        workers: { type: 'string', default: '3' },
        'cpu-prof': { type: 'string' },
        source: { type: 'boolean', default: false },
        'werkbord-env': { type: 'string', multiple: true },
        'werkbord-node-flag': { type: 'string', multiple: true },
        'werkbord-log': { type: 'string' },
        light: { type: 'boolean', default: false },
        'knee-rooms': { type: 'string', default: KNEE_ROOMS.join(',') },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) exit(USAGE, 0);
    const known = [...SCENARIOS.map((s) => s.id), 'knee'];
    const scenarios = (values.scenario ?? known).flatMap((s) => s.split(','));
    const unknown = scenarios.filter((s) => !known.includes(s));
    if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}`);
    const servers = values.servers.split(',') as ServerName[];
    if (servers.some((s) => !SERVER_NAMES.includes(s))) throw new Error(`servers: ${SERVER_NAMES.join(', ')}`);
    const positive = (name: string, v: string) => {
      const n = Number(v);
      if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
      return n;
    };
    return {
      scenarios,
      seconds: positive('seconds', values.seconds),
      kneeSeconds: positive('knee-seconds', values['knee-seconds']),
      servers,
      workers: Math.round(positive('workers', values.workers)),
      werkbordNodeArgs: [
        ...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : []),
        ...(values['werkbord-node-flag'] ?? []),
      ],
      werkbordSource: values.source,
      werkbordLog: values['werkbord-log'],
      light: values.light,
      kneeRooms: values['knee-rooms'].split(',').map((n) => Math.round(positive('knee-rooms', n))).sort((a, b) => a - b),
      werkbordEnv: Object.fromEntries((values['werkbord-env'] ?? []).map((pair) => {
        const at = pair.indexOf('=');
        if (at < 1) throw new Error(`--werkbord-env wants NAME=VALUE, got ${pair}`);
        return [pair.slice(0, at), pair.slice(at + 1)];
      })),
    };
  } catch (err) {
    exit(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`, 2);
  }
}

function exit(text: string, code: number): never {
  process.stderr.write(`${text}\n`);
  process.exit(code);
}
