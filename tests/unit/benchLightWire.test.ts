import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import {
  authMessage, awarenessMessage, editStamps, presenceMessage, presenceTaken, readAwareness, readMessage, syncMessage,
} from '../bench/sync/lightWire.ts';
import { addOwnNote, editNote, EDIT_EPOCH, rng } from '../bench/sync/noteEdits.ts';

/*
 * The light laptop of the sync bench's knee reads what the servers send without applying it:
 * these messages are made the way the servers make them (y-protocols' sync encoders; the
 * Hocuspocus framing with the document name in front), and its own messages must read back
 * as the servers' decoders read them.
 */

/** A laptop's doc with its own note, and the update of one edit made at `at`. */
function oneEdit(): { doc: Y.Doc; update: Uint8Array; stamp: number } {
  const doc = new Y.Doc();
  const random = rng(3);
  const id = addOwnNote(doc, random);
  let update: Uint8Array = new Uint8Array();
  doc.once('update', (u: Uint8Array) => { update = u; });
  editNote(doc, id, 1, random);
  const stamp = (doc.getMap('items').get(id) as Y.Map<unknown>).get('z') as number;
  return { doc, update, stamp };
}

/** A sync message as y-websocket servers write it (type 0, then y-protocols' sync payload). */
function yWebsocketUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
}

/** The same as Hocuspocus's OutgoingMessage writes it: the document name first. */
function hocuspocusMessage(name: string, write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, name);
  write(e);
  return encoding.toUint8Array(e);
}

