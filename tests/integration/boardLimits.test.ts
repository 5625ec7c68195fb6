import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Limits } from '../../shared/limits.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { itemsOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

let server: TestServer;
let workshop: WorkshopCreated;
const boards: BoardClient[] = [];
const local: ChangeOrigin = { kind: 'local' };

beforeEach(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Grenzen', ['Groep A']);
});
afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
});

async function board(): Promise<BoardClient> {
  const group = workshop.groups[0]!.id;
  const b = connectBoard(server.wsUrl, workshop.id, group, workshop.tokens.participants[group]);
  boards.push(b);
  await b.synced;
  return b;
}

describe('board limits on the server (server/yjs/transactionJudge.ts)', () => {
  it('undoes a raw update past a limit for everyone, keeps the socket and the later edits', async () => {
    const hostile = await board();
    const other = await board();
    // Without the model (which would throw BoardLimitError): a note of 2,001 characters.
    hostile.doc.transact(() => {
      const item = new Y.Map<unknown>();
      item.set('type', 'note');
      item.set('x', 0);
      item.set('y', 0);
      item.set('text', new Y.Text('x'.repeat(Limits.noteTextLength + 1)));
      itemsOf(hostile.doc).set('te-lang', item);
    });
    // The server's undo reaches the sender too.
    await waitForDoc(hostile.doc, (d) => !itemsOf(d).has('te-lang'));
    addNote(hostile.doc, { x: 10, y: 10, text: 'binnen de grens' }, local);
    await waitForDoc(other.doc, (d) => readNotes(d).some((n) => n.text === 'binnen de grens'));
    expect(itemsOf(other.doc).has('te-lang')).toBe(false);
    expect(hostile.provider.wsconnected).toBe(true);

    // A fresh client loads the stored board: the refused note is not in it.
    const fresh = await board();
    expect(readNotes(fresh.doc).map((n) => n.text)).toEqual(['binnen de grens']);
  });
});
