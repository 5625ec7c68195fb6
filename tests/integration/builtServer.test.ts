import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, SERVER_OUT } from '../../scripts/buildServer.ts';
import { addNote } from '../../shared/board/notes.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { startChildServer, type ChildServer } from '../helpers/childServer.ts';
import { connectBoard, waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';

/*
 * `npm start` runs the server built to plain JavaScript (dist/server/, scripts/buildServer.ts)
 * with bare node. Every other test runs the TypeScript sources through tsx, which would hide
 * a file the build misses: the export worker's own entry, the chunks of the writers, the fonts
 * found relative to a module. So this one builds, starts dist/server/main.js as `npm start`
 * does (no tsx, no inherited NODE_OPTIONS) and goes through REST, board sync and the exports
 * that run in worker threads.
 */

let server: ChildServer;
let dataDir: string;
const boards: BoardClient[] = [];

beforeAll(async () => {
  await buildServer();
  dataDir = mkdtempSync(join(tmpdir(), 'werkbord-built-'));
  server = await startChildServer(dataDir, {}, { built: true });
}, 60_000);

afterAll(async () => {
  for (const board of boards.splice(0)) board.destroy();
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function get(path: string, token: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
}

describe('the built server (dist/server/main.js, as npm start runs it)', () => {
  it('loads no TypeScript tooling: no file of the build imports tsx or a .ts module', () => {
    const files = readdirSync(SERVER_OUT).filter((f) => f.endsWith('.js'));
    expect(files).toEqual(expect.arrayContaining(['main.js', 'exportWorker.js']));
    for (const file of files) {
      const code = readFileSync(join(SERVER_OUT, file), 'utf8');
      expect(code, file).not.toMatch(/from\s*["']tsx|import\(["']tsx/);
      expect(code, file).not.toMatch(/(?:from\s*|import\()["'][^"']+\.ts["']/);
    }
  });

  it('creates a workshop over REST, syncs a board between two y-websocket clients, and exports pdf, docx and svg', async () => {
    const res = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Gebouwd ĳsselstreek', groups: ['Groep Noord'], template: 'blank' }),
    });
    expect(res.status).toBe(201);
    const workshop = WorkshopCreated.parse(await res.json());
    const group = workshop.groups[0]!;
    const token = workshop.tokens.participants[group.id]!;

    const writer = connectBoard(server.wsUrl, workshop.id, group.id, token);
    const reader = connectBoard(server.wsUrl, workshop.id, group.id, token);
    boards.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);
    const id = addNote(writer.doc, { x: 10, y: 20, text: 'Eén loket, ĳverig' }, { kind: 'local' });
    await waitForDoc(reader.doc, (doc) => itemsOf(doc).has(id));

    const organiser = workshop.tokens.organiser;
    const pdfRes = await get(`/api/workshops/${workshop.id}/export?format=pdf`, organiser);
    expect(pdfRes.status).toBe(200);
    const pdf = await PDFDocument.load(new Uint8Array(await pdfRes.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(2);
    // The font comes from node_modules through require.resolve relative to the built module.
    const fonts = pdf.context.enumerateIndirectObjects()
      .map(([, obj]) => (obj instanceof PDFDict ? obj.get(PDFName.of('BaseFont')) : undefined))
      .filter((name) => name instanceof PDFName).map(String);
    expect(fonts.some((f) => f.includes('DejaVuSans'))).toBe(true);

    const docxRes = await get(`/api/workshops/${workshop.id}/export?format=docx`, organiser);
    expect(docxRes.status).toBe(200);
    const docx = unzipSync(new Uint8Array(await docxRes.arrayBuffer()));
    expect(strFromU8(docx['word/document.xml']!)).toContain('Gebouwd');

    const svgRes = await get(`/api/workshops/${workshop.id}/boards/${group.id}.svg`, organiser);
    expect(svgRes.status).toBe(200);
    expect(await svgRes.text()).toContain('Eén loket, ĳverig');
  });
});
