import type { EventEmitter } from 'node:events';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/board/notes.ts';
import { itemsOf, type ChangeOrigin } from '../../shared/board/schema.ts';
import { ExportErrorCode } from '../../shared/exportErrors.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { BUSY_RETRY_AFTER_S } from '../../server/export/exportPool.ts';
import { docNameOf } from '../../server/storage/Storage.ts';
import { drawLargestBoard } from '../helpers/largestBoard.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { download } from './exportFixture.ts';

/*
 * Issue 8, finding 7: a PDF export of a board with long fields held the event loop for 5-17 s
 * (/healthz timed out, board sync stood still). Exports now render in worker threads with a
 * time and a memory budget, at most EXPORT_WORKERS at once and EXPORT_QUEUE waiting
 * (docs/api.md, "Export"). Every case runs against the real server with the largest board the
 * limits allow, drawn with the board model; waits are for the pool's events, never for time.
 */

const local: ChangeOrigin = { kind: 'local' };
let dataDir: string;
let workshop: WorkshopCreated;
let server: TestServer | undefined;

const pdfPath = () => `/api/workshops/${workshop.id}/export?format=pdf`;
const svgPath = (group: number) => `/api/workshops/${workshop.id}/boards/${workshop.groups[group]!.id}.svg`;
const organiser = () => workshop.tokens.organiser;

/** Resolves after `count` more `event`s; listens from the call on, so nothing is missed. */
function events(emitter: EventEmitter, event: string, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const on = () => {
      if (++seen < count) return;
      emitter.off(event, on);
      resolve();
    };
    emitter.on(event, on);
  });
}

/** A server on the shared data folder (with the full board in it) and these export settings. */
async function restart(env: Record<string, string>): Promise<TestServer> {
  await server?.close();
  server = await startTestServer({ ...env, DATA_DIR: dataDir });
  return server;
}

beforeAll(async () => {
  const first = await startTestServer({}, true);
  server = first;
  dataDir = first.dataDir;
  workshop = await first.createWorkshop('Volle borden', ['Vol bord', 'Klein bord']);
  // Written into the server's own copy of the document: the same model functions a client
  // uses, without sending 8 MB through a socket.
  const doc = (await first.docs.get(docNameOf(workshop.id, workshop.groups[0]!.id))).doc;
  drawLargestBoard(doc);
  expect(itemsOf(doc).size).toBe(5000);
}, 180_000);

afterAll(async () => {
  await server?.close();
  const { rmSync } = await import('node:fs');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('exports in worker threads', () => {
  it('while 2 PDF exports of the largest board run, /healthz answers and a board edit reaches another stock client; past 2 running + 1 waiting: 503 busy with Retry-After', async () => {
    const s = await restart({ EXPORT_WORKERS: '2', EXPORT_QUEUE: '1' });
    const small = workshop.groups[1]!.id;
    const writer = connectBoard(s.wsUrl, workshop.id, small, workshop.tokens.participants[small]);
    const reader = connectBoard(s.wsUrl, workshop.id, small, workshop.tokens.participants[small]);
    try {
      await Promise.all([writer.synced, reader.synced]);
      const running = events(s.exports, 'started', 2);
      let finished = 0;
      const exports = [0, 1].map(() => download(s, pdfPath(), organiser()).finally(() => finished++));
      await running;

      // The main thread is free: both answer while the two workers render.
      const health = await download(s, '/healthz');
      expect(health.status).toBe(200);
      const id = addNote(writer.doc, { x: 10, y: 10, text: 'Tijdens de export' }, local);
      await waitForDoc(reader.doc, (d) => itemsOf(d).has(id));
      expect(finished).toBe(0);

      // One more may wait; the one after that is refused at once, with a time to come back.
      const queued = events(s.exports, 'queued', 1);
      const third = download(s, svgPath(0), organiser());
      await queued;
      const refused = await download(s, pdfPath(), organiser());
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe(String(BUSY_RETRY_AFTER_S));
      expect(JSON.parse(refused.text)).toMatchObject({ error: ExportErrorCode.busy });
      expect(finished).toBe(0);

      for (const res of await Promise.all(exports)) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        // A title page, one page per board, then the action points.
        expect((await PDFDocument.load(res.body)).getPageCount()).toBeGreaterThanOrEqual(1 + 2 + 1);
      }
      const svg = await third;
      expect(svg.status).toBe(200);
      expect(svg.text.match(/class="note"/g)?.length).toBe(5000 - 1 - 10 - 1000);
      expect(s.exports.load).toEqual({ running: 0, waiting: 0 });
    } finally {
      writer.destroy();
      reader.destroy();
    }
  }, 240_000);

  it('an export over its time budget gets 504 export_timeout; the server stays up and the next export works', async () => {
    const s = await restart({ EXPORT_WORKERS: '1', EXPORT_TIMEOUT_MS: '1000' });
    const slow = await download(s, pdfPath(), organiser());
    expect(slow.status).toBe(504);
    expect(JSON.parse(slow.text)).toMatchObject({ error: ExportErrorCode.timeout });
    expect((await download(s, '/healthz')).status).toBe(200);
    // Through the same single worker slot: the stopped export gave it back.
    const next = await download(s, svgPath(1), organiser());
    expect(next.status).toBe(200);
    expect(next.text).toContain('<svg');
  }, 120_000);

  it('a worker out of its memory budget gets 500 export_failed; the server stays up', async () => {
    const s = await restart({ EXPORT_WORKERS: '1', EXPORT_MEMORY_MB: '16' });
    const res = await download(s, pdfPath(), organiser());
    expect(res.status).toBe(500);
    expect(JSON.parse(res.text)).toMatchObject({ error: ExportErrorCode.failed });
    expect((await download(s, '/healthz')).status).toBe(200);
    const csv = await download(s, `/api/workshops/${workshop.id}/export?format=csv`, organiser());
    expect(csv.status).toBe(200);
    expect(s.exports.load).toEqual({ running: 0, waiting: 0 });
  }, 120_000);
});
