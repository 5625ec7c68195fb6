import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

const LOCAL = { kind: 'local' } as const;

const clients: BoardClient[] = [];
const servers: ChildServer[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of servers.splice(0)) {
    s.child.kill('SIGKILL');
    await s.exited;
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const s = await startChildServer(dataDir, env);
  servers.push(s);
  return s;
}

async function createWorkshop(s: ChildServer): Promise<WorkshopCreated> {
  const res = await fetch(`${s.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Duurzaamheid', groups: ['Groep A'] }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as WorkshopCreated;
}

/** A server child process on a fresh data folder, one workshop, and a way to open its board. */
async function boardOnFreshServer(name: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), `werkbord-${name}-`));
  dirs.push(dataDir);
  const first = await start(dataDir, env);
  const workshop = await createWorkshop(first);
  const groupId = workshop.groups[0]!.id;
  const token = workshop.tokens.participants[groupId]!;
  const open = (): BoardClient => {
    const c = connectBoard(first.wsUrl, workshop.id, groupId, token);
    clients.push(c);
    return c;
  };
  return { dataDir, first, workshop, groupId, token, open };
}

// The defaults, and a commit window (GroupCommit.ts): stored before sent either way.
describe.each<{ settings: string; env: Record<string, string> }>([
  { settings: 'default settings', env: {} },
  { settings: 'COMMIT_WINDOW_MS=4', env: { COMMIT_WINDOW_MS: '4' } },
])('durability ($settings): every update a peer received survives kill -9', ({ env }) => {
  it('keeps all updates that reached another client when the server is SIGKILLed mid-edits', async () => {
    const { dataDir, first, workshop, groupId, token, open } = await boardOnFreshServer('kill', env);
    const [writer, peer] = [open(), open()];
    await Promise.all([writer.synced, peer.synced]);

    // The writer keeps editing; once the peer has received 150 edits the server is killed.
    // Notes, as the board schema has them: the server refuses anything outside it.
    let i = 0;
    const writing = setInterval(() => {
      for (let k = 0; k < 5; k++) addNote(writer.doc, { x: 0, y: 0, text: `k${i++}` }, LOCAL);
    }, 2);
    await waitForDoc(peer.doc, () => itemsOf(peer.doc).size >= 150);
    first.child.kill('SIGKILL');
    await first.exited;
    clearInterval(writing);
    const received = [...itemsOf(peer.doc).keys()];
    expect(received.length).toBeGreaterThanOrEqual(150);
    writer.provider.disconnect();
    peer.provider.disconnect();

    const second = await start(dataDir, env);
    const reader = connectBoard(second.wsUrl, workshop.id, groupId, token);
    clients.push(reader);
    await reader.synced;
    const restored = itemsOf(reader.doc);
    const missing = received.filter((k) => !restored.has(k));
    expect(missing).toEqual([]);
  });

  it('a graceful SIGTERM stores everything and exits 0', async () => {
    const { dataDir, first, workshop, groupId, token, open } = await boardOnFreshServer('term', env);
    const writer = open();
    await writer.synced;
    const probe = open();
    for (let k = 0; k < 50; k++) addNote(writer.doc, { x: 0, y: 0, text: `k${k}` }, LOCAL);
    await waitForDoc(probe.doc, (d) => readNotes(d).length === 50);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    writer.provider.disconnect();
    probe.provider.disconnect();

    const second = await start(dataDir, env);
    const reader = connectBoard(second.wsUrl, workshop.id, groupId, token);
    clients.push(reader);
    await reader.synced;
    expect(readNotes(reader.doc)).toHaveLength(50);
  });
});