describe('the sync bench light laptop wire (tests/bench/sync/lightWire.ts)', () => {
  it('reads an edit\'s time stamp from a y-websocket update, decoding only', () => {
    const { update, stamp } = oneEdit();
    expect(stamp).toBeGreaterThan(EDIT_EPOCH);
    const message = readMessage('y-websocket', yWebsocketUpdate(update));
    expect(message.kind).toBe('update');
    if (message.kind !== 'update') return;
    expect(editStamps(message.update, 12345)).toEqual([stamp]);
  });

  it('does not count the sender\'s own edits echoed back, nor a note being created', () => {
    const { doc, update } = oneEdit();
    expect(editStamps(update, doc.clientID)).toEqual([]);
    const creating = new Y.Doc();
    let created: Uint8Array = new Uint8Array();
    creating.once('update', (u: Uint8Array) => { created = u; });
    addOwnNote(creating, rng(4));
    expect(editStamps(created, 1)).toEqual([]);
  });

  it('counts every edit of a merged update', () => {
    const a = oneEdit();
    const b = oneEdit();
    expect(editStamps(Y.mergeUpdates([a.update, b.update]), 1).sort()).toEqual([a.stamp, b.stamp].sort());
  });

  it('reads sync step 1 and step 2 as y-protocols writes them', () => {
    const { doc } = oneEdit();
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    syncProtocol.writeSyncStep1(e, doc);
    const step1 = readMessage('y-websocket', encoding.toUint8Array(e));
    expect(step1).toEqual({ kind: 'step1', stateVector: Y.encodeStateVector(doc) });
    const e2 = encoding.createEncoder();
    encoding.writeVarUint(e2, 0);
    syncProtocol.writeSyncStep2(e2, doc);
    const step2 = readMessage('y-websocket', encoding.toUint8Array(e2));
    expect(step2.kind).toBe('step2');
    if (step2.kind !== 'step2') return;
    const copy = new Y.Doc();
    Y.applyUpdate(copy, step2.update);
    expect(copy.getMap('items').size).toBe(1);
  });

  it('reads Hocuspocus\'s framing: the document name, auth answers, updates, and other types', () => {
    const { update, stamp } = oneEdit();
    const ok = hocuspocusMessage('board-7', (e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 2);
      encoding.writeVarString(e, 'read-write');
    });
    expect(readMessage('hocuspocus', ok)).toEqual({ kind: 'authenticated' });
    const denied = hocuspocusMessage('board-7', (e) => {
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, 'nope');
    });
    expect(readMessage('hocuspocus', denied)).toEqual({ kind: 'denied', reason: 'nope' });
    const relayed = hocuspocusMessage('board-7', (e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, update);
    });
    const message = readMessage('hocuspocus', relayed);
    expect(message.kind === 'update' && editStamps(message.update, 1)).toEqual([stamp]);
    const syncStatus = hocuspocusMessage('board-7', (e) => {
      encoding.writeVarUint(e, 8);
      encoding.writeVarInt(e, 1);
    });
    expect(readMessage('hocuspocus', syncStatus)).toEqual({ kind: 'other', type: 8 });
    // Read with the wrong framing, the name's bytes are taken for the type.
    expect(readMessage('y-websocket', relayed).kind).not.toBe('update');
  });

  it('writes messages the servers\' decoders read: sync, auth, presence', () => {
    const { doc } = oneEdit();
    const sent = syncMessage('y-websocket', 'ignored', 2, Y.encodeStateAsUpdate(doc));
    const copy = new Y.Doc();
    const reply = encoding.createEncoder();
    const decoder = decoding.createDecoder(sent);
    expect(decoding.readVarUint(decoder)).toBe(0);
    expect(syncProtocol.readSyncMessage(decoder, reply, copy, null)).toBe(2);
    expect(copy.getMap('items').size).toBe(1);

    const hello = authMessage('board-7', 'tok');
    expect(Array.from(hello)).toEqual([7, ...new TextEncoder().encode('board-7'), 2, 0, 3, ...new TextEncoder().encode('tok')]);

    // What a WebsocketProvider's Awareness sends on open: one client, clock 0, state {}.
    const presence = decoding.createDecoder(awarenessMessage('hocuspocus', 'board-7', doc.clientID, 0));
    expect(decoding.readVarString(presence)).toBe('board-7');
    expect(decoding.readVarUint(presence)).toBe(1);
    const update = decoding.createDecoder(decoding.readVarUint8Array(presence));
    expect([decoding.readVarUint(update), decoding.readVarUint(update), decoding.readVarUint(update)]).toEqual([1, doc.clientID, 0]);
    expect(JSON.parse(decoding.readVarString(update))).toEqual({});
    const provider = new awarenessProtocol.Awareness(new Y.Doc());
    const announced = awarenessProtocol.encodeAwarenessUpdate(provider, [provider.clientID]);
    expect(Array.from(awarenessMessage('y-websocket', '', provider.clientID, 0))).toEqual([1, announced.length, ...announced]);
    provider.destroy();
  });

  it('takes and sends back the presence a stock provider\'s Awareness takes and relays', () => {
    // Three other laptops' Awareness instances make the updates; a real Awareness and the light
    // laptop's bookkeeping receive the same ones.
    const others = [new Y.Doc(), new Y.Doc(), new Y.Doc()].map((d) => new awarenessProtocol.Awareness(d));
    const provider = new awarenessProtocol.Awareness(new Y.Doc());
    const known = new Map<number, { clock: number; held: boolean }>();
    const relayed: number[][] = [];
    provider.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      relayed.push([...added!, ...updated!, ...removed!].sort());
    });
    const deliver = (from: awarenessProtocol.Awareness, clients = [from.clientID]) => {
      const update = awarenessProtocol.encodeAwarenessUpdate(from, clients);
      const before = relayed.length;
      awarenessProtocol.applyAwarenessUpdate(provider, update, 'server');
      const expected = relayed.length > before ? relayed[relayed.length - 1]! : [];
      const taken = presenceTaken(readAwareness(update), known);
      expect(taken.map((e) => e.clientID).sort()).toEqual(expected);
      // What the light laptop sends back is what the provider sends back.
      if (taken.length > 0) {
        expect(presenceMessage('y-websocket', '', taken).subarray(2))
          .toEqual(awarenessProtocol.encodeAwarenessUpdate(provider, expected));
      }
    };
    for (const other of others) deliver(other); // clock 0: not taken
    for (const other of others) other.setLocalState({ cursor: { x: 1 } }); // clock 1: taken
    for (const other of others) deliver(other);
    deliver(others[0]!); // the same clock again: not taken
    others[1]!.setLocalState(null); // removed: taken
    deliver(others[1]!);
    expect(relayed.length).toBe(4);
    for (const a of [...others, provider]) a.destroy();
  });

  it('throws on a truncated message rather than reading garbage', () => {
    const { update } = oneEdit();
    expect(() => readMessage('y-websocket', yWebsocketUpdate(update).subarray(0, 10))).toThrow();
  });
});
