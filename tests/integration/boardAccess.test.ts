import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/closeCodes.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { openRaw } from '../helpers/rawSocket.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: WorkshopCreated;
let other: WorkshopCreated;
const clients: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop();
  other = await server.createWorkshop('Andere conferentie', ['X']);
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await server.close();
});

const roomUrl = (w: WorkshopCreated, groupIndex: number, token?: string) => {
  const base = `${server.wsUrl}/yjs/${w.id}/${w.groups[groupIndex]?.id ?? 'nogroup'}`;
  return token === undefined ? base : `${base}?token=${encodeURIComponent(token)}`;
};

describe('board channel admission (docs/api.md, close codes)', () => {
  it.each([
    ['no token', () => roomUrl(workshop, 0), CloseCode.unauthorized],
    ['an unknown token', () => roomUrl(workshop, 0, 'not-a-real-token'), CloseCode.unauthorized],
    ["another group's token", () => roomUrl(workshop, 0, workshop.tokens.participants[workshop.groups[1]!.id]), CloseCode.forbidden],
    ["another workshop's token", () => roomUrl(workshop, 0, other.tokens.facilitator), CloseCode.forbidden],
    ['the join token', () => roomUrl(workshop, 0, workshop.tokens.join), CloseCode.forbidden],
    ['an unknown group', () => `${server.wsUrl}/yjs/${workshop.id}/nogroup?token=${workshop.tokens.facilitator}`, CloseCode.notFound],
  ])('%s: closed with its code before any document byte', async (_name, url, code) => {
    // Write something first, so that a leak would have data to send.
    const writer = connectBoard(server.wsUrl, workshop.id, workshop.groups[0]!.id, workshop.tokens.facilitator);
    clients.push(writer);
    await writer.synced;
    addNote(writer.doc, { x: 0, y: 0, text: 'geheim' }, { kind: 'local' });
    const raw = openRaw(url());
    const result = await raw.closed;
    expect(result.code).toBe(code);
    expect(result.messages).toHaveLength(0);
  });

  it('facilitator and organiser tokens may open any group board', async () => {
    for (const token of [workshop.tokens.facilitator, workshop.tokens.organiser]) {
      const c = connectBoard(server.wsUrl, workshop.id, workshop.groups[1]!.id, token);
      clients.push(c);
      await c.synced;
    }
  });

  it("the plenary token reads the board, but its writes are neither applied nor stored", async () => {
    const groupId = workshop.groups[0]!.id;
    const participant = connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
    const plenary = connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.plenary);
    clients.push(participant, plenary);
    await Promise.all([participant.synced, plenary.synced]);
    addNote(participant.doc, { x: 0, y: 0, text: 'van de groep' }, { kind: 'local' });
    await waitForDoc(plenary.doc, (d) => readNotes(d).length === 1);

    addNote(plenary.doc, { x: 5, y: 5, text: 'van de beamer' }, { kind: 'local' });
    // A marker written after the plenary edit: once it arrives, the plenary edit would have too.
    addNote(participant.doc, { x: 9, y: 9, text: 'marker' }, { kind: 'local' });
    const fresh = connectBoard(server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    clients.push(fresh);
    await waitForDoc(fresh.doc, (d) => readNotes(d).some((n) => n.text === 'marker'));
    expect(readNotes(fresh.doc).map((n) => n.text)).not.toContain('van de beamer');
    expect(readNotes(participant.doc).map((n) => n.text)).not.toContain('van de beamer');

    // Not stored either: the stored log, replayed, lacks it.
    const stored = await server.storage.loadDoc(`${workshop.id}/${groupId}`);
    const Y = await import('yjs');
    const replay = new Y.Doc();
    for (const u of stored.updates) Y.applyUpdate(replay, u);
    expect(readNotes(replay).map((n) => n.text).sort()).toEqual(['marker', 'van de groep']);
  });
});
