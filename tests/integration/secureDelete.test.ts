import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

// Issue 8, finding 9: right after a delete, 59 copies of the workshop's text were still in the
// database file and 1,021 in its write-ahead log while the server ran.
const MARK = 'GEHEIM-ZAAK-5c1e';

let server: TestServer;
let dataDir: string;
const boards: BoardClient[] = [];

afterEach(async () => {
  for (const b of boards.splice(0)) b.destroy();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Writes `count` notes carrying MARK through a stock client; resolves once the server stored them. */
async function writeNotes(workshopId: string, groupId: string, token: string | undefined, count: number): Promise<void> {
  const writer = connectBoard(server.wsUrl, workshopId, groupId, token);
  const reader = connectBoard(server.wsUrl, workshopId, groupId, token);
  boards.push(writer, reader);
  await Promise.all([writer.synced, reader.synced]);
  const start = readBoard(writer.doc).notes.length;
  // Many small updates, as typing makes them: each one is a row, and a page version in the log.
  for (let i = 0; i < count; i++) addNote(writer.doc, { x: i * 10, y: 0, text: `Notitie ${i} ${MARK}` }, { kind: 'local' });
  // The reader has them only once the server stored them (stored before relayed).
  await waitForDoc(reader.doc, (d) => readBoard(d).notes.length === start + count);
}

/** How often `MARK` occurs in each database file, read byte for byte while the server runs. */
function copies(): Record<string, number> {
  const found: Record<string, number> = {};
  for (const name of ['werkbord.db', 'werkbord.db-wal']) {
    const file = join(server.dataDir, name);
    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    let n = 0;
    for (let at = bytes.indexOf(MARK); at !== -1; at = bytes.indexOf(MARK, at + 1)) n++;
    found[name] = n;
  }
  return found;
}

it('a deleted workshop leaves no copy of its text in werkbord.db or werkbord.db-wal, before the server stops', async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-delete-'));
  server = await startTestServer({ DATA_DIR: dataDir });
  const workshop = await server.createWorkshop(`Werkconferentie ${MARK}`, ['Groep A', 'Groep B']);
  const kept = await server.createWorkshop('Blijft bestaan', ['Groep X']);
  const groupId = workshop.groups[0]!.id;
  const token = workshop.tokens.participants[groupId];
  await writeNotes(workshop.id, groupId, token, 40);
  // A restart checkpoints the log into the database file: now both files hold the text.
  await server.close();
  server = await startTestServer({ DATA_DIR: dataDir });
  await writeNotes(workshop.id, groupId, token, 40);
  // The clients stay connected: the delete closes them, which stores a compacted copy first.
  const before = copies();
  expect(before['werkbord.db']).toBeGreaterThan(0);
  expect(before['werkbord.db-wal']).toBeGreaterThan(0);

  const res = await fetch(`${server.url}/api/workshops/${workshop.id}`, {
    method: 'DELETE', headers: { authorization: `Bearer ${workshop.tokens.organiser}` },
  });
  expect(res.status).toBe(200);
  const after = copies();
  console.log(`copies of the text: before the delete ${JSON.stringify(before)}, right after ${JSON.stringify(after)}`);
  expect(after).toEqual({ 'werkbord.db': 0, 'werkbord.db-wal': 0 });

  // The server carries on: the other workshop is there and a new write lands in the log again.
  const info = await fetch(`${server.url}/api/workshops/${kept.id}`, { headers: { authorization: `Bearer ${kept.tokens.organiser}` } });
  expect(info.status).toBe(200);
});
