import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { setActionText } from '../../shared/board/actionPoints.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { startPostgres, type PostgresServer } from '../helpers/postgresServer.ts';
import { startRedis, type RedisServer } from '../helpers/redisServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Scale-out (issue 9, items 4 and 5): two Werkbord processes with REDIS_URL and DATABASE_URL
 * on a real redis-server and a real PostgreSQL, each on its own port, serving one workshop.
 */

const local: ChangeOrigin = { kind: 'local' };
let pg: PostgresServer;
let redis: RedisServer;
let databases = 0;
const servers: ChildServer[] = [];
const clients: BoardClient[] = [];
const controls: RecordingClient[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 120_000);
afterAll(async () => {
  await Promise.all([pg?.stop(), redis?.stop()]);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const c of controls.splice(0)) c.close();
  await Promise.all(servers.splice(0).map(async (s) => {
    if (s.child.exitCode === null) s.child.kill('SIGKILL');
    await s.exited;
  }));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh database, and a way to start Werkbord processes on it and the shared Redis. */
async function cluster() {
  const databaseUrl = await pg.createDatabase(`scale_${++databases}`);
  const start = async (): Promise<ChildServer> => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-scale-'));
    dirs.push(dataDir);
    const s = await startChildServer(dataDir, { DATABASE_URL: databaseUrl, REDIS_URL: redis.url });
    servers.push(s);
    return s;
  };
  const [a, b] = await Promise.all([start(), start()]);
  const res = await fetch(`${a.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Landelijke dag', groups: ['Groep A', 'Groep B'], template: 'blank' }),
  });
  expect(res.status).toBe(201);
  const workshop = (await res.json()) as WorkshopCreated;
  const groupId = workshop.groups[0]!.id;
  const board = async (s: ChildServer, token = workshop.tokens.participants[groupId]!) => {
    const c = connectBoard(s.wsUrl, workshop.id, groupId, token);
    clients.push(c);
    await c.synced;
    return c;
  };
  const control = async (s: ChildServer, token: string) => {
    const c = await connectControl(s.url, workshop.id, token);
    controls.push(c);
    return c;
  };
  return { a, b, start, workshop, groupId, board, control };
}

const texts = (d: Y.Doc) => readNotes(d).map((n) => n.text).sort();
const hasAll = (wanted: string[]) => (d: Y.Doc) => wanted.every((t) => texts(d).includes(t));

describe('scale-out over Redis and PostgreSQL (two processes)', () => {
  it('a client on A and one on B edit one board and converge, presence included', async () => {
    const { a, b, board } = await cluster();
    const [onA, onB] = await Promise.all([board(a), board(b)]);
    const wanted: string[] = [];
    for (let i = 0; i < 20; i++) {
      addNote(onA.doc, { x: i, y: 0, text: `A${i}` }, local);
      addNote(onB.doc, { x: i, y: 1, text: `B${i}` }, local);
      wanted.push(`A${i}`, `B${i}`);
    }
    await Promise.all([waitForDoc(onA.doc, hasAll(wanted)), waitForDoc(onB.doc, hasAll(wanted))]);
    expect(texts(onA.doc)).toEqual(texts(onB.doc));

    onA.provider.awareness.setLocalStateField('user', { name: 'Tafel op A', color: '#f00' });
    const names = () => [...onB.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name);
    await expect.poll(names).toContain('Tafel op A');

    // A third process loads the board from PostgreSQL alone: each edit was stored once.
    const fresh = await board(b);
    expect(texts(fresh.doc)).toEqual([...wanted].sort());
  });

  it('the plenary on B follows an edit on A, each snapshot once', async () => {
    const { a, b, workshop, board, control } = await cluster();
    const plenary = await control(b, workshop.tokens.plenary);
    // A watches the workshop too, so both processes compute its snapshots.
    await control(a, workshop.tokens.facilitator);
    await plenary.snapshotWhere(() => true);
    const onA = await board(a);
    const titleIs = (title: string) => (s: { groups: { actionPoints: { title: string }[] }[] }) => s.groups[0]!.actionPoints[0]!.title === title;
    setActionText(onA.doc, 0, 'title', 'Eén loket voor de wijk', local);
    const seen = await plenary.snapshotWhere(titleIs('Eén loket voor de wijk'));
    expect(seen.groups[0]!.actionPoints[0].state).toBe('draft');
    // Two more edits, each awaited: a copy of an earlier snapshot sent by A as well as by B
    // would have arrived by then. Each process sends only changed snapshots: all differ.
    for (const title of ['Eén loket per wijk', 'Eén loket per stad']) {
      setActionText(onA.doc, 0, 'title', title, local);
      await plenary.snapshotWhere(titleIs(title));
    }
    const sent = plenary.snapshots.map((s) => JSON.stringify(s));
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('a title changed through A reaches the screens on B', async () => {
    const { a, b, workshop, groupId, control } = await cluster();
    const participant = await control(b, workshop.tokens.participants[groupId]!);
    const plenary = await control(b, workshop.tokens.plenary);
    const res = await fetch(`${a.url}/api/workshops/${workshop.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${workshop.tokens.organiser}` },
      body: JSON.stringify({ title: 'Regionale dag' }),
    });
    expect(res.status).toBe(200);
    expect((await participant.sessionWhere((e) => e.title === 'Regionale dag')).title).toBe('Regionale dag');
    expect((await plenary.snapshotWhere((s) => s.title === 'Regionale dag')).title).toBe('Regionale dag');
  });

  it('a lock set on A refuses a write on B', async () => {
    const { a, b, workshop, groupId, board, control } = await cluster();
    const facilitator = await control(a, workshop.tokens.facilitator);
    const participant = await control(b, workshop.tokens.participants[groupId]!);
    const onB = await board(b);
    expect(await facilitator.send('lock:set', { groupId, locked: true })).toEqual({ ok: true });
    // B tells its sockets of the lock only once its own copy of the session has it.
    await participant.sessionWhere((e) => e.state.locks.groups.includes(groupId));
    addNote(onB.doc, { x: 0, y: 0, text: 'op slot' }, local);

    // A facilitator's marker written after the refused note: once a fresh client on A sees
    // the marker, the note would have been there too had B taken it.
    const helper = await board(a, workshop.tokens.facilitator);
    addNote(helper.doc, { x: 1, y: 1, text: 'merkteken' }, local);
    const fresh = await board(a, workshop.tokens.facilitator);
    await waitForDoc(fresh.doc, (d) => texts(d).includes('merkteken'));
    expect(texts(fresh.doc)).toEqual(['merkteken']);
  });

  it('a Redis restart mid-session loses nothing', async () => {
    const { a, b, board } = await cluster();
    const [onA, onB] = await Promise.all([board(a), board(b)]);
    addNote(onA.doc, { x: 0, y: 0, text: 'voor' }, local);
    await waitForDoc(onB.doc, hasAll(['voor']));

    await redis.stop();
    // While Redis is away each process stores its own clients' edits; neither sees the other's.
    addNote(onA.doc, { x: 1, y: 0, text: 'tijdens A' }, local);
    addNote(onB.doc, { x: 1, y: 1, text: 'tijdens B' }, local);
    await redis.restart();
    addNote(onA.doc, { x: 2, y: 0, text: 'na A' }, local);
    addNote(onB.doc, { x: 2, y: 1, text: 'na B' }, local);

    const wanted = ['voor', 'tijdens A', 'tijdens B', 'na A', 'na B'];
    await Promise.all([waitForDoc(onA.doc, hasAll(wanted)), waitForDoc(onB.doc, hasAll(wanted))]);
    expect(texts(onA.doc)).toEqual([...wanted].sort());
  });

  it("killing process A loses nothing B's clients saw", async () => {
    const { a, b, start, board } = await cluster();
    const [writer, peer] = await Promise.all([board(a), board(b)]);
    let i = 0;
    const writing = setInterval(() => {
      for (let k = 0; k < 5; k++) addNote(writer.doc, { x: 0, y: 0, text: `k${i++}` }, local);
    }, 5);
    await waitForDoc(peer.doc, (d) => readNotes(d).length >= 100);
    a.child.kill('SIGKILL');
    await a.exited;
    clearInterval(writing);
    const seen = texts(peer.doc);
    expect(seen.length).toBeGreaterThanOrEqual(100);

    // B still serves the board; a process started now reads it from PostgreSQL alone.
    const third = await start();
    const reader = await board(third);
    const missing = seen.filter((t) => !texts(reader.doc).includes(t));
    expect(missing).toEqual([]);
  });
});
