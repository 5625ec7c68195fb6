import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { itemsOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { MessageType, SyncType, encodeMessage } from '../../server/yjs/protocol.ts';
import { detachedCopy, sendRaw, updateOf } from '../helpers/boardAttack.ts';
import { openRaw } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Issue 8, finding 2: updates with a deliberate gap (their dependencies never come) were kept
 * in the server's document store, sent to every late joiner and never bounded. Now they wait
 * per socket, bounded in bytes and time, and a late joiner only ever receives stored state.
 */

const local: ChangeOrigin = { kind: 'local' };
let server: TestServer;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];

afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

async function setup(env: Record<string, string> = {}): Promise<void> {
  server = await startTestServer(env);
  workshop = await server.createWorkshop('Gaten', ['Groep A']);
}

const groupId = () => workshop.groups[0]!.id;
const roomUrl = (token: string) => `${server.wsUrl}/yjs/${workshop.id}/${groupId()}?token=${token}`;

async function board(): Promise<BoardClient> {
  const b = connectBoard(server.wsUrl, workshop.id, groupId(), workshop.tokens.participants[groupId()]);
  boards.push(b);
  await b.synced;
  return b;
}

/** A gap update: U2 of a fresh client whose U1 (a note) is never sent. */
function gapUpdate(base: Y.Doc, text: string): Uint8Array {
  const hostile = detachedCopy(base);
  updateOf(hostile, (d) => addNote(d, { x: 0, y: 0, text: 'nooit verstuurd' }, local));
  // Raw, past the model's limits: the server never gets to judge it, it can only hold it.
  return updateOf(hostile, (d) => {
    const note = new Y.Map<unknown>();
    note.set('type', 'note');
    note.set('text', new Y.Text(text));
    itemsOf(d).set(`gap${d.clientID}`, note);
  });
}

/** The bytes of the board a late joiner receives: the sync step 2 answering an empty state vector. */
async function lateJoinerBytes(): Promise<number> {
  const raw = openRaw(roomUrl(workshop.tokens.facilitator));
  await raw.opened;
  const step2 = new Promise<number>((resolve) => {
    raw.ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MessageType.sync) return;
      if (decoding.readVarUint(decoder) !== SyncType.step2) return;
      resolve(decoding.readVarUint8Array(decoder).byteLength);
    });
  });
  // Sync step 1 with an empty state vector: "send me everything".
  raw.ws.send(encodeMessage(MessageType.sync, (e) => {
    encoding.writeVarUint(e, SyncType.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(new Y.Doc()));
  }));
  const bytes = await step2;
  raw.ws.close();
  return bytes;
}

describe('finding 2: pending structs are bounded and never served', () => {
  it('closes a socket whose pending updates pass the byte bound (4509) and serves none of them', async () => {
    await setup();
    const attacker = await board();
    addNote(attacker.doc, { x: 0, y: 0, text: 'echt' }, local);
    const closed = new Promise<number>((resolve) => attacker.provider.once('connection-close', (e: { code: number } | null) => resolve(e?.code ?? 0)));
    // 40 updates of 30 kB, each with a gap: 1.2 MB in all, past the 1 MB bound.
    for (let i = 0; i < 40; i++) sendRaw(attacker, gapUpdate(attacker.doc, 'g'.repeat(30_000)));
    const resynced = new Promise<void>((resolve) => attacker.provider.on('sync', (s: boolean) => s && resolve()));
    expect(await closed).toBe(CloseCode.resync);
    expect(await lateJoinerBytes()).toBeLessThan(5_000);
    // The stock client reconnects and keeps working.
    await resynced;
    addNote(attacker.doc, { x: 0, y: 0, text: 'daarna' }, local);
    const fresh = await board();
    await waitForDoc(fresh.doc, (d) => readNotes(d).some((n) => n.text === 'daarna'));
    expect(readNotes(fresh.doc).map((n) => n.text).sort()).toEqual(['daarna', 'echt']);
  });

  it('a late joiner never receives pending structs while they wait; past PENDING_UPDATE_MS the socket must resync', async () => {
    await setup({ PENDING_UPDATE_MS: '300' });
    const attacker = await board();
    const closed = new Promise<number>((resolve) => attacker.provider.once('connection-close', (e: { code: number } | null) => resolve(e?.code ?? 0)));
    sendRaw(attacker, gapUpdate(attacker.doc, 'p'.repeat(200_000)));
    expect(await lateJoinerBytes()).toBeLessThan(5_000);
    expect(await closed).toBe(CloseCode.resync);
  });
});
