import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/board/notes.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { fillActionPoints, runPlenary } from '../helpers/fillWorkshop.ts';
import { openRaw } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

/** Written into every field of the workshop; none of it may be left anywhere after the delete. */
const MARK = 'WISMERK7f3a';

let server: TestServer;
let workshop: WorkshopCreated;
let kept: WorkshopCreated;
const boards: BoardClient[] = [];
const controls: RecordingClient[] = [];

beforeEach(async () => {
  server = await startTestServer({}, true);
  workshop = await server.createWorkshop(`Werkconferentie ${MARK}`, [`Groep A ${MARK}`, 'Groep B']);
  kept = await server.createWorkshop('Blijft bestaan', ['Groep X']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  for (const c of controls.splice(0)) c.close();
  await server.close();
  rmSync(server.dataDir, { recursive: true, force: true });
});

const gid = (i: number) => workshop.groups[i]!.id;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** Puts the mark everywhere: details, case text, notes, action points, decisions, themes. */
async function fillWithContent(): Promise<void> {
  expect((await call('PATCH', `/api/workshops/${workshop.id}`, workshop.tokens.organiser, {
    title: `Nieuwe titel ${MARK}`, place: MARK, date: '2026-03-12', description: `Beschrijving ${MARK}`,
  })).status).toBe(200);
  expect((await call('PUT', `/api/workshops/${workshop.id}/groups/${gid(0)}/case`, workshop.tokens.organiser, { text: `Casus ${MARK}` })).status).toBe(200);
  const ap = (n: number) => ({
    title: `Actiepunt ${n} ${MARK}`, body: `Toelichting ${MARK}`, parties: ['gemeente' as const], lead: 'gemeente', timeframe: `Termijn ${MARK}`,
  });
  await fillActionPoints(server, workshop, [{
    actionPoints: [ap(1), ap(2)],
    draw: (doc) => {
      for (let i = 0; i < 20; i++) addNote(doc, { x: i * 10, y: 300, text: `Notitie ${i} ${MARK}` }, { kind: 'local' });
    },
  }]);
  await runPlenary(server, workshop, {
    votes: { [`${gid(0)}:0`]: 2 },
    themes: [{ apKeys: [`${gid(0)}:0`, `${gid(0)}:1`], title: `Thema ${MARK}` }],
    decisions: [{ apKey: `${gid(0)}:0`, status: 'amended', text: `Nieuwe tekst ${MARK}` }],
  });
  await fillActionPoints(server, kept, [{ actionPoints: [{ title: 'Blijft', body: 'Blijft staan', parties: ['politie'], lead: 'politie', timeframe: 'altijd' }] }]);
}

/** Every row of every table, as text (blobs as Latin-1, so that names inside Yjs updates show). */
function everyRow(db: Database.Database): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['workshops', 'groups', 'tokens', 'doc_updates', 'workshop_state']));
  return tables.flatMap(({ name }) => (db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[])
    .map((row) => `${name}: ${Object.values(row).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v))).join(' | ')}`));
}

