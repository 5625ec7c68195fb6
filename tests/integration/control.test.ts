import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents, ControlError, PresenceList, PresenceMember, ServerToClientEvents,
} from '../../shared/schemas/control.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';

type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents>;

let server: TestServer;
let workshop: WorkshopCreated;
let other: WorkshopCreated;
const sockets: ControlClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
  other = await server.createWorkshop('Andere conferentie', ['X']);
});
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server.close();
});

const groupA = () => workshop.groups[0]!.id;
const groupB = () => workshop.groups[1]!.id;

/** A Socket.IO client as the app opens it; not connected until the caller awaits `connected`. */
function client(auth: unknown): ControlClient {
  const socket: ControlClient = io(server.url, {
    ...(auth === undefined ? {} : { auth: auth as Record<string, unknown> }),
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

function connected(socket: ControlClient): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

function refused(socket: ControlClient): Promise<Error & { data?: { code?: string } }> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('the handshake was accepted')));
    socket.once('connect_error', (err) => resolve(err as Error & { data?: { code?: string } }));
  });
}

async function connect(token: string, workshopId = workshop.id): Promise<ControlClient> {
  const socket = client({ workshopId, token });
  await connected(socket);
  return socket;
}

/** Resolves with the first `presence` list that `socket` receives for which `predicate` holds. */
function presenceWhere(socket: ControlClient, predicate: (list: PresenceList) => boolean): Promise<PresenceList> {
  return new Promise((resolve) => {
    const check = (list: PresenceList) => {
      if (!predicate(list)) return;
      socket.off('presence', check);
      resolve(list);
    };
    socket.on('presence', check);
  });
}

function nextControlError(socket: ControlClient): Promise<ControlError> {
  return new Promise((resolve) => socket.once('control:error', resolve));
}

const memberOf = (list: PresenceList, socket: ControlClient): PresenceMember | undefined =>
  list.members.find((m) => m.id === socket.id);

describe('control handshake (Socket.IO auth {workshopId, token})', () => {
  it.each([
    ['no auth', () => undefined, 'invalid_auth'],
    ['auth without a token', () => ({ workshopId: workshop.id }), 'invalid_auth'],
    ['a numeric workshopId', () => ({ workshopId: 5, token: workshop.tokens.facilitator }), 'invalid_auth'],
    ['a token over 256 characters', () => ({ workshopId: workshop.id, token: 't'.repeat(257) }), 'invalid_auth'],
    ['an unknown token', () => ({ workshopId: workshop.id, token: 'x'.repeat(43) }), 'unauthorized'],
    ["another workshop's token", () => ({ workshopId: workshop.id, token: other.tokens.organiser }), 'forbidden'],
    ["a valid token for an unknown workshop", () => ({ workshopId: 'bestaatniet', token: workshop.tokens.organiser }), 'forbidden'],
  ])('%s is refused with connect_error code %s', async (_name, auth, code) => {
    const err = await refused(client(auth()));
    expect(err.data?.code).toBe(code);
  });

  it.each([
    ['organiser', () => workshop.tokens.organiser],
    ['facilitator', () => workshop.tokens.facilitator],
    ['plenary', () => workshop.tokens.plenary],
    ['join', () => workshop.tokens.join],
    ['participant', () => workshop.tokens.participants[groupA()]!],
  ])('the %s token connects and is listed with its role', async (role, token) => {
    const socket = client({ workshopId: workshop.id, token: token() });
    const listed = presenceWhere(socket, (l) => memberOf(l, socket) !== undefined);
    await connected(socket);
    expect(memberOf(await listed, socket)).toMatchObject({ role, name: '' });
  });
});

