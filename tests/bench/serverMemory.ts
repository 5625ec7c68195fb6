/**
 * `npm run bench:memory`: builds the server and starts it as `npm start` does (dist/server/main.js,
 * bare node) as a child process on a fresh data folder, so that it creates the demo workshop;
 * opens every demo board with a stock y-websocket client plus one control socket and prints
 * the server's resident memory; then opens 100 more rooms (5 workshops × 20 groups, one
 * client each, one note per board) and prints the memory each open room costs.
 * `-- --source` runs server/main.ts through tsx instead, for comparison; `-- --node-flag=F`
 * (repeatable) starts the server with node flag F (e.g. `--max-semi-space-size=1`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { buildServer } from '../../scripts/buildServer.ts';
import { addNote } from '../../shared/board/notes.ts';
import { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer } from '../helpers/childServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

const EXTRA_WORKSHOPS = 5;
const GROUPS_EACH = 20;

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

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
if (built) await buildServer();
const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-mem-'));
const nodeArgs = process.argv.filter((a) => a.startsWith('--node-flag=')).map((a) => a.slice('--node-flag='.length));
const server = await startChildServer(dataDir, { DEMO: '1' }, { built, nodeArgs });
const startedAt = Date.now();
const pid = server.child.pid!;
const idle = await settledRss(pid);
const links = readFileSync(join(dataDir, 'demo-links.txt'), 'utf8');
const facilitator = /facilitator:\s+(\S+)/.exec(links)![1]!;
const workshopId = /\/w\/([^/]+)\//.exec(facilitator)![1]!;
const token = facilitator.split('#t=')[1]!;
const info = await (await fetch(`${server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json() as { groups: { id: string }[] };
const clients: BoardClient[] = info.groups.map((g) => connectBoard(server.wsUrl, workshopId, g.id, token));
await Promise.all(clients.map((c) => c.synced));
const control = io(server.url, { auth: { workshopId, token }, transports: ['websocket'] });
await new Promise<void>((resolve) => control.once('connect', () => resolve()));
const loaded = await settledRss(pid);
const demoBoards = clients.length;
// ~10 s after its start a quiet server gives back the young generation that starting grew
// (server/memory/settleHeap.ts): read again once that has happened, the boards still open.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startedAt + 12_000 - Date.now())));
const settled = await settledRss(pid);

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
// A room's compressor is freed after 10 s without a frame (server/yjs/SharedDoc.ts): read again
// once the rooms have been quiet for longer, as most open boards are most of the time.
await new Promise((resolve) => setTimeout(resolve, 11_000));
const quietRooms = await settledRss(pid);

console.log(`server: ${built ? 'built (node dist/server/main.js)' : 'TypeScript sources through tsx'}${nodeArgs.length > 0 ? `, node ${nodeArgs.join(' ')}` : ''}, WS_COMPRESSION=${process.env.WS_COMPRESSION ?? '1 (the default)'}`);
console.log(`server RSS idle after start: ${idle.toFixed(1)} MiB`);
console.log(`server RSS with the demo workshop's ${demoBoards} boards open: ${loaded.toFixed(1)} MiB`);
console.log(`the same 12 s after the start (young generation given back): ${settled.toFixed(1)} MiB`);
console.log(`server RSS with ${rooms} more rooms open (template boards, one client and one note each): ${withRooms.toFixed(1)} MiB`);
console.log(`per open room: ${((withRooms - loaded) / rooms * 1.048576).toFixed(3)} MB`);
console.log(`the same after 11 s without edits: ${quietRooms.toFixed(1)} MiB, per open room ${((quietRooms - loaded) / rooms * 1.048576).toFixed(3)} MB`);
control.close();
for (const c of clients) c.destroy();
server.child.kill('SIGTERM');
await server.exited;
rmSync(dataDir, { recursive: true, force: true });
