import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { castVote } from '../../shared/board/votes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { connectBoard, type BoardClient } from '../helpers/yjsClient.ts';
import { download } from './exportFixture.ts';
import { MAX_TILES } from '../../server/export/boardTiles.ts';

const local: ChangeOrigin = { kind: 'local' };
let server: TestServer;
let workshop: WorkshopCreated;
let board: BoardClient;

const gid = (i: number) => workshop.groups[i]!.id;
const svgPath = (groupId: string, id = workshop.id) => `/api/workshops/${id}/boards/${groupId}.svg`;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** A board with one of everything, hostile text included, drawn by a stock client. */
function draw(doc: Y.Doc): void {
  addSection(doc, { x: 0, y: 300, w: 900, h: 500, title: 'Wat speelt er? <b>ĳs</b>' }, local);
  const a = addNote(doc, { x: 40, y: 380, text: 'Buren <script>alert(1)</script> & “ruzie”' }, local);
  const b = addNote(doc, { x: 400, y: 380, text: '=1+1 ë é ĳ ’', color: 'green' }, local);
  addNote(doc, { x: 40, y: 900, text: 'x'.repeat(2000), color: 'pink' }, local);
  addShape(doc, { shape: 'rect', x: 700, y: 600, fill: 'blue' }, local);
  addTextLabel(doc, { x: 40, y: 1100, text: 'Label </text><script>' }, local);
  addStroke(doc, { points: [100, 1200, 140, 1230, 180, 1210, 220, 1260], color: 'red' }, local);
  addArrow(doc, { from: a, to: b }, local);
  for (const voter of ['voterone', 'votertwo']) castVote(doc, voter, b, local);
}

beforeAll(async () => {
  server = await startTestServer();
  workshop = await server.createWorkshop('Borden', ['Groep met bord', 'Lege groep']);
  board = connectBoard(server.wsUrl, workshop.id, gid(0), workshop.tokens.participants[gid(0)]);
  await board.synced;
  draw(board.doc);
});
afterAll(async () => {
  board?.destroy();
  await server?.close();
});

describe('GET /api/workshops/:id/boards/:groupId.svg', () => {
  it('organiser and facilitator get the board, live, with every item and all text escaped', async () => {
    for (const token of [workshop.tokens.organiser, workshop.tokens.facilitator]) {
      // Polled: the stock client's edits reach the server a moment after they are made.
      await expect.poll(async () => count((await download(server, svgPath(gid(0)), token)).text, /class="note"/g)).toBe(3);
    }
    const res = await download(server, svgPath(gid(0)), workshop.tokens.organiser);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Borden-Groep-met-bord\.svg"/);
    const svg = res.text;
    // Text as drawn, with the line breaks the wrapping made taken out again.
    const joined = svg.replace(/<\/tspan><tspan[^>]*>/g, '');
    expect(count(svg, /class="section"/g)).toBe(1);
    expect(count(svg, /<rect class="shape"/g)).toBe(1);
    expect(count(svg, /class="label"/g)).toBe(1);
    expect(count(svg, /class="stroke"/g)).toBe(1);
    expect(count(svg, /class="arrow"/g)).toBe(1);
    expect(count(svg, /<rect /g)).toBe(1 + 1 + 3 + 1); // background, section, notes, shape
    expect(count(svg, /<text /g)).toBe(2 + 1 + 3 + 1 + 1); // heading (group, workshop), section title, notes, label, vote badge
    expect(svg).toContain('>Groep met bord</text>');
    expect(svg).toContain('>Borden</text>');
    // The green note's two dot votes, as the badge on its corner.
    expect(svg).toMatch(/<g class="votes" aria-label="2"><circle [^>]*\/><text [^>]*>2<\/text><\/g>/);
    expect(svg).not.toMatch(/<script|<\/text><script/);
    expect(joined).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(joined).toContain('&lt;b&gt;ĳs&lt;/b&gt;');
    expect(joined).toContain('ë é ĳ ’');
    expect(joined).toContain('&lt;/text&gt;&lt;script&gt;');
  });

  it('an empty board is a small empty drawing', async () => {
    const res = await download(server, svgPath(gid(1)), workshop.tokens.facilitator);
    expect(res.status).toBe(200);
    expect(count(res.text, /class="note"/g)).toBe(0);
  });

  it('401 without a token, 403 for plenary, join and participant tokens, 404 for an unknown board', async () => {
    expect((await download(server, svgPath(gid(0)))).status).toBe(401);
    for (const token of [workshop.tokens.plenary, workshop.tokens.join, workshop.tokens.participants[gid(0)]!]) {
      expect((await download(server, svgPath(gid(0)), token)).status).toBe(403);
    }
    for (const path of [svgPath('onbekend'), `/api/workshops/${workshop.id}/boards/${gid(0)}.png`, `/api/workshops/${workshop.id}/boards/${gid(0)}`]) {
      expect((await download(server, path, workshop.tokens.organiser)).status, path).toBe(404);
    }
    expect((await download(server, svgPath(gid(0), 'onbekend1234'), workshop.tokens.organiser)).status).toBe(404);
  });
});

describe('large boards', () => {
  it('a full board (5,000 items) exports as SVG and as a PDF in tiles', async () => {
    const big = await server.createWorkshop('Groot bord', ['Vol']);
    const doc = (await server.docs.get(`${big.id}/${big.groups[0]!.id}`)).doc;
    doc.transact(() => {
      for (let s = 0; s < 10; s++) addSection(doc, { x: s * 2200, y: 0, w: 2100, h: 4000, title: `Sectie ${s}` }, local);
      const notes: string[] = [];
      for (let i = 0; i < 3500; i++) {
        notes.push(addNote(doc, { x: (i % 100) * 220, y: 100 + Math.floor(i / 100) * 160, text: `Notitie ${i}: ${'woonoverlast en discriminatie '.repeat(3)}` }, local));
      }
      for (let i = 0; i < 1000; i++) {
        const points = Array.from({ length: 60 }, (_, k) => [i * 20 + k * 3, 6000 + Math.sin(k / 5) * 40]).flat();
        addStroke(doc, { points }, local);
      }
      for (let i = 0; i < 489; i++) addArrow(doc, { from: notes[i]!, to: notes[i + 1]! }, local);
    }, local);

    let start = Date.now();
    const svg = await download(server, svgPath(big.groups[0]!.id, big.id), big.tokens.organiser);
    const svgMs = Date.now() - start;
    expect(svg.status).toBe(200);
    expect(count(svg.text, /class="note"/g)).toBe(3500);

    start = Date.now();
    const pdf = await download(server, `/api/workshops/${big.id}/export?format=pdf`, big.tokens.organiser);
    const pdfMs = Date.now() - start;
    expect(pdf.status).toBe(200);
    // Title page, the whole board, its tiles (too big to read on one page), the action points.
    const pages = (await PDFDocument.load(pdf.body)).getPageCount();
    expect(pages).toBeGreaterThan(4);
    expect(pages).toBeLessThanOrEqual(3 + MAX_TILES);
    // Figures only: times are measured by `npm run bench:exports`, not asserted here.
    console.info(`full board: SVG ${svgMs} ms (${svg.body.length} bytes), PDF ${pdfMs} ms, ${pages} pages (${pdf.body.length} bytes)`);
  }, 90_000);
});
