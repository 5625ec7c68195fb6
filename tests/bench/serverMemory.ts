/**
 * `npm run bench:memory`: starts the real server (`server/main.ts`) as a child process on a
 * fresh data folder, so that it creates the demo workshop, opens every demo board with a stock
 * y-websocket client plus one control socket, and prints the server's resident memory.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { startChildServer } from '../helpers/childServer.ts';
import { connectBoard } from '../helpers/yjsClient.ts';

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-mem-'));
const server = await startChildServer(dataDir, { DEMO: '1' });
const pid = server.child.pid!;
const idle = rssMiB(pid);
const links = readFileSync(join(dataDir, 'demo-links.txt'), 'utf8');
const facilitator = /facilitator:\s+(\S+)/.exec(links)![1]!;
const workshopId = /\/w\/([^/]+)\//.exec(facilitator)![1]!;
const token = facilitator.split('#t=')[1]!;
const info = await (await fetch(`${server.url}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })).json() as { groups: { id: string }[] };
const clients = info.groups.map((g) => connectBoard(server.wsUrl, workshopId, g.id, token));
await Promise.all(clients.map((c) => c.synced));
const control = io(server.url, { auth: { workshopId, token }, transports: ['websocket'] });
await new Promise<void>((resolve) => control.once('connect', () => resolve()));
const loaded = rssMiB(pid);
console.log(`server RSS idle after start: ${idle.toFixed(1)} MiB`);
console.log(`server RSS with the demo workshop's ${clients.length} boards open: ${loaded.toFixed(1)} MiB`);
control.close();
for (const c of clients) c.destroy();
server.child.kill('SIGTERM');
await server.exited;
rmSync(dataDir, { recursive: true, force: true });
