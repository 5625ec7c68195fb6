import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { openRaw } from '../helpers/rawSocket.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

let child: ChildServer | undefined;
let dataDir: string | undefined;
const clients: BoardClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  if (child && child.child.exitCode === null) {
    child.child.kill('SIGKILL');
    await child.exited;
  }
  child = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/**
 * DESIGN.md: tokens ride in Authorization headers and in the query string of `/yjs` and
 * `/socket.io`, and none of them may reach a log. The server runs as its own process at the
 * most verbose level, so that everything pino writes is captured from its stdout and stderr.
 */
describe('no token ever appears in the server log', () => {
  it('after REST calls, board sockets (accepted, refused, broken) and control sockets', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'werkbord-logs-'));
    child = await startChildServer(dataDir, { LOG_LEVEL: 'trace' });
    const s = child;
    let log = '';
    s.child.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
    s.child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });

    const res = await fetch(`${s.url}/api/workshops`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Logboek', groups: ['A', 'B'] }),
    });
    const w = WorkshopCreated.parse(await res.json());
    const [gA, gB] = [w.groups[0]!.id, w.groups[1]!.id];
    const unknownToken = 'onbekend-token-dat-nergens-hoort-0123456789';
    const secrets = [
      w.tokens.organiser, w.tokens.facilitator, w.tokens.plenary, w.tokens.join,
      ...Object.values(w.tokens.participants), unknownToken,
    ];

    // REST with every kind of token, in headers and (wrongly) in query strings.
    for (const token of [w.tokens.organiser, w.tokens.plenary, w.tokens.participants[gA]!, unknownToken]) {
      await fetch(`${s.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${token}` } });
      await fetch(`${s.url}/api/workshops/${w.id}/links`, { headers: { authorization: `Bearer ${token}` } });
      await fetch(`${s.url}/api/nope?token=${token}`);
    }
    await fetch(`${s.url}/api/workshops/${w.id}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${w.tokens.join}` },
      body: JSON.stringify({ groupId: gB }),
    });
    await fetch(`${s.url}/api/workshops/${w.id}/join?token=${w.tokens.join}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{broken',
    });

    // Board channel: an accepted socket, refused ones, and one closed for a bad message.
    const board = connectBoard(s.wsUrl, w.id, gA, w.tokens.participants[gA]);
    clients.push(board);
    await board.synced;
    for (const url of [
      `${s.wsUrl}/yjs/${w.id}/${gA}?token=${w.tokens.participants[gB]}`,
      `${s.wsUrl}/yjs/${w.id}/${gA}?token=${unknownToken}`,
      `${s.wsUrl}/yjs/${w.id}/nogroup?token=${w.tokens.facilitator}`,
    ]) await openRaw(url).closed;
    const bad = openRaw(`${s.wsUrl}/yjs/${w.id}/${gA}?token=${w.tokens.organiser}`);
    await bad.firstMessage;
    bad.ws.send(new Uint8Array([99]));
    await bad.closed;

    // Control channel: an accepted handshake and a refused one.
    for (const token of [w.tokens.facilitator, unknownToken]) {
      const socket = io(s.url, { auth: { workshopId: w.id, token }, transports: ['websocket'], reconnection: false, forceNew: true });
      await new Promise<void>((resolve) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', () => resolve());
      });
      socket.disconnect();
    }

    board.destroy();
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);

    // The log did record these events: an empty capture must not pass for a clean one.
    expect(log).toContain('board socket refused');
    expect(log).toContain('closing socket: bad message');
    expect(log).toContain('shutting down');
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});
