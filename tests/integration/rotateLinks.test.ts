import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { LinksRotated, type RotateInput } from '../../shared/schemas/organiser.ts';
import { JoinResult, WorkshopLinks, type WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Rotating links (docs/api.md, "Rotating links"): the organiser replaces a role's or a group's
 * token; the old one, and every token derived from it, stops working at once on every channel,
 * and the sockets that used them are closed. Everything else keeps working.
 */

let server: TestServer;
let dataDir: string;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];
const controls: RecordingClient[] = [];

beforeEach(async () => {
  server = await startTestServer({}, true);
  dataDir = server.dataDir;
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  for (const c of controls.splice(0)) c.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const gid = (i: number) => workshop.groups[i]!.id;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${server.url}/api/workshops/${workshop.id}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

async function rotate(target: RotateInput | Record<string, unknown>, token = workshop.tokens.organiser) {
  return call('POST', '/tokens/rotate', token, target);
}

async function rotated(target: RotateInput): Promise<LinksRotated> {
  const res = await rotate(target);
  expect(res.status).toBe(200);
  return LinksRotated.parse(res.json);
}

const statusWith = async (token: string) => (await call('GET', '', token)).status;

/** An open board (stock client) and control socket with `token`, and what happens to each. */
async function openScreens(groupIndex: number, token: string) {
  const board = connectBoard(server.wsUrl, workshop.id, gid(groupIndex), token);
  boards.push(board);
  const boardClosed = new Promise<number>((resolve) => board.provider.on('connection-close', (e: CloseEvent | null) => resolve(e?.code ?? -1)));
  await board.synced;
  const control = await connectControl(server.url, workshop.id, token);
  controls.push(control);
  const controlClosed = new Promise<string>((resolve) => control.socket.once('disconnect', resolve));
  return { board, boardClosed, control, controlClosed };
}

describe('POST /api/workshops/:id/tokens/rotate', () => {
  it('refuses bad bodies (400), unknown groups (404) and every role but the organiser (403)', async () => {
    for (const body of [
      {}, { role: 'admin' }, { role: 'participant' }, { role: 'facilitator', groupId: gid(0) },
      { role: 'plenary', extra: true }, { role: 'participant', groupId: '' },
    ]) {
      const res = await rotate(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json).toMatchObject({ error: 'invalid_request' });
    }
    expect((await rotate({ role: 'participant', groupId: 'nogroup' })).status).toBe(404);
    expect((await rotate({ role: 'plenary' }, '')).status).toBe(401);
    const { tokens } = workshop;
    for (const token of [tokens.facilitator, tokens.plenary, tokens.join, tokens.participants[gid(0)]!]) {
      expect((await rotate({ role: 'plenary' }, token)).status).toBe(403);
    }
    // Nothing was rotated by any of these.
    for (const token of [tokens.organiser, tokens.facilitator, tokens.plenary, tokens.join, tokens.participants[gid(0)]!]) {
      expect(await statusWith(token)).toBe(200);
    }
  });

  it("a group's link: the old token stops at once, its sockets are closed, the other group carries on", async () => {
    const oldToken = workshop.tokens.participants[gid(0)]!;
    const laptop = await openScreens(0, oldToken);
    const neighbour = await openScreens(1, workshop.tokens.participants[gid(1)]!);

    const reply = await rotated({ role: 'participant', groupId: gid(0) });
    expect(reply.rotated).toEqual([{ role: 'participant', groupId: gid(0) }]);
    const newToken = reply.tokens.participants[gid(0)]!;
    expect(newToken).not.toBe(oldToken);

    expect(await laptop.boardClosed).toBe(CloseCode.unauthorized);
    expect(await laptop.controlClosed).toBe('io server disconnect');
    expect(await statusWith(oldToken)).toBe(401);
    // The stock client treats 4401 as final: it does not come back with the old token.
    expect(laptop.board.provider.shouldConnect).toBe(false);

    expect(neighbour.board.provider.wsconnected).toBe(true);
    expect(neighbour.control.socket.connected).toBe(true);
    for (const token of [workshop.tokens.organiser, workshop.tokens.facilitator, workshop.tokens.plenary, workshop.tokens.join]) {
      expect(await statusWith(token)).toBe(200);
    }

    // The new link works everywhere, and is the one every holder above it now hands out.
    expect(await statusWith(newToken)).toBe(200);
    const again = connectBoard(server.wsUrl, workshop.id, gid(0), newToken);
    boards.push(again);
    await again.synced;
    const links = WorkshopLinks.parse((await call('GET', '/links', workshop.tokens.facilitator)).json);
    expect(links.groups?.[gid(0)]).toBe(reply.links.groups[gid(0)]);
    expect(links.groups?.[gid(0)]).toContain(`#t=${newToken}`);
    expect(links.groups?.[gid(1)]).toBe(workshop.links.groups[gid(1)]);
    const joined = JoinResult.parse((await call('POST', '/join', workshop.tokens.join, { groupId: gid(0) })).json);
    expect(joined.token).toBe(newToken);
  });

  it('the facilitator link: it and every token derived from it are replaced; the organiser keeps working', async () => {
    const old = workshop.tokens;
    const screens = await Promise.all([
      openScreens(0, old.facilitator), openScreens(1, old.plenary), openScreens(0, old.participants[gid(0)]!),
    ]);
    const organiser = await openScreens(1, old.organiser);

    const reply = await rotated({ role: 'facilitator' });
    expect(reply.rotated.map((r) => r.role).sort()).toEqual(['facilitator', 'join', 'participant', 'participant', 'plenary']);
    for (const s of screens) {
      expect(await s.boardClosed).toBe(CloseCode.unauthorized);
      expect(await s.controlClosed).toBe('io server disconnect');
    }
    for (const token of [old.facilitator, old.plenary, old.join, old.participants[gid(0)]!, old.participants[gid(1)]!]) {
      expect(await statusWith(token)).toBe(401);
    }
    expect(organiser.board.provider.wsconnected).toBe(true);
    expect(organiser.control.socket.connected).toBe(true);
    expect(reply.tokens.organiser).toBe(old.organiser);

    // The new family derives as before: the facilitator sees the same links as the organiser.
    const n = reply.tokens;
    for (const token of [n.facilitator, n.plenary, n.join, n.participants[gid(0)]!, n.participants[gid(1)]!]) {
      expect(await statusWith(token)).toBe(200);
    }
    const seenByFacilitator = WorkshopLinks.parse((await call('GET', '/links', n.facilitator)).json);
    const { organiser: _own, ...belowOrganiser } = reply.links;
    expect(seenByFacilitator).toEqual(belowOrganiser);
    expect(WorkshopLinks.parse((await call('GET', '/links', old.organiser)).json)).toEqual(reply.links);
  });

  it('the join link: join and participant tokens change, facilitator and plenary stay', async () => {
    const old = workshop.tokens;
    const reply = await rotated({ role: 'join' });
    expect(reply.rotated.map((r) => r.role).sort()).toEqual(['join', 'participant', 'participant']);
    expect(await statusWith(old.join)).toBe(401);
    expect(await statusWith(old.participants[gid(1)]!)).toBe(401);
    expect(await statusWith(old.facilitator)).toBe(200);
    expect(await statusWith(old.plenary)).toBe(200);
    const seenByPlenary = WorkshopLinks.parse((await call('GET', '/links', old.plenary)).json);
    expect(seenByPlenary.join).toBe(reply.links.join);
  });

  it('the organiser link: a new root, so every link changes, and the new one may rotate again', async () => {
    const old = workshop.tokens;
    const own = await openScreens(0, old.organiser);
    const reply = await rotated({ role: 'organiser' });
    expect(reply.rotated).toHaveLength(6);
    expect(await own.boardClosed).toBe(CloseCode.unauthorized);
    expect(await own.controlClosed).toBe('io server disconnect');
    for (const token of [old.organiser, old.facilitator, old.plenary, old.join, old.participants[gid(0)]!]) {
      expect(await statusWith(token)).toBe(401);
    }
    expect((await rotate({ role: 'plenary' }, old.organiser)).status).toBe(401);
    const again = await rotate({ role: 'plenary' }, reply.tokens.organiser);
    expect(again.status).toBe(200);
    expect(LinksRotated.parse(again.json).tokens.facilitator).toBe(reply.tokens.facilitator);
  });

  it('rotated links survive a restart, and rotating twice never brings an old token back', async () => {
    const first = await rotated({ role: 'participant', groupId: gid(1) });
    const second = await rotated({ role: 'participant', groupId: gid(1) });
    const tokens = [workshop.tokens.participants[gid(1)]!, first.tokens.participants[gid(1)]!, second.tokens.participants[gid(1)]!];
    expect(new Set(tokens).size).toBe(3);
    await server.close();
    server = await startTestServer({ DATA_DIR: dataDir });
    expect(await statusWith(tokens[0]!)).toBe(401);
    expect(await statusWith(tokens[1]!)).toBe(401);
    expect(await statusWith(tokens[2]!)).toBe(200);
    // The same links, on the new server's port.
    const links = WorkshopLinks.parse((await call('GET', '/links', workshop.tokens.organiser)).json);
    const portless = (l: object) => JSON.parse(JSON.stringify(l).replace(/http:\/\/127\.0\.0\.1:\d+/g, '')) as unknown;
    expect(portless(links)).toEqual(portless(second.links));
  });

  it('two rotations at once both land, and the stored chain still derives from the organiser', async () => {
    const [a, b] = await Promise.all([rotated({ role: 'facilitator' }), rotated({ role: 'join' })]);
    const links = WorkshopLinks.parse((await call('GET', '/links', workshop.tokens.organiser)).json);
    const last = [a, b].find((r) => r.links.join === links.join) ?? b;
    expect(links).toEqual(last.links);
    for (const token of [last.tokens.facilitator, last.tokens.plenary, last.tokens.join, last.tokens.participants[gid(0)]!]) {
      expect(await statusWith(token)).toBe(200);
    }
  });
});
