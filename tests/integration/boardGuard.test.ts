import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  actionPointsOf, isSubmitted, readActionPoints, setActionText, setLead, setParty, setTimeframe, submitActionPoints,
} from '../../shared/board/actionPoints.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { itemsOf, metaOf, votesOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import { Limits } from '../../shared/limits.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { detachedCopy, recordNotices, sendRaw, updateOf } from '../helpers/boardAttack.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * Issue 8, findings 1, 4 and 6, each reproduced with a stock y-websocket client sending
 * crafted updates through its own socket. On the main of before this change, finding 1 kept
 * the edited title, finding 4 stored and served every oversize value, finding 6 kept the
 * participant's case text.
 */

const local: ChangeOrigin = { kind: 'local' };
const BIG = 'x'.repeat(1_500_000);
let server: TestServer;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];

beforeEach(async () => {
  // The data folder is kept over a restart (finding 1) and removed here.
  server = await startTestServer({}, true);
  workshop = await server.createWorkshop('Hardening', ['Groep A']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
  rmSync(server.dataDir, { recursive: true, force: true });
});

const groupId = () => workshop.groups[0]!.id;

async function board(token = workshop.tokens.participants[groupId()]!): Promise<BoardClient> {
  const b = connectBoard(server.wsUrl, workshop.id, groupId(), token);
  boards.push(b);
  await b.synced;
  return b;
}

/** Writes a marker note as the facilitator; once a fresh client sees it, everything before it was handled. */
async function freshAfterMarker(marker: string): Promise<Y.Doc> {
  const f = await board(workshop.tokens.facilitator);
  addNote(f.doc, { x: 0, y: 0, text: marker }, local);
  const fresh = await board(workshop.tokens.facilitator);
  await waitForDoc(fresh.doc, (d) => readNotes(d).some((n) => n.text === marker));
  return fresh.doc;
}

function fillActionPoints(doc: Y.Doc): void {
  for (const slot of [0, 1] as const) {
    setActionText(doc, slot, 'title', `Actie ${slot + 1}`, local);
    setActionText(doc, slot, 'body', 'Waarom en hoe.', local);
    setParty(doc, slot, 'gemeente', true, local);
    setLead(doc, slot, 'gemeente', local);
    setTimeframe(doc, slot, 'voor de zomer', local);
  }
}

const readCaseText = (doc: Y.Doc): string | undefined => readBoard(doc).caseCard?.text;

const dbBytes = () => ['werkbord.db', 'werkbord.db-wal']
  .map((f) => { try { return statSync(join(server.dataDir, f)).size; } catch { return 0; } })
  .reduce((a, b) => a + b, 0);

describe('finding 1: submitted action points, judged by what a transaction changed', () => {
  it('undoes an action-point edit whose dependency arrives after it, keeps the note, survives a restart', async () => {
    const participant = await board();
    const notices = recordNotices(participant);
    fillActionPoints(participant.doc);
    expect(submitActionPoints(participant.doc, local).ok).toBe(true);
    const watcher = await board(workshop.tokens.facilitator);
    await waitForDoc(watcher.doc, (d) => isSubmitted(d));
    // U1: a harmless note; U2: edits the title, and depends on U1 (same client, later clock).
    const hostile = detachedCopy(participant.doc);
    const u1 = updateOf(hostile, (d) => addNote(d, { x: 5, y: 5, text: 'onschuldig' }, local));
    const u2 = updateOf(hostile, (d) => {
      const title = (actionPointsOf(d).get('0') as Y.Map<unknown>).get('title') as Y.Text;
      title.insert(0, 'GEWIJZIGD ');
    });
    sendRaw(participant, u2);
    sendRaw(participant, u1);

    await notices.waitFor((n) => n.kind === 'refused' && n.reason === 'submitted');
    const fresh = await freshAfterMarker('na de aanval');
    expect(readNotes(fresh).map((n) => n.text)).toContain('onschuldig');
    expect(readActionPoints(fresh).slots[0].title).toBe('Actie 1');
    expect(isSubmitted(fresh)).toBe(true);

    // After a restart on the same data the stored board says the same.
    const dataDir = server.dataDir;
    for (const b of boards.splice(0)) b.destroy();
    await server.close();
    server = await startTestServer({ DATA_DIR: dataDir }, true);
    const reloaded = await board(workshop.tokens.facilitator);
    expect(readActionPoints(reloaded.doc).slots[0].title).toBe('Actie 1');
    expect(readNotes(reloaded.doc).map((n) => n.text)).toContain('onschuldig');
  });
});

describe('finding 4: every update is checked against the board schema', () => {
  const attacks: Array<[string, (doc: Y.Doc) => void, string]> = [
    ['an extra key on a note', (d) => {
      const id = addNote(d, { x: 0, y: 0, text: 'a' }, local);
      (itemsOf(d).get(id) as Y.Map<unknown>).set('extra', BIG);
    }, 'schema'],
    ['an item of unknown type', (d) => {
      const item = new Y.Map<unknown>();
      item.set('type', 'blob');
      item.set('data', BIG);
      itemsOf(d).set('blob1', item);
    }, 'schema'],
    ['a new root map', (d) => d.getMap('evil').set('data', BIG), 'schema'],
    ['a vote value', (d) => votesOf(d).set('abcdef1234:0', BIG), 'schema'],
    ['a meta key', (d) => metaOf(d).set('extra', BIG), 'schema'],
    ['an action-point title of 200,000 characters', (d) => {
      const slot = new Y.Map<unknown>();
      slot.set('title', new Y.Text('t'.repeat(200_000)));
      actionPointsOf(d).set('0', slot);
    }, 'limit'],
    ['a timeframe', (d) => {
      const slot = new Y.Map<unknown>();
      slot.set('timeframe', BIG);
      actionPointsOf(d).set('1', slot);
    }, 'limit'],
    ['list content in a root map', (d) => {
      (d.get('items', Y.Array) as unknown as Y.Array<string>).push([BIG]);
    }, 'schema'],
  ];

  it.each(attacks)('undoes %s for everyone, tells the sender, stores and serves none of it', async (_name, attack, reason) => {
    const attacker = await board();
    const notices = recordNotices(attacker);
    const before = dbBytes();
    const hostile = detachedCopy(attacker.doc);
    sendRaw(attacker, updateOf(hostile, attack));
    const notice = await notices.waitFor((n) => n.kind === 'refused');
    expect(notice).toMatchObject({ kind: 'refused', reason });

    // The socket stays usable: a later honest note goes through.
    addNote(attacker.doc, { x: 1, y: 1, text: 'daarna' }, local);
    const fresh = await freshAfterMarker('controle');
    await waitForDoc(fresh, (d) => readNotes(d).some((n) => n.text === 'daarna'));
    expect(Y.encodeStateAsUpdate(fresh).byteLength).toBeLessThan(10_000);
    expect(dbBytes() - before).toBeLessThan(200_000);
  });

  it('refuses an update that grows the document past its total size cap', async () => {
    const attacker = await board(workshop.tokens.facilitator);
    const notices = recordNotices(attacker);
    const text = 'n'.repeat(Limits.noteTextLength);
    // Valid notes, 1.6 MB per update: the fifth update passes the 8 MB cap.
    for (let batch = 0; batch < 6; batch++) {
      attacker.doc.transact(() => {
        for (let i = 0; i < 800; i++) addNote(attacker.doc, { x: i, y: batch, text }, local);
      });
    }
    await notices.waitFor((n) => n.kind === 'refused' && n.reason === 'docSize');
    const fresh = await freshAfterMarker('vol');
    expect(Y.encodeStateAsUpdate(fresh).byteLength).toBeLessThanOrEqual(Limits.maxDocBytes + 100_000);
  });
});

describe('finding 6: the case card over the board channel', () => {
  it('undoes a participant write to the case card and tells the sender; the facilitator may', async () => {
    const facilitator = await board(workshop.tokens.facilitator);
    setCaseText(facilitator.doc, 'De casus van de facilitator', local);
    const participant = await board();
    await waitForDoc(participant.doc, (d) => readCaseText(d) === 'De casus van de facilitator');
    const notices = recordNotices(participant);

    setCaseText(participant.doc, 'Door een deelnemer herschreven', local);
    await notices.waitFor((n) => n.kind === 'refused' && n.reason === 'caseCard');
    await waitForDoc(participant.doc, (d) => readCaseText(d) === 'De casus van de facilitator');
    const fresh = await freshAfterMarker('casus-controle');
    expect(readCaseText(fresh)).toBe('De casus van de facilitator');

    setCaseText(facilitator.doc, 'Bijgewerkt door de facilitator', local);
    await waitForDoc(participant.doc, (d) => readCaseText(d) === 'Bijgewerkt door de facilitator');
  });
});
