import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import type WebSocket from 'ws';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { encodeAwareness } from '../../server/yjs/protocol.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Issue 8, finding 5: presence (awareness) over the board channel. Before the fix the plenary
 * token renamed another participant, removed their presence, added fake users, and 1.5 MB
 * states went to every observer; 2,000 updates were passed on one by one.
 */

let server: TestServer;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Aanwezig', ['Groep A']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

const groupId = () => workshop.groups[0]!.id;

async function board(token = workshop.tokens.participants[groupId()]!): Promise<BoardClient> {
  const b = connectBoard(server.wsUrl, workshop.id, groupId(), token);
  boards.push(b);
  await b.synced;
  return b;
}

/** Sends a raw awareness update (client id → state) through a stock client's socket. */
function sendPresence(from: BoardClient, states: Map<number, unknown>, clock = 1_000): void {
  const fake = new awarenessProtocol.Awareness(from.doc);
  fake.setLocalState(null);
  for (const [id, state] of states) fake.states.set(id, state as Record<string, unknown>);
  for (const id of states.keys()) fake.meta.set(id, { clock, lastUpdated: Date.now() });
  from.provider.ws!.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(fake, [...states.keys()])) as Uint8Array<ArrayBuffer>);
  fake.destroy();
}

/** Resolves when `observer` has seen `predicate` hold for its presence states. */
function presenceWhere(observer: BoardClient, predicate: (states: Map<number, Record<string, unknown>>) => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (predicate(observer.provider.awareness.getStates() as Map<number, Record<string, unknown>>)) {
        observer.provider.awareness.off('change', check);
        resolve();
      }
    };
    observer.provider.awareness.on('change', check);
    check();
  });
}

const socketOf = (b: BoardClient) => b.provider.ws as unknown as WebSocket;

/**
 * Sends a sync step 1 on `b`'s socket and waits for the server's step 2: the server handles a
 * socket's frames in order, so everything `b` sent before has been judged by then, and
 * everything the server wrote to `b` before has arrived.
 */
function roundTrip(b: BoardClient): Promise<void> {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 0); // step 1
  encoding.writeVarUint8Array(e, Y.encodeStateVector(b.doc));
  return new Promise((resolve) => {
    // y-websocket sets binaryType 'arraybuffer'.
    const onMessage = (data: ArrayBuffer | Buffer) => {
      const bytes = new Uint8Array(data);
      if (bytes[0] !== 0 || bytes[1] !== 1) return;
      socketOf(b).off('message', onMessage);
      resolve();
    };
    socketOf(b).on('message', onMessage);
    socketOf(b).send(encoding.toUint8Array(e));
  });
}

const nameOf = (states: Map<number, Record<string, unknown>>, id: number) => (states.get(id)?.user as { name?: string } | undefined)?.name;

