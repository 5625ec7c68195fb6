import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionPointsOf, isSubmitted, readActionPoints, setActionText, setLead, setParty, setTimeframe,
  submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import type { Slot } from '../../shared/board/actionPointRules.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectControl, type RecordingClient } from '../helpers/controlClient.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

const local: ChangeOrigin = { kind: 'local' };
let server: TestServer;
let workshop: WorkshopCreated;
let facilitator: RecordingClient;
const boards: BoardClient[] = [];

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Werkconferentie', ['Groep A', 'Groep B']);
  facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
});
afterEach(async () => {
  facilitator.close();
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

const gid = (i: number) => workshop.groups[i]!.id;

async function board(groupIndex: number, token = workshop.tokens.participants[gid(groupIndex)]!): Promise<BoardClient> {
  const b = connectBoard(server.wsUrl, workshop.id, gid(groupIndex), token);
  boards.push(b);
  await b.synced;
  return b;
}

const texts = (d: Y.Doc) => readNotes(d).map((n) => n.text).sort();

/** The texts of the notes stored for a group, replayed from the stored log. */
async function storedTexts(groupIndex: number): Promise<string[]> {
  await (await server.docs.peek(`${workshop.id}/${gid(groupIndex)}`))?.flush();
  const stored = await server.storage.loadDoc(`${workshop.id}/${gid(groupIndex)}`);
  const replay = new Y.Doc();
  for (const u of stored.updates) Y.applyUpdate(replay, u);
  return texts(replay);
}

/**
 * Writes `marker` as the facilitator and waits until a fresh client sees it: every update
 * sent before it has then been applied or dropped, and the fresh client shows which.
 */
async function freshAfterMarker(groupIndex: number, marker: string): Promise<Y.Doc> {
  const f = await board(groupIndex, workshop.tokens.facilitator);
  addNote(f.doc, { x: 0, y: 0, text: marker }, local);
  const fresh = await board(groupIndex, workshop.tokens.facilitator);
  await waitForDoc(fresh.doc, (d) => texts(d).includes(marker));
  return fresh.doc;
}

function fill(doc: Y.Doc, slot: Slot): void {
  setActionText(doc, slot, 'title', `Actiepunt ${slot}`, local);
  setActionText(doc, slot, 'body', 'Waarom en hoe.', local);
  setParty(doc, slot, 'woningcorporatie', true, local);
  setLead(doc, slot, 'woningcorporatie', local);
  setTimeframe(doc, slot, 'dit jaar', local);
}

describe('locked boards (enforced on the server)', () => {
  it("refuse a participant's update, not applied nor stored, while the facilitator's is applied", async () => {
    const participant = await board(0);
    const other = await board(1);
    expect(await facilitator.send('lock:set', { groupId: gid(0), locked: true })).toEqual({ ok: true });
    await facilitator.sessionWhere((e) => e.state.locks.groups.includes(gid(0)));

    addNote(participant.doc, { x: 1, y: 1, text: 'op slot' }, local);
    addNote(other.doc, { x: 1, y: 1, text: 'andere groep' }, local);
    const fresh = await freshAfterMarker(0, 'van de facilitator');
    expect(texts(fresh)).toEqual(['van de facilitator']);
    expect(await storedTexts(0)).toEqual(['van de facilitator']);
    const freshB = await freshAfterMarker(1, 'markering B');
    expect(texts(freshB)).toEqual(['andere groep', 'markering B']);

    expect(await facilitator.send('lock:set', { groupId: gid(0), locked: false })).toEqual({ ok: true });
    await facilitator.sessionWhere((e) => e.state.locks.groups.length === 0);
    // The same laptop writes on: its next update builds on the refused one, so the server has
    // it sync afresh (close code 4509), and then both arrive.
    const closed = new Promise<number>((resolve) => participant.provider.once('connection-close', (e) => resolve(e?.code ?? 0)));
    addNote(participant.doc, { x: 2, y: 2, text: 'weer open' }, local);
    expect(await closed).toBe(4509);
    await waitForDoc(fresh, (d) => texts(d).includes('weer open'));
    expect(texts(fresh)).toEqual(['op slot', 'van de facilitator', 'weer open']);
  });

  it('lock all (groupId null) holds every group until unlocked', async () => {
    const a = await board(0);
    const b = await board(1);
    await facilitator.send('lock:set', { groupId: null, locked: true });
    await facilitator.sessionWhere((e) => e.state.locks.all);
    addNote(a.doc, { x: 0, y: 0, text: 'a' }, local);
    addNote(b.doc, { x: 0, y: 0, text: 'b' }, local);
    expect(texts(await freshAfterMarker(0, 'm0'))).toEqual(['m0']);
    expect(texts(await freshAfterMarker(1, 'm1'))).toEqual(['m1']);
    await facilitator.send('lock:set', { groupId: null, locked: false });
    await facilitator.sessionWhere((e) => !e.state.locks.all);
  });

  it('pens down: the boards lock when the timer reaches zero', async () => {
    const a = await board(0);
    await facilitator.send('timer:pensDown', { enabled: true });
    const done = new Promise((resolve) => facilitator.socket.once('timer:done', resolve));
    await facilitator.send('timer:start', { durationMs: 1000 });
    expect(await done).toMatchObject({ pensDown: true });
    await facilitator.sessionWhere((e) => e.state.locks.all);
    addNote(a.doc, { x: 0, y: 0, text: 'te laat' }, local);
    expect(texts(await freshAfterMarker(0, 'pennen neer'))).toEqual(['pennen neer']);
  });
});

describe('submitted action points', () => {
  it("undo a participant's change to them at once, keep its notes; reopen allows it again", async () => {
    const p = await board(0);
    fill(p.doc, 0);
    fill(p.doc, 1);
    expect(submitActionPoints(p.doc, local)).toEqual({ ok: true });
    const f = await board(0, workshop.tokens.facilitator);
    await waitForDoc(f.doc, isSubmitted);

    // The model refuses while submitted; a client that writes anyway is refused by the server.
    expect(setActionText(p.doc, 0, 'title', 'Nog even anders', local)).toBe(false);
    const title = (actionPointsOf(p.doc).get('0') as Y.Map<unknown>).get('title') as Y.Text;
    p.doc.transact(() => {
      title.insert(0, 'STIEKEM ');
      actionPointsOf(p.doc).set('submitted', false);
      addNote(p.doc, { x: 0, y: 0, text: 'in dezelfde update' }, local);
    });
    addNote(p.doc, { x: 0, y: 0, text: 'notitie erna' }, local);

    const fresh = await freshAfterMarker(0, 'markering');
    expect(texts(fresh)).toEqual(['in dezelfde update', 'markering', 'notitie erna']);
    const agreed = { submitted: true, slots: [{ title: 'Actiepunt 0' }, { title: 'Actiepunt 1' }] };
    expect(readActionPoints(fresh)).toMatchObject(agreed);
    // The sender's own copy is set right too: the undo reaches it like any update.
    await waitForDoc(p.doc, (d) => isSubmitted(d) && readActionPoints(d).slots[0].title === 'Actiepunt 0');

    // The server lets the facilitator correct them (the model itself asks for a reopen first).
    ((actionPointsOf(f.doc).get('1') as Y.Map<unknown>).get('title') as Y.Text).insert(11, ', aangepast');
    await waitForDoc(fresh, (d) => readActionPoints(d).slots[1].title === 'Actiepunt 1, aangepast');

    expect(await facilitator.send('actionPoints:reopen', { groupId: gid(0) })).toEqual({ ok: true });
    expect(await facilitator.send('actionPoints:reopen', { groupId: 'onbekend' })).toMatchObject({ ok: false, error: 'not_found' });
    await waitForDoc(p.doc, (d) => !isSubmitted(d));
    expect(setActionText(p.doc, 0, 'title', 'Actiepunt 0, herzien', local)).toBe(true);
    await waitForDoc(fresh, (d) => readActionPoints(d).slots[0].title === 'Actiepunt 0, herzien');
  });
});
