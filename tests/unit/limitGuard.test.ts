import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Limits } from '../../shared/limits.ts';
import { addNote, readNotes, setNoteText } from '../../shared/board/notes.ts';
import { itemsOf, metaOf, MetaKey } from '../../shared/board/schema.ts';
import { applyWithinLimits } from '../../server/yjs/limitGuard.ts';
import { local, replicaOf } from './boardTestUtils.ts';

const conn = { name: 'a client socket' };

/** Applies `update` through the guard on `server` and relays what the server emits back to `client`. */
function guarded(server: Y.Doc, client: Y.Doc, update: Uint8Array): string[] {
  const out: Uint8Array[] = [];
  const record = (u: Uint8Array, origin: unknown) => { if (origin !== conn) out.push(u); };
  server.on('update', record);
  const { refused } = applyWithinLimits(server, conn, () => Y.applyUpdate(server, update, conn));
  server.off('update', record);
  for (const u of out) Y.applyUpdate(client, u, 'remote');
  return refused.map((v) => v.limit);
}

function changeOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  doc.on('update', record);
  change();
  doc.off('update', record);
  return Y.mergeUpdates(updates);
}

/** A note written without the model, as a hostile client would. */
function rawNote(doc: Y.Doc, id: string, text: string): void {
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('type', 'note');
    item.set('x', 0);
    item.set('y', 0);
    item.set('text', new Y.Text(text));
    itemsOf(doc).set(id, item);
  });
}

describe('applyWithinLimits (server/yjs/limitGuard.ts, B12 on the server)', () => {
  it('keeps an update within the limits', () => {
    const server = new Y.Doc();
    const client = replicaOf(server);
    const update = changeOf(client, () => addNote(client, { x: 0, y: 0, text: 'goed' }, local));
    expect(guarded(server, client, update)).toEqual([]);
    expect(readNotes(server).map((n) => n.text)).toEqual(['goed']);
  });

  it('undoes a note whose text is too long, on the server and (by the relayed undo) on the sender', () => {
    const server = new Y.Doc();
    const client = replicaOf(server);
    const update = changeOf(client, () => rawNote(client, 'lang', 'x'.repeat(Limits.noteTextLength + 1)));
    expect(guarded(server, client, update)).toEqual(['noteTextLength']);
    expect(itemsOf(server).has('lang')).toBe(false);
    expect(itemsOf(client).has('lang')).toBe(false);
    // The sender's numbering stays whole: its next update applies.
    const later = changeOf(client, () => addNote(client, { x: 0, y: 0, text: 'daarna' }, local));
    expect(guarded(server, client, later)).toEqual([]);
    expect(readNotes(server).map((n) => n.text)).toEqual(['daarna']);
    expect(server.store.pendingStructs).toBeNull();
  });

  it('undoes typing that makes an existing note too long, keeping its earlier text', () => {
    const server = new Y.Doc();
    const id = addNote(server, { x: 0, y: 0, text: 'begin' }, local);
    const client = replicaOf(server);
    const text = itemsOf(client).get(id)!.get('text') as Y.Text;
    const update = changeOf(client, () => text.insert(5, 'y'.repeat(Limits.noteTextLength)));
    expect(guarded(server, client, update)).toEqual(['noteTextLength']);
    expect(readNotes(server)[0]!.text).toBe('begin');
    expect(readNotes(client)[0]!.text).toBe('begin');
  });

  it('undoes votes per person past the maximum, restoring the old setting', () => {
    const server = new Y.Doc();
    metaOf(server).set(MetaKey.votesPerPerson, 5);
    const client = replicaOf(server);
    const update = changeOf(client, () => metaOf(client).set(MetaKey.votesPerPerson, 500));
    expect(guarded(server, client, update)).toEqual(['maxVotesPerPerson']);
    expect(metaOf(server).get(MetaKey.votesPerPerson)).toBe(5);
    expect(metaOf(client).get(MetaKey.votesPerPerson)).toBe(5);
  });

  it('refuses the item that passes maxItems when two full boards merge', () => {
    const server = new Y.Doc();
    server.transact(() => {
      for (let i = 0; i < Limits.maxItems - 1; i++) itemsOf(server).set(`n${i}`, new Y.Map());
    });
    const a = replicaOf(server);
    const b = replicaOf(server);
    const fromA = changeOf(a, () => addNote(a, { x: 0, y: 0, text: 'A' }, local));
    const fromB = changeOf(b, () => addNote(b, { x: 0, y: 0, text: 'B' }, local));
    expect(guarded(server, a, fromA)).toEqual([]);
    expect(guarded(server, b, fromB)).toEqual(['maxItems']);
    expect(itemsOf(server).size).toBe(Limits.maxItems);
    expect(readNotes(server).map((n) => n.text)).toEqual(['A']);
  });

  it('lets a board that was already past a limit be edited elsewhere, and the broken item shrink but not grow', () => {
    const server = new Y.Doc();
    rawNote(server, 'oud', 'z'.repeat(Limits.noteTextLength + 10));
    const client = replicaOf(server);
    const note = changeOf(client, () => addNote(client, { x: 0, y: 0, text: 'nieuw' }, local));
    expect(guarded(server, client, note)).toEqual([]);
    const text = itemsOf(client).get('oud')!.get('text') as Y.Text;
    expect(guarded(server, client, changeOf(client, () => text.delete(0, 5)))).toEqual([]);
    expect(guarded(server, client, changeOf(client, () => text.insert(0, 'meer')))).toEqual(['noteTextLength']);
    expect((itemsOf(server).get('oud')!.get('text') as Y.Text).length).toBe(Limits.noteTextLength + 5);
  });

  it('leaves an update that changes nothing on the board alone (no scan, nothing refused)', () => {
    const server = new Y.Doc();
    const client = replicaOf(server);
    const update = changeOf(client, () => client.getMap('actionPoints').set('submitted', false));
    expect(guarded(server, client, update)).toEqual([]);
    expect(server.getMap('actionPoints').get('submitted')).toBe(false);
  });

  it('never throws on a model write: setNoteText refuses before the guard is needed', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 0, y: 0 }, local);
    expect(() => setNoteText(doc, id, 'x'.repeat(Limits.noteTextLength + 1), local)).toThrow(/noteTextLength/);
  });
});