describe('DELETE /api/workshops/:id', () => {
  it('only the organiser may delete', async () => {
    expect((await call('DELETE', `/api/workshops/${workshop.id}`)).status).toBe(401);
    for (const token of [workshop.tokens.facilitator, workshop.tokens.plenary, workshop.tokens.join, workshop.tokens.participants[gid(0)]!, kept.tokens.organiser]) {
      expect((await call('DELETE', `/api/workshops/${workshop.id}`, token)).status).toBe(403);
    }
    expect((await call('GET', `/api/workshops/${workshop.id}`, workshop.tokens.organiser)).status).toBe(200);
  });

  it('closes every socket, stops every link, and leaves nothing of the workshop in storage', async () => {
    await fillWithContent();
    // Laptops and screens that are open at the moment of deletion.
    const laptop = connectBoard(server.wsUrl, workshop.id, gid(0), workshop.tokens.participants[gid(0)]);
    boards.push(laptop);
    await laptop.synced;
    const laptopClosed = new Promise<number>((resolve) => laptop.provider.on('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? -1)));
    const raw = openRaw(`${server.wsUrl}/yjs/${workshop.id}/${gid(1)}?token=${workshop.tokens.facilitator}`);
    await raw.firstMessage;
    const screens = await Promise.all([workshop.tokens.plenary, workshop.tokens.facilitator, workshop.tokens.participants[gid(0)]!]
      .map((t) => connectControl(server.url, workshop.id, t)));
    controls.push(...screens);
    const disconnected = screens.map((c) => new Promise<string>((resolve) => c.socket.once('disconnect', resolve)));
    // Each screen hears why before it is cut off, so that it can clear itself and say so.
    const told = screens.map((c) => new Promise<{ workshopId: string }>((resolve) => c.socket.once('workshop:deleted', resolve)));
    const keptLaptop = connectBoard(server.wsUrl, kept.id, kept.groups[0]!.id, kept.tokens.participants[kept.groups[0]!.id]);
    boards.push(keptLaptop);
    await keptLaptop.synced;

    const res = await call('DELETE', `/api/workshops/${workshop.id}`, workshop.tokens.organiser);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ id: workshop.id, deleted: true });

    expect(await laptopClosed).toBe(CloseCode.deleted);
    expect((await raw.closed).code).toBe(CloseCode.deleted);
    expect(await Promise.all(told)).toEqual(screens.map(() => ({ workshopId: workshop.id })));
    expect(await Promise.all(disconnected)).toEqual(['io server disconnect', 'io server disconnect', 'io server disconnect']);
    expect(keptLaptop.provider.wsconnected).toBe(true);

    // Every link and token stops working.
    const { tokens } = workshop;
    for (const token of [tokens.organiser, tokens.facilitator, tokens.plenary, tokens.join, tokens.participants[gid(0)]!]) {
      expect((await call('GET', `/api/workshops/${workshop.id}`, token)).status).toBe(401);
    }
    for (const [method, path] of [
      ['GET', `/api/workshops/${workshop.id}/export?format=csv`], ['GET', `/api/workshops/${workshop.id}/details`],
      ['GET', `/api/workshops/${workshop.id}/links`], ['DELETE', `/api/workshops/${workshop.id}`],
      ['GET', `/api/workshops/${workshop.id}/boards/${gid(0)}.svg`],
    ] as const) {
      expect((await call(method, path, tokens.organiser)).status, `${method} ${path}`).toBe(401);
    }
    expect((await openRaw(`${server.wsUrl}/yjs/${workshop.id}/${gid(0)}?token=${tokens.participants[gid(0)]}`).closed).code).toBe(CloseCode.unauthorized);
    const refused = io(server.url, { auth: { workshopId: workshop.id, token: tokens.facilitator }, transports: ['websocket'], reconnection: false, forceNew: true });
    const refusal = await new Promise<{ data?: { code?: string } }>((resolve) => refused.once('connect_error', resolve));
    refused.close();
    expect(refusal.data?.code).toBe('unauthorized');

    // The other workshop is untouched.
    const other = await call('GET', `/api/workshops/${kept.id}/export?format=csv`, kept.tokens.organiser);
    expect(other.status).toBe(200);
    expect(other.text).toContain('Blijft staan');

    // Storage: no row of any table mentions the workshop, and the database file holds none of its content.
    laptop.destroy();
    keptLaptop.destroy();
    await server.close();
    const file = join(server.dataDir, 'werkbord.db');
    const db = new Database(file, { readonly: true });
    try {
      const rows = everyRow(db);
      expect(rows.some((r) => r.includes('Blijft bestaan'))).toBe(true);
      expect(rows.filter((r) => r.includes(workshop.id) || r.includes(MARK))).toEqual([]);
    } finally {
      db.close();
    }
    for (const name of readdirSync(server.dataDir).filter((n) => n.startsWith('werkbord.db'))) {
      expect(readFileSync(join(server.dataDir, name)).includes(Buffer.from(MARK)), `${MARK} in ${name}`).toBe(false);
    }
  });

  it('removes demo-links.txt when it holds the links of the deleted workshop', async () => {
    const demoFile = join(server.dataDir, 'demo-links.txt');
    writeFileSync(demoFile, `Demo\n  organisator: ${workshop.links.organiser}\n`);
    expect((await call('DELETE', `/api/workshops/${kept.id}`, kept.tokens.organiser)).status).toBe(200);
    expect(existsSync(demoFile)).toBe(true);
    expect((await call('DELETE', `/api/workshops/${workshop.id}`, workshop.tokens.organiser)).status).toBe(200);
    expect(existsSync(demoFile)).toBe(false);
  });
});