describe('presence', () => {
  it('a name set by one participant reaches everyone in the workshop, and leaves with it', async () => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const b = await connect(workshop.tokens.participants[groupB()]!);
    const f = await connect(workshop.tokens.facilitator);
    const aId = a.id;

    const named = (l: PresenceList) => l.members.some((m) => m.id === aId && m.name === 'Tafelgast A');
    const seen = [a, b, f].map((s) => presenceWhere(s, named));
    a.emit('presence:set', { name: '  Tafelgast A ' });
    for (const list of await Promise.all(seen)) {
      expect(list.members.find((m) => m.id === aId)).toEqual({
        id: aId, role: 'participant', groupId: groupA(), name: 'Tafelgast A',
      });
      expect(list.members.map((m) => m.id).sort()).toEqual([a.id, b.id, f.id].sort());
    }

    const gone = (l: PresenceList) => !l.members.some((m) => m.id === aId);
    const afterLeave = [b, f].map((s) => presenceWhere(s, gone));
    a.disconnect();
    for (const list of await Promise.all(afterLeave)) {
      expect(list.members.map((m) => m.id).sort()).toEqual([b.id, f.id].sort());
    }
  });

  it('a participant cannot move itself to another group through presence:set', async () => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const update = presenceWhere(a, (l) => memberOf(l, a)?.name === 'Indringer');
    a.emit('presence:set', { name: 'Indringer', groupId: groupB() });
    expect(memberOf(await update, a)?.groupId).toBe(groupA());
  });

  it('a facilitator may say which board it is looking at, and clear it again', async () => {
    const f = await connect(workshop.tokens.facilitator);
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const onB = presenceWhere(a, (l) => l.members.some((m) => m.id === f.id && m.groupId === groupB()));
    f.emit('presence:set', { groupId: groupB() });
    expect((await onB).members.find((m) => m.id === f.id)).toMatchObject({ role: 'facilitator', groupId: groupB() });
    const cleared = presenceWhere(a, (l) => l.members.some((m) => m.id === f.id && m.groupId === null && m.name === 'F'));
    f.emit('presence:set', { groupId: null, name: 'F' });
    await cleared;
  });

  it("a workshop's presence never reaches another workshop", async () => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const o = client({ workshopId: other.id, token: other.tokens.facilitator });
    const heardByO: PresenceList[] = [];
    o.on('presence', (l) => heardByO.push(l));
    await connected(o);
    const aNamed = presenceWhere(a, (l) => memberOf(l, a)?.name === 'Tafelgast A');
    a.emit('presence:set', { name: 'Tafelgast A' });
    expect((await aNamed).members.map((m) => m.id)).toEqual([a.id]);
    // Events reach O in the order sent: once O hears its own later update, A's would have come.
    const oNamed = presenceWhere(o, (l) => memberOf(l, o)?.name === 'Buitenstaander');
    o.emit('presence:set', { name: 'Buitenstaander' });
    await oNamed;
    expect(heardByO.length).toBeGreaterThan(0);
    for (const list of heardByO) expect(list.members.map((m) => m.id)).toEqual([o.id]);
  });
});

describe('invalid events get control:error and leave the socket working', () => {
  /** The socket is still connected and a valid event still works afterwards. */
  async function expectStillWorking(socket: ControlClient, name: string): Promise<void> {
    expect(socket.connected).toBe(true);
    const named = presenceWhere(socket, (l) => memberOf(l, socket)?.name === name);
    socket.emit('presence:set', { name });
    await named;
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }

  it.each([
    ['a name of 500 characters', { name: 'x'.repeat(500) }],
    ['a numeric name', { name: 42 }],
    ['a string payload', 'Tafelgast'],
    ['a numeric groupId', { groupId: 7 }],
    ['null', null],
  ])('presence:set with %s: invalid_payload', async (_name, payload) => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const error = nextControlError(a);
    (a as unknown as Socket).emit('presence:set', payload);
    expect(await error).toMatchObject({ code: 'invalid_payload', event: 'presence:set', message: expect.any(String) });
    await expectStillWorking(a, 'na de fout');
  });

  it('an invalid name does not replace the name already set', async () => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const first = presenceWhere(a, (l) => memberOf(l, a)?.name === 'Eerste');
    a.emit('presence:set', { name: 'Eerste' });
    await first;
    const error = nextControlError(a);
    (a as unknown as Socket).emit('presence:set', { name: 'x'.repeat(500) });
    await error;
    // A valid update of the group only: the name it reports is still the first one.
    const f = await connect(workshop.tokens.facilitator);
    const seenByF = presenceWhere(f, (l) => memberOf(l, f)?.name === 'marker');
    f.emit('presence:set', { name: 'marker' });
    expect(memberOf(await seenByF, a)?.name).toBe('Eerste');
  });

  it('an unknown event: unknown_event, naming the event', async () => {
    const a = await connect(workshop.tokens.facilitator);
    const error = nextControlError(a);
    (a as unknown as Socket).emit('board:wipe', { all: true });
    expect(await error).toMatchObject({ code: 'unknown_event', event: 'board:wipe' });
    await expectStillWorking(a, 'nog hier');
  });

  it('an invalid event from one socket does not disturb another', async () => {
    const a = await connect(workshop.tokens.participants[groupA()]!);
    const b = await connect(workshop.tokens.participants[groupB()]!);
    const error = nextControlError(a);
    (a as unknown as Socket).emit('presence:set', 'rommel');
    await error;
    const named = presenceWhere(a, (l) => memberOf(l, b)?.name === 'B');
    b.emit('presence:set', { name: 'B' });
    await named;
    expect(b.connected).toBe(true);
  });
});
