import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard } from '../helpers/yjsClient.ts';

// Issue 8, finding 9: `Origin: http://evil.example` was accepted on /yjs and /socket.io.
const EVIL = 'http://evil.example';

let server: TestServer;
let workshop: WorkshopCreated;
const cleanup: (() => void)[] = [];

afterEach(async () => {
  for (const fn of cleanup.splice(0)) fn();
  await server.close();
});

async function start(env: Record<string, string> = {}): Promise<void> {
  server = await startTestServer(env);
  workshop = await server.createWorkshop('Herkomst', ['Groep A']);
}

/** Opens a WebSocket with `origin` (none when undefined): `open`, or the HTTP status that refused it. */
function upgradeFrom(path: string, origin: string | undefined): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.wsUrl}${path}`, origin === undefined ? {} : { origin });
    cleanup.push(() => ws.terminate());
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', () => { /* answered above */ });
    ws.on('open', () => resolve('open'));
  });
}

const board = () => `/yjs/${workshop.id}/${workshop.groups[0]!.id}?token=${workshop.tokens.facilitator}`;
const engineSocket = '/socket.io/?EIO=4&transport=websocket';

/** A Socket.IO long-polling handshake (a plain GET), as a browser without WebSocket makes it. */
function pollFrom(origin: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers: origin === undefined ? {} : { origin } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Origin allowlist on /yjs and /socket.io', () => {
  it('a foreign Origin gets 403 before any upgrade, on both channels and on long-polling', async () => {
    await start();
    expect(await upgradeFrom(board(), EVIL)).toBe(403);
    expect(await upgradeFrom(engineSocket, EVIL)).toBe(403);
    expect(await pollFrom(EVIL)).toBe(403);
    expect(await upgradeFrom(board(), 'null')).toBe(403);
  });

  it('our own origin (the Host the request came to) and requests without Origin are allowed', async () => {
    await start();
    expect(await upgradeFrom(board(), server.url)).toBe('open');
    expect(await upgradeFrom(board(), `http://localhost:${server.port}`)).toBe(403);
    expect(await upgradeFrom(engineSocket, server.url)).toBe('open');
    expect(await pollFrom(server.url)).toBe(200);
    expect(await upgradeFrom(board(), undefined)).toBe('open');
    expect(await pollFrom(undefined)).toBe(200);
    // A stock Node y-websocket client sends no Origin and syncs as before.
    const client = connectBoard(server.wsUrl, workshop.id, workshop.groups[0]!.id, workshop.tokens.facilitator);
    cleanup.push(() => client.destroy());
    await client.synced;
  });

  it('PUBLIC_URL and ALLOWED_ORIGINS are allowed; everything else is not', async () => {
    await start({ PUBLIC_URL: 'https://werkbord.example.org/', ALLOWED_ORIGINS: 'https://beamer.example.net, http://laptop.example:8080' });
    for (const origin of ['https://werkbord.example.org', 'https://beamer.example.net', 'http://laptop.example:8080', server.url]) {
      expect(await upgradeFrom(board(), origin), origin).toBe('open');
      expect(await upgradeFrom(engineSocket, origin), origin).toBe('open');
    }
    for (const origin of [EVIL, 'http://werkbord.example.org.evil.example', 'http://laptop.example', 'https://beamer.example.net:444']) {
      expect(await upgradeFrom(board(), origin), origin).toBe(403);
      expect(await upgradeFrom(engineSocket, origin), origin).toBe(403);
    }
  });

  it('ALLOWED_ORIGINS=* turns the check off', async () => {
    await start({ ALLOWED_ORIGINS: '*' });
    expect(await upgradeFrom(board(), EVIL)).toBe('open');
    expect(await pollFrom(EVIL)).toBe(200);
  });
});
