import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionPointsOf, readActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { applyThenRevert } from '../../server/yjs/revertUpdate.ts';

const local: ChangeOrigin = { kind: 'local' };
const conn = { name: 'a participant socket' };

/** A server doc and a participant doc with submitted action points, in sync. */
function submitted(): { server: Y.Doc; client: Y.Doc } {
  const client = new Y.Doc();
  for (const slot of [0, 1] as const) {
    setActionText(client, slot, 'title', `Titel ${slot}`, local);
    setActionText(client, slot, 'body', 'Waarom en hoe', local);
    setParty(client, slot, 'politie', true, local);
    setLead(client, slot, 'politie', local);
    setTimeframe(client, slot, 'nu', local);
  }
  submitActionPoints(client, local, 5);
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { server, client };
}

/** Applies `update` with revert on the server and sends everything the server emitted back. */
function judge(server: Y.Doc, client: Y.Doc, update: Uint8Array): boolean {
  const out: Uint8Array[] = [];
  const record = (u: Uint8Array, origin: unknown) => { if (origin !== conn) out.push(u); };
  server.on('update', record);
  const reverted = applyThenRevert(server, update, conn, server.getMap('actionPoints'));
  server.off('update', record);
  for (const u of out) Y.applyUpdate(client, u);
  return reverted;
}

function changeOf(client: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  client.on('update', record);
  change();
  client.off('update', record);
  return Y.mergeUpdates(updates);
}

describe('applyThenRevert (server/yjs/revertUpdate.ts)', () => {
  it.each([
    ['typing in a title', (d: Y.Doc) => ((actionPointsOf(d).get('0') as Y.Map<unknown>).get('title') as Y.Text).insert(0, 'X ')],
    ['deleting from a body', (d: Y.Doc) => ((actionPointsOf(d).get('1') as Y.Map<unknown>).get('body') as Y.Text).delete(0, 7)],
    ['unticking a party and the lead', (d: Y.Doc) => {
      const slot = actionPointsOf(d).get('0') as Y.Map<unknown>;
      (slot.get('parties') as Y.Map<boolean>).delete('politie');
      slot.set('lead', '');
    }],
    ['reopening by itself', (d: Y.Doc) => actionPointsOf(d).set('submitted', false)],
    ['deleting a whole slot', (d: Y.Doc) => actionPointsOf(d).delete('1')],
  ])('%s is undone, and the sender ends up where the server is', (_name, change) => {
    const { server, client } = submitted();
    const before = readActionPoints(server);
    const update = changeOf(client, () => client.transact(() => change(client)));
    expect(judge(server, client, update)).toBe(true);
    expect(readActionPoints(server)).toEqual(before);
    expect(readActionPoints(client)).toEqual(before);
  });

  it('keeps the part of the update outside the scope, and later updates of the sender still apply', () => {
    const { server, client } = submitted();
    const update = changeOf(client, () => client.transact(() => {
      addNote(client, { x: 0, y: 0, text: 'blijft' }, local);
      ((actionPointsOf(client).get('0') as Y.Map<unknown>).get('title') as Y.Text).insert(0, 'weg ');
    }));
    judge(server, client, update);
    expect(readNotes(server).map((n) => n.text)).toEqual(['blijft']);
    expect(readActionPoints(server).slots[0].title).toBe('Titel 0');
    const later = changeOf(client, () => addNote(client, { x: 0, y: 0, text: 'erna' }, local));
    expect(judge(server, client, later)).toBe(false);
    expect(readNotes(server).map((n) => n.text).sort()).toEqual(['blijft', 'erna']);
    expect(server.store.pendingStructs).toBeNull();
  });
});
