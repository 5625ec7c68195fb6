import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../../shared/closeCodes.ts';
import { Limits } from '../../shared/limits.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { openRaw } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: WorkshopCreated;
const clients: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

const garbageUpdate = frame((e) => {
  encoding.writeVarUint(e, 0); // sync
  encoding.writeVarUint(e, 2); // update
  encoding.writeVarUint8Array(e, new Uint8Array([7, 200, 13, 255, 255, 255, 1, 9, 9]));
});

describe('bad input on the board channel closes only that socket', () => {
  it.each([
    ['a malformed Yjs update', garbageUpdate, CloseCode.badMessage],
    ['an unknown message type', frame((e) => encoding.writeVarUint(e, 99)), CloseCode.badMessage],
    ['a truncated frame', new Uint8Array([0]), CloseCode.badMessage],
    ['a broken awareness update', frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, new Uint8Array([1, 5, 1, 3, 123, 125]));
    }), CloseCode.badMessage],
    ['an oversize frame', new Uint8Array(Limits.maxFrameBytes + 1), CloseCode.tooLarge],
  ])('%s', async (_name, payload, code) => {
    const groupId = workshop.groups[0]!.id;
    const token = workshop.tokens.participants[groupId]!;
    const good = connectBoard(server.wsUrl, workshop.id, groupId, token);
    clients.push(good);
    await good.synced;
    addNote(good.doc, { x: 0, y: 0, text: 'voor de aanval' }, { kind: 'local' });

    const bad = openRaw(`${server.wsUrl}/yjs/${workshop.id}/${groupId}?token=${token}`);
    await bad.opened;
    await bad.firstMessage; // the server's sync step 1: the room is live
    bad.ws.send(payload);
    expect((await bad.closed).code).toBe(code);

    // The good client still syncs both ways, and nothing stored was lost.
    addNote(good.doc, { x: 1, y: 1, text: 'na de aanval' }, { kind: 'local' });
    const fresh = connectBoard(server.wsUrl, workshop.id, groupId, token);
    clients.push(fresh);
    await waitForDoc(fresh.doc, (d) => readNotes(d).length === 2);
    expect(readNotes(fresh.doc).map((n) => n.text).sort()).toEqual(['na de aanval', 'voor de aanval']);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('a text frame is refused', async () => {
    const groupId = workshop.groups[0]!.id;
    const bad = openRaw(`${server.wsUrl}/yjs/${workshop.id}/${groupId}?token=${workshop.tokens.participants[groupId]}`);
    await bad.opened;
    bad.ws.send('hallo');
    expect((await bad.closed).code).toBe(CloseCode.badMessage);
  });

  it('an upgrade to an unknown path is refused', async () => {
    const raw = openRaw(`${server.wsUrl}/elders`);
    await expect(raw.opened).rejects.toThrow(/404/);
  });
});