describe('finding 5: a socket sets only its own, valid, bounded presence', () => {
  it('refuses presence from the read-only plenary token and renames of others; honest presence still flows', async () => {
    const alice = await board();
    const observer = await board();
    alice.provider.awareness.setLocalStateField('user', { name: 'Tafel 3', color: '#1d4ed8' });
    await presenceWhere(observer, (s) => nameOf(s, alice.doc.clientID) === 'Tafel 3');

    const plenary = await board(workshop.tokens.plenary);
    const mallory = await board();
    // The beamer "renames" Alice and adds a fake user; a participant tries the same and a removal.
    sendPresence(plenary, new Map<number, unknown>([
      [alice.doc.clientID, { user: { name: 'Mallory <img src=x onerror=alert(1)>', color: '#000000' } }],
      [424242, { user: { name: 'Nep', color: '#000000' } }],
    ]));
    sendPresence(mallory, new Map<number, unknown>([
      [alice.doc.clientID, { user: { name: 'Mallory', color: '#000000' } }],
    ]));
    sendPresence(mallory, new Map<number, unknown>([[alice.doc.clientID, null]]), 2_000);
    // Mallory's own state, oversize: refused as well.
    sendPresence(mallory, new Map<number, unknown>([[mallory.doc.clientID, { user: { name: 'x', color: '#000000' }, cursor: { x: 1, y: 2 }, junk: 'j'.repeat(1_500_000) }]]), 3_000);

    // A marker from Alice, sent after the attacks on the same server, arrives; the attacks did not.
    alice.provider.awareness.setLocalStateField('user', { name: 'Tafel 3 (na)', color: '#1d4ed8' });
    await presenceWhere(observer, (s) => nameOf(s, alice.doc.clientID) === 'Tafel 3 (na)');
    const states = observer.provider.awareness.getStates();
    expect(states.has(424242)).toBe(false);
    expect(nameOf(states as Map<number, Record<string, unknown>>, plenary.doc.clientID)).toBeUndefined();
    expect(JSON.stringify([...states.values()])).not.toContain('Mallory');
    expect(JSON.stringify([...states.values()]).length).toBeLessThan(2_000);
  });

  it('shows a staff role only for a staff token: a participant cannot pass for the facilitator', async () => {
    const observer = await board();
    const mallory = await board();
    const facilitator = await board(workshop.tokens.facilitator);
    const organiser = await board(workshop.tokens.organiser);
    const roleOf = (id: number) => (observer.provider.awareness.getStates().get(id)?.user as { role?: string } | undefined)?.role;
    // Every role the observer ever saw on Mallory's and the organiser's presence.
    const claimed: string[] = [];
    observer.provider.awareness.on('change', () => {
      for (const id of [mallory.doc.clientID, organiser.doc.clientID]) {
        const role = roleOf(id);
        if (role) claimed.push(`${id === mallory.doc.clientID ? 'mallory' : 'organiser'}:${role}`);
      }
    });

    mallory.provider.awareness.setLocalStateField('user', { name: 'Begeleider', color: '#000000', role: 'facilitator' });
    organiser.provider.awareness.setLocalStateField('user', { name: '', color: '#15803d', role: 'facilitator' });
    // Markers from other sockets, sent after the claims: once they are seen, the claims were handled.
    facilitator.provider.awareness.setLocalStateField('user', { name: '', color: '#1d4ed8', role: 'facilitator' });
    await presenceWhere(observer, () => roleOf(facilitator.doc.clientID) === 'facilitator');
    organiser.provider.awareness.setLocalStateField('user', { name: 'Organisatie', color: '#15803d', role: 'organiser' });
    await presenceWhere(observer, () => roleOf(organiser.doc.clientID) === 'organiser');
    expect(claimed.filter((c) => c !== 'organiser:organiser')).toEqual([]);
  });

  it('coalesces a flood of presence updates from one socket', async () => {
    const flooder = await board();
    const observer = await board();
    let received = 0;
    observer.provider.awareness.on('update', ({ updated }: { updated: number[] }) => {
      if (updated.includes(flooder.doc.clientID)) received++;
    });
    const started = Date.now();
    for (let i = 0; i < 2_000; i++) flooder.provider.awareness.setLocalStateField('cursor', { x: i, y: i });
    await presenceWhere(observer, (s) => (s.get(flooder.doc.clientID)?.cursor as { x: number } | undefined)?.x === 1_999);
    const elapsed = Date.now() - started;
    // At most one change per 50 ms window per socket reaches others (plus the first and last).
    expect(received).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 2);
    expect(received).toBeLessThan(2_000);
  });

  it('relays a room of moving cursors as one merged update per interval, not one per laptop', async () => {
    const movers = await Promise.all(Array.from({ length: 8 }, () => board()));
    const observer = await board();
    let messages = 0;
    let merged = 0;
    observer.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      messages++;
      if (added.length + updated.length > 1) merged++;
    });
    const started = Date.now();
    for (let i = 1; i <= 20; i++) {
      for (const m of movers) m.provider.awareness.setLocalStateField('cursor', { x: i, y: i });
    }
    const last = (s: Map<number, Record<string, unknown>>) => movers.every((m) => (s.get(m.doc.clientID)?.cursor as { x: number } | undefined)?.x === 20);
    await presenceWhere(observer, last);
    const elapsed = Date.now() - started;
    // Relayed one socket at a time the observer would get at least one message per mover;
    // batched per room it gets at most one per 50 ms window (plus the first and the last),
    // and those carry several movers each.
    expect(messages).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 2);
    expect(merged).toBeGreaterThan(0);
  });

  it('does not probe a laptop whose presence another stock client merely sends back, only a newer claim', async () => {
    const alice = await board();
    const bob = await board();
    let pings = 0;
    socketOf(alice).on('ping', () => { pings++; });
    // Bob's stock provider sends every state it receives back to the server (y-websocket
    // ignores the origin): Alice's id, claimed by Bob's socket, with the clock the room has.
    for (let i = 1; i <= 3; i++) {
      alice.provider.awareness.setLocalStateField('user', { name: `Tafel ${i}`, color: '#1d4ed8' });
      await presenceWhere(bob, (s) => nameOf(s, alice.doc.clientID) === `Tafel ${i}`);
    }
    await roundTrip(bob);
    await roundTrip(alice);
    // Probing on those echoes pinged Alice each time, and cut her whenever her pong took 5 s.
    expect(pings).toBe(0);
    // A newer state for Alice's id from another socket is a claim (a laptop reconnecting while
    // the server still holds its dead socket): the server checks that Alice is alive.
    const pinged = new Promise<void>((resolve) => socketOf(alice).once('ping', () => resolve()));
    sendPresence(bob, new Map<number, unknown>([[alice.doc.clientID, { user: { name: 'Over', color: '#000000' } }]]), 100_000);
    await pinged;
  });
});
