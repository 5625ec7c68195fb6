import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { Limits } from '../../../shared/limits.ts';
import type { RoomSpec } from './protocol.ts';

/*
 * The three servers of the sync bench, each started as its own process (so that its CPU and
 * memory can be read from /proc) with a fresh data folder: Werkbord (SQLite, auth on, real
 * tokens from its REST API), the stock @y/websocket-server 0.1.1 (no auth, in memory) and
 * Hocuspocus 3.4 with its SQLite extension.
 */

export type ServerName = 'Werkbord' | 'stock' | 'Hocuspocus';
export const SERVER_NAMES: readonly ServerName[] = ['Werkbord', 'stock', 'Hocuspocus'];

export interface BenchServer {
  name: ServerName;
  pid: number;
  /** Creates `count` empty boards and says how to reach each. */
  makeRooms(count: number): Promise<RoomSpec[]>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** CPU to pin the server to (taskset), or undefined for none. */
  cpu: number | undefined;
  /** Extra node flags for Werkbord, e.g. --cpu-prof. */
  werkbordNodeArgs: string[];
  /** Werkbord from its TypeScript sources through tsx instead of the build that `npm start` runs. */
  werkbordSource?: boolean;
  /** Extra environment for Werkbord (e.g. WS_COMPRESSION=0 to compare). */
  werkbordEnv?: Record<string, string>;
  /** A file Werkbord's log (its stdout) is appended to; unset, the log is dropped. */
  werkbordLog?: string | undefined;
}

const ROOT = join(import.meta.dirname, '../../..');
const REFERENCE = join(import.meta.dirname, 'reference');

export async function startServer(name: ServerName, options: StartOptions): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-sync-${name.toLowerCase()}-`));
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  if (name === 'Werkbord') {
    // As `npm start` runs it: the build in dist/server/ (bench.ts builds it first) with bare node.
    const entry = options.werkbordSource ? ['--import', 'tsx', join(ROOT, 'server/main.ts')] : [join(ROOT, 'dist/server/main.js')];
    const child = spawn(process.execPath, [...options.werkbordNodeArgs, ...entry], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '0', LOG_LEVEL: 'warn', ...options.werkbordEnv },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (options.werkbordLog) child.stdout!.pipe(createWriteStream(options.werkbordLog, { flags: 'a' }));
    // Bound to 127.0.0.1, the banner names that address (only reachable addresses are printed).
    const port = await portOf(child, /running: http:\/\/(?:localhost|127\.0\.0\.1):(\d+)/, options.cpu);
    return {
      name,
      pid: child.pid!,
      makeRooms: (count) => werkbordRooms(port, count),
      stop: () => stop(child).then(cleanup),
    };
  }
  const script = name === 'stock' ? 'stockServer.mjs' : 'hocuspocusServer.mjs';
  // The stock server persists (to LevelDB) whenever YPERSISTENCE is set at all: run it in memory.
  const { YPERSISTENCE: _unset, ...env } = process.env;
  const child = spawn(process.execPath, [join(REFERENCE, script), dataDir], {
    cwd: REFERENCE,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await portOf(child, /listening on (\d+)/, options.cpu);
  const client = name === 'stock' ? 'y-websocket' : 'hocuspocus';
  return {
    name,
    pid: child.pid!,
    makeRooms: async (count) => Array.from({ length: count }, (_, i): RoomSpec => ({
      client, url: `ws://127.0.0.1:${port}`, room: `board-${i}`, params: {},
    })),
    stop: () => stop(child).then(cleanup),
  };
}

/** Creates workshops through Werkbord's REST API (at most Limits.maxGroups groups each). */
async function werkbordRooms(port: number, count: number): Promise<RoomSpec[]> {
  const rooms: RoomSpec[] = [];
  for (let first = 0; first < count; first += Limits.maxGroups) {
    const groups = Array.from({ length: Math.min(Limits.maxGroups, count - first) }, (_, i) => `Groep ${first + i + 1}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Blank boards, like the reference servers' empty documents.
      body: JSON.stringify({ title: `Bench ${first}`, groups, template: 'blank' }),
    });
    if (res.status !== 201) throw new Error(`create workshop: ${res.status} ${await res.text()}`);
    const workshop = (await res.json()) as WorkshopCreated;
    for (const group of workshop.groups) {
      rooms.push({
        client: 'y-websocket',
        url: `ws://127.0.0.1:${port}/yjs/${workshop.id}`,
        room: group.id,
        params: { token: workshop.tokens.participants[group.id]! },
      });
    }
  }
  return rooms;
}

function portOf(child: ChildProcess, pattern: RegExp, cpu: number | undefined): Promise<number> {
  if (cpu !== undefined) pin(child.pid!, cpu);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

let tasksetWorks: boolean | undefined;

/** Pins every thread of `pid` to `cpu`; false when taskset is missing. */
export function pin(pid: number, cpu: number): boolean {
  tasksetWorks ??= spawnSync('taskset', ['-V']).status === 0;
  if (!tasksetWorks) return false;
  return spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' }).status === 0;
}

export function canPin(): boolean {
  tasksetWorks ??= spawnSync('taskset', ['-V']).status === 0;
  return tasksetWorks;
}
