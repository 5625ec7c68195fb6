import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { addNote } from '../../shared/board/notes.ts';
import { DetailsReply } from '../../shared/schemas/organiser.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Retention (docs/api.md, "Retention"): a workshop is deleted RETENTION_DAYS after its date (or
 * its creation), by the same erase as DELETE, at start and by a periodic sweep.
 */

const DAY = 86_400_000;
const MARK = 'BEWAARMERK91c2';
let server: TestServer | undefined;
let dataDir: string | undefined;
const boards: BoardClient[] = [];
const controls: RecordingClient[] = [];

afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  for (const c of controls.splice(0)) c.close();
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  server = undefined;
  dataDir = undefined;
});

async function start(env: Record<string, string> = {}): Promise<TestServer> {
  server = await startTestServer(dataDir ? { ...env, DATA_DIR: dataDir } : env, true);
  dataDir = server.dataDir;
  return server;
}

async function call(s: TestServer, w: WorkshopCreated, method: string, path: string, body?: unknown) {
  const res = await fetch(`${s.url}/api/workshops/${w.id}${path}`, {
    method,
    headers: { authorization: `Bearer ${w.tokens.organiser}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('retention', () => {
  it('the details say when: RETENTION_DAYS after the workshop day, or after creation without a date', async () => {
    const s = await start();
    const before = Date.now();
    const w = await s.createWorkshop();
    const after = Date.now();
    const fresh = DetailsReply.parse((await call(s, w, 'GET', '/details')).json);
    expect(fresh.deleteAfter).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(fresh.deleteAfter).toBeLessThanOrEqual(after + 30 * DAY);

    const patched = DetailsReply.parse((await call(s, w, 'PATCH', '', { date: '2099-06-15' })).json);
    expect(patched.deleteAfter).toBe(Date.UTC(2099, 5, 16) + 30 * DAY);
    expect(DetailsReply.parse((await call(s, w, 'GET', '/details')).json).deleteAfter).toBe(patched.deleteAfter);
    // A date in the past never brings the deletion closer than RETENTION_DAYS after creation.
    const past = DetailsReply.parse((await call(s, w, 'PATCH', '', { date: '2001-01-01' })).json);
    expect(past.deleteAfter).toBe(fresh.deleteAfter);
  });

  it('at start, workshops past their time are deleted with every trace; the others stay', async () => {
    let s = await start();
    const expired = await s.createWorkshop(`Verlopen ${MARK}`, [`Groep ${MARK}`]);
    const kept = await s.createWorkshop('Blijft', ['Groep X']);
    expect((await call(s, expired, 'PATCH', '', { date: '2020-01-01', place: MARK })).status).toBe(200);
    expect((await call(s, kept, 'PATCH', '', { date: isoDay(Date.now() + DAY) })).status).toBe(200);
    const board = connectBoard(s.wsUrl, expired.id, expired.groups[0]!.id, expired.tokens.facilitator);
    await board.synced;
    addNote(board.doc, { x: 0, y: 0, text: `Notitie ${MARK}` }, { kind: 'local' });
    const stored = connectBoard(s.wsUrl, expired.id, expired.groups[0]!.id, expired.tokens.organiser);
    await waitForDoc(stored.doc, (d) => JSON.stringify(d.getMap('items').toJSON()).includes(MARK));
    board.destroy();
    stored.destroy();
    await s.close();

    // Retention 0 days: the expired workshop's day is over, the kept one's is tomorrow.
    s = await start({ RETENTION_DAYS: '0' });
    expect((await call(s, expired, 'GET', '')).status).toBe(401);
    expect((await call(s, kept, 'GET', '')).status).toBe(200);
    await s.close();
    server = undefined;
    for (const name of readdirSync(dataDir!).filter((n) => n.startsWith('werkbord.db'))) {
      expect(readFileSync(join(dataDir!, name)).includes(Buffer.from(MARK)), `${MARK} in ${name}`).toBe(false);
    }
  });

  it('the periodic sweep deletes a workshop whose time passes while the server runs, and closes its sockets', async () => {
    // 0.00002 days is 1.7 s: time enough to give both workshops a date before a sweep sees them.
    const s = await start({ RETENTION_DAYS: '0.00002', RETENTION_SWEEP_MINUTES: '0.002' });
    const w = await s.createWorkshop();
    const kept = await s.createWorkshop('Blijft', ['Groep X']);
    expect((await call(s, w, 'PATCH', '', { date: isoDay(Date.now() + 2 * DAY) })).status).toBe(200);
    expect((await call(s, kept, 'PATCH', '', { date: isoDay(Date.now() + 2 * DAY) })).status).toBe(200);
    const laptop = connectBoard(s.wsUrl, w.id, w.groups[0]!.id, w.tokens.participants[w.groups[0]!.id]);
    boards.push(laptop);
    const laptopClosed = new Promise<number>((resolve) => laptop.provider.on('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? -1)));
    await laptop.synced;
    const screen = await connectControl(s.url, w.id, w.tokens.facilitator);
    controls.push(screen);
    const disconnected = new Promise<string>((resolve) => screen.socket.once('disconnect', resolve));

    // The organiser moves the date into the past: a sweep (every 120 ms) deletes it 1.7 s after its creation.
    expect((await call(s, w, 'PATCH', '', { date: '2020-01-01' })).status).toBe(200);
    expect(await laptopClosed).toBe(CloseCode.deleted);
    expect(await disconnected).toBe('io server disconnect');
    expect((await call(s, w, 'GET', '')).status).toBe(401);
    expect((await call(s, kept, 'GET', '')).status).toBe(200);
  });
});
