import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, readNotes, setNoteText } from '../../shared/board/notes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: WorkshopCreated;
const clients: BoardClient[] = [];

function client(groupIndex = 0, token?: string): BoardClient {
  const groupId = workshop.groups[groupIndex]!.id;
  const c = connectBoard(server.wsUrl, workshop.id, groupId, token ?? workshop.tokens.participants[groupId]);
  clients.push(c);
  return c;
}

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

describe('board sync over the stock y-websocket client', () => {
  it('two clients of one group converge on each other\'s edits', async () => {
    const a = client();
    const b = client();
    await Promise.all([a.synced, b.synced]);
    const id = addNote(a.doc, { x: 10, y: 20, text: 'Van A' }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).some((n) => n.text === 'Van A'));
    setNoteText(b.doc, id, 'Van A, aangevuld door B', { kind: 'local' });
    await waitForDoc(a.doc, (d) => readNotes(d)[0]?.text === 'Van A, aangevuld door B');
    expect(readNotes(a.doc)).toEqual(readNotes(b.doc));
  });

  it('concurrent typing in one note keeps both people\'s words', async () => {
    const a = client();
    const b = client();
    await Promise.all([a.synced, b.synced]);
    const id = addNote(a.doc, { x: 0, y: 0, text: 'midden' }, { kind: 'local' });
    await waitForDoc(b.doc, (d) => readNotes(d).length === 1);
    setNoteText(a.doc, id, 'begin midden', { kind: 'local' });
    setNoteText(b.doc, id, 'midden eind', { kind: 'local' });
    const both = (d: Y.Doc) => readNotes(d)[0]?.text === 'begin midden eind';
    await Promise.all([waitForDoc(a.doc, both), waitForDoc(b.doc, both)]);
  });

  it('a late joiner receives the full state', async () => {
    const a = client();
    await a.synced;
    for (let i = 0; i < 20; i++) addNote(a.doc, { x: i, y: i, text: `notitie ${i}` }, { kind: 'local' });
    await waitForStored(a);
    const late = client();
    await late.synced;
    expect(readNotes(late.doc).map((n) => n.text).sort()).toEqual(
      readNotes(a.doc).map((n) => n.text).sort(),
    );
    expect(readNotes(late.doc)).toHaveLength(20);
  });

  it('groups are separate rooms', async () => {
    const a = client(0);
    const other = client(1);
    await Promise.all([a.synced, other.synced]);
    addNote(a.doc, { x: 0, y: 0, text: 'alleen groep A' }, { kind: 'local' });
    const probe = client(0);
    await waitForDoc(probe.doc, (d) => readNotes(d).length === 1);
    expect(readNotes(other.doc)).toHaveLength(0);
  });

  it('a document unloaded after everyone left is loaded again with its content', async () => {
    const a = client();
    await a.synced;
    addNote(a.doc, { x: 1, y: 2, text: 'blijft bewaard' }, { kind: 'local' });
    await waitForStored(a);
    a.destroy();
    const name = `${workshop.id}/${workshop.groups[0]!.id}`;
    await expect.poll(async () => (await server.docs.peek(name)) === undefined, { timeout: 5000 }).toBe(true);
    const b = client();
    await b.synced;
    expect(readNotes(b.doc).map((n) => n.text)).toEqual(['blijft bewaard']);
  });

  it('presence (awareness) reaches the other client and is removed when it leaves', async () => {
    const a = client();
    const b = client();
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField('user', { name: 'Tafelgast A', color: '#f00' });
    const names = () => [...b.provider.awareness.getStates().values()].map((s) => s.user?.name);
    await expect.poll(names).toContain('Tafelgast A');
    a.destroy();
    await expect.poll(names).not.toContain('Tafelgast A');
  });
});

/** A fresh client that syncs sees everything `c` wrote: proof the server stored it. */
async function waitForStored(c: BoardClient): Promise<void> {
  const groupId = workshop.groups[0]!.id;
  const probe = connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
  const expected = readNotes(c.doc).length;
  try {
    await waitForDoc(probe.doc, (d) => readNotes(d).length === expected);
  } finally {
    probe.destroy();
  }
}
