import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ensureActionPoints, reopenActionPoints, setActionText, setParty, startFromNote,
} from '../../shared/board/actionPoints.ts';
import { addNote, deleteItem, moveItem, setNoteText } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { changesAnything, rootsTouchedBy } from '../../server/yjs/updateGuard.ts';

/** True when `update` changes root `name`, or when that cannot be ruled out. */
function touchesRoot(doc: Y.Doc, update: Uint8Array, name: string): boolean {
  try {
    const roots = rootsTouchedBy(doc, update);
    return roots.has(name) || roots.has(null);
  } catch {
    return true;
  }
}

const local: ChangeOrigin = { kind: 'local' };

/** A server doc and a client doc in sync, with notes and action points in place. */
function pair(): { server: Y.Doc; client: Y.Doc; noteId: string } {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const noteId = addNote(client, { x: 0, y: 0, text: 'Buren praten niet meer met elkaar' }, local);
  ensureActionPoints(client, local);
  setActionText(client, 0, 'title', 'Buurtbemiddeling', local);
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  return { server, client, noteId };
}

/** The update `change` makes on `client`, as the server would receive it. */
function updateOf(client: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const record = (u: Uint8Array) => updates.push(u);
  client.on('update', record);
  change();
  client.off('update', record);
  return Y.mergeUpdates(updates);
}

describe('rootsTouchedBy (server/yjs/updateGuard.ts)', () => {
  it('a new note touches items only', () => {
    const { server, client } = pair();
    const u = updateOf(client, () => addNote(client, { x: 1, y: 1, text: 'nieuw' }, local));
    expect([...rootsTouchedBy(server, u)].filter((r) => r !== 'meta')).toEqual(['items']);
    expect(touchesRoot(server, u, 'actionPoints')).toBe(false);
  });

  it('typing in a note (items found through its neighbours) does not touch actionPoints', () => {
    const { server, client, noteId } = pair();
    const u = updateOf(client, () => setNoteText(client, noteId, 'Buren praten weer met elkaar', local));
    expect(rootsTouchedBy(server, u)).toEqual(new Set(['items']));
  });

  it('moving and deleting a note do not touch actionPoints', () => {
    const { server, client, noteId } = pair();
    const moved = updateOf(client, () => moveItem(client, noteId, 50, 60, local));
    expect(rootsTouchedBy(server, moved)).toEqual(new Set(['items']));
    const deleted = updateOf(client, () => deleteItem(client, noteId, local));
    expect(rootsTouchedBy(server, deleted)).toEqual(new Set(['items']));
  });

  it('typing in an action point title touches actionPoints', () => {
    const { server, client } = pair();
    const u = updateOf(client, () => setActionText(client, 0, 'title', 'Buurtbemiddeling vroeg inzetten', local));
    expect(rootsTouchedBy(server, u)).toEqual(new Set(['actionPoints']));
  });

  it('deleting text from an action point (a delete set only) touches actionPoints', () => {
    const { server, client } = pair();
    const u = updateOf(client, () => setActionText(client, 0, 'title', 'Buurt', local));
    const { structs } = Y.decodeUpdate(u);
    expect(structs).toHaveLength(0);
    expect(touchesRoot(server, u, 'actionPoints')).toBe(true);
  });

  it('ticking a party (an item whose parent is a map created earlier) touches actionPoints', () => {
    const { server, client } = pair();
    const u = updateOf(client, () => setParty(client, 1, 'politie', true, local));
    expect(touchesRoot(server, u, 'actionPoints')).toBe(true);
  });

  it('overwriting the submitted flag (a map key with a left neighbour) touches actionPoints', () => {
    const { server, client } = pair();
    client.getMap('actionPoints').set('submitted', true);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    const u = updateOf(client, () => reopenActionPoints(client, local));
    expect(rootsTouchedBy(server, u)).toEqual(new Set(['actionPoints']));
  });

  it('nested types created in the same update resolve through the update itself', () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    const u = updateOf(client, () => {
      ensureActionPoints(client, local);
      setActionText(client, 0, 'body', 'Waarom en hoe', local);
    });
    expect(rootsTouchedBy(server, u)).toEqual(new Set(['actionPoints']));
  });

  it('one update that changes a note and an action point touches both', () => {
    const { server, client, noteId } = pair();
    const u = updateOf(client, () => startFromNote(client, 1, noteId, local));
    expect(rootsTouchedBy(server, u)).toEqual(new Set(['actionPoints']));
    Y.applyUpdate(server, u);
    const both = updateOf(client, () => client.transact(() => {
      setNoteText(client, noteId, 'anders', local);
      setActionText(client, 1, 'title', 'Ander actiepunt', local);
    }));
    expect(rootsTouchedBy(server, both)).toEqual(new Set(['items', 'actionPoints']));
  });

  it('an update that depends on structs the server lacks counts as "could not tell"', () => {
    const { server, client } = pair();
    const first = updateOf(client, () => setActionText(client, 0, 'title', 'Buurtbemiddeling A', local));
    const second = updateOf(client, () => setActionText(client, 0, 'title', 'Buurtbemiddeling AB', local));
    void first;
    expect(rootsTouchedBy(server, second)).toEqual(new Set([null]));
    expect(touchesRoot(server, second, 'actionPoints')).toBe(true);
  });

  it('a resent update the server already has touches nothing', () => {
    const { server, client } = pair();
    expect(rootsTouchedBy(server, Y.encodeStateAsUpdate(client)).size).toBe(0);
  });

  it('an empty update touches nothing', () => {
    const { server } = pair();
    expect(rootsTouchedBy(server, Y.encodeStateAsUpdate(new Y.Doc())).size).toBe(0);
  });

  it('changesAnything: an empty sync step 2 changes nothing, a new note does; bad bytes count as a change', () => {
    const { server, client } = pair();
    expect(changesAnything(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
    expect(changesAnything(server, updateOf(client, () => addNote(client, { x: 0, y: 0 }, local)))).toBe(true);
    expect(changesAnything(server, new Uint8Array([1, 2, 3]))).toBe(true);
    expect(touchesRoot(server, new Uint8Array([1, 2, 3]), 'actionPoints')).toBe(true);
  });
});
