/**
 * `npm run bench:memory`: builds the server and starts it as `npm start` does (dist/server/main.js,
 * bare node) as a child process on a fresh data folder, so that it creates the demo workshop;
 * as soon as it listens, opens every demo board with a stock y-websocket client plus one
 * control socket (a workshop that starts with the server) and prints the server's resident
 * memory 1, 2, 5, 10 and 30 s after it was started, and its peak; then opens 100 more rooms
 * (5 workshops × 20 groups, one client each, one note per board) and prints the memory each
 * open room costs.
 * `-- --source` runs server/main.ts through tsx instead, for comparison; `-- --node-flag=F`
 * (repeatable) starts the server with node flag F (e.g. `--max-semi-space-size=1`);
 * `-- --entry=FILE` runs another build's main.js (kept in a folder inside the checkout, so that
 * it finds node_modules) without building, to compare an older build in the same session.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io } from 'socket.io-client';
import { buildServer } from '../../scripts/buildServer.ts';
import { addNote } from '../../shared/board/notes.ts';
import { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer } from '../helpers/childServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

const EXTRA_WORKSHOPS = 5;
const GROUPS_EACH = 20;
/** Without edits before the last reading. */
const QUIET_MS = 21_000;

function status(pid: number, field: string): number {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? 0) / 1024;
}
const rssMiB = (pid: number) => status(pid, 'VmRSS');

/** RSS once it has settled: the smallest of a few readings a moment apart (a GC may be under way). */
async function settledRss(pid: number): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 5; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    least = Math.min(least, rssMiB(pid));
  }
  return least;
}

process.setMaxListeners(0); // one exit listener per y-websocket client of this process
const built = !process.argv.includes('--source');
const entry = process.argv.find((a) => a.startsWith('--entry='))?.slice('--entry='.length);
if (built && !entry) await buildServer();
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-mem-'));
const nodeArgs = process.argv.filter((a) => a.startsWith('--node-flag=')).map((a) => a.slice('--node-flag='.length));
const startedAt = Date.now();
const server = await startChildServer(dataDir, { DEMO: '1' }, { built, nodeArgs, entry: entry && resolve(entry) });
const listeningMs = Date.now() - startedAt;
const pid = server.child.pid!;
const links = readFileSync(join(dataDir, 'demo-links.txt'), 'utf8');
const facilitator = /facilitator:\s+(\S+)/.exec(links)![1]!;
const workshopId = /\/w\/([^/]+)\//.exec(facilitator)![1]!;
const token = facilitator.split('#t=')[1]!;
// Samples taken at fixed times after the start, while the demo boards are being opened.
const SAMPLE_AT_S = [1, 2, 5, 10, 30];
const samples: { atS: number; mib: number }[] = [];
const sampling = Promise.all(SAMPLE_AT_S.map((atS) => new Promise<void>((resolve) => {
  setTimeout(() => {
    samples.push({ atS, mib: rssMiB(pid) });
    resolve();
  }, Math.max(0, startedAt + atS * 1000 - Date.now()));
})));
const info = await (await fetch(`${server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json() as { groups: { id: string }[] };
const clients: BoardClient[] = info.groups.map((g) => connectBoard(server.wsUrl, workshopId, g.id, token));
await Promise.all(clients.map((c) => c.synced));
const control = io(server.url, { auth: { workshopId, token }, transports: ['websocket'] });
await new Promise<void>((resolve) => control.once('connect', () => resolve()));
const demoOpenMs = Date.now() - startedAt;
const demoBoards = clients.length;
await sampling;
const loaded = await settledRss(pid);

const peakBeforeRooms = status(pid, 'VmHWM');
for (let w = 0; w < EXTRA_WORKSHOPS; w += 1) {
  const res = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Geheugen ${w}`, groups: Array.from({ length: GROUPS_EACH }, (_, i) => `Groep ${i + 1}`) }),
  });
  const workshop = WorkshopCreated.parse(await res.json());
  const boards = workshop.groups.map((g) => connectBoard(server.wsUrl, workshop.id, g.id, workshop.tokens.participants[g.id]));
  await Promise.all(boards.map((b) => b.synced));
  boards.forEach((b, i) => addNote(b.doc, { x: 10 * i, y: 10, text: `Notitie ${i}` }, { kind: 'local' }));
  clients.push(...boards);
}
const rooms = EXTRA_WORKSHOPS * GROUPS_EACH;
const withRooms = await settledRss(pid);
// A room's compressor is freed after 10 s without a frame (server/yjs/SharedDoc.ts), and a
// quiet server gives back what the burst of opening them grew of V8's young generation within
// ~20 s (server/memory/settleHeap.ts): read again once the rooms have been quiet that long, as
// most open boards are most of the time.
await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
const quietRooms = await settledRss(pid);

console.log(`server: ${built ? `built (node ${entry ?? 'dist/server/main.js'})` : 'TypeScript sources through tsx'}${nodeArgs.length > 0 ? `, node ${nodeArgs.join(' ')}` : ''}, WS_COMPRESSION=${process.env.WS_COMPRESSION ?? '1 (the default)'}`);
console.log(`listening ${listeningMs} ms after the start; the demo workshop's ${demoBoards} boards and a control socket open ${demoOpenMs} ms after it`);
console.log(`server RSS, demo open: ${samples.map((x) => `${x.atS} s ${x.mib.toFixed(1)} MiB`).join(', ')}`);
console.log(`server peak RSS by then (VmHWM, the start included): ${peakBeforeRooms.toFixed(1)} MiB`);
console.log(`server RSS with ${rooms} more rooms open (template boards, one client and one note each): ${withRooms.toFixed(1)} MiB`);
console.log(`per open room: ${((withRooms - loaded) / rooms * 1.048576).toFixed(3)} MB`);
console.log(`the same after ${QUIET_MS / 1000} s without edits: ${quietRooms.toFixed(1)} MiB, per open room ${((quietRooms - loaded) / rooms * 1.048576).toFixed(3)} MB`);
control.close();
for (const c of clients) c.destroy();
server.child.kill('SIGTERM');
await server.exited;
rmSync(dataDir, { recursive: true, force: true });
