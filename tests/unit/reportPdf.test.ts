import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { reportPdf } from '../../server/export/reportPdf.ts';
import { MIN_TEXT_PT, tileBoard } from '../../server/export/boardTiles.ts';
import { exportDataOf, writeAp } from './exportTestData.ts';

/*
 * The report read back as its readers get it: text through poppler's pdftotext (installed by
 * .ci/run), structure (outline, page labels, language) through pdf-lib.
 */

const local: ChangeOrigin = { kind: 'local' };
const dir = mkdtempSync(join(tmpdir(), 'werkbord-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdftotext(bytes: Uint8Array, page?: number): string {
  const file = join(dir, `r${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-layout', file, '-'], { encoding: 'utf8' });
}

const DESCRIPTION = Array.from({ length: 60 }, (_, i) => `Zin ${i + 1} van de beschrijving van de werkconferentie over wonen en discriminatie.`).join(' ')
  + ' Dit is de laatste zin van de beschrijving.';
const AMENDED = 'De aangenomen tekst: elke maand een casusoverleg per wijk.';

async function sampleReport() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  writeAp(a, 0, { title: 'Eén meldpunt', body: 'Een loket voor alle meldingen.' });
  writeAp(b, 0, { title: 'Casusoverleg', body: 'De oorspronkelijke tekst van de groep over het overleg.' });
  addNote(b, { x: 0, y: 0, text: 'Een notitie' }, local);
  const data = exportDataOf(
    [{ id: 'ga', name: 'Groep Noord', doc: a }, { id: 'gb', name: 'Groep Zuid', doc: b }],
    (s) => { s.decisions['gb:0'] = { status: 'amended', text: AMENDED, history: [] }; },
    { description: DESCRIPTION },
  );
  const bytes = await reportPdf(data);
  return { bytes, pdf: await PDFDocument.load(bytes) };
}

describe('report PDF', () => {
  it('flows the whole description on and numbers every page "pagina X van Y"', async () => {
    const { bytes, pdf } = await sampleReport();
    const text = pdftotext(bytes).replace(/\s+/g, ' ');
    expect(text).toContain('Dit is de laatste zin van de beschrijving.');
    const pages = pdf.getPageCount();
    for (let p = 1; p <= pages; p++) expect(pdftotext(bytes, p)).toContain(`pagina ${p} van ${pages}`);
  });

  it('puts the adopted text of an amended point first and the group\'s original below it', async () => {
    const { bytes } = await sampleReport();
    const text = pdftotext(bytes).replace(/\s+/g, ' ');
    const adopted = text.indexOf(AMENDED);
    const original = text.indexOf('De oorspronkelijke tekst van de groep over het overleg.');
    expect(adopted).toBeGreaterThan(0);
    expect(original).toBeGreaterThan(adopted);
    expect(text.slice(adopted, original)).toContain('Oorspronkelijke tekst van de groep');
  });

  it('has bookmarks per board and per group, page labels and the language nl-NL', async () => {
    const { pdf } = await sampleReport();
    const catalog = pdf.catalog;
    expect(String(catalog.get(PDFName.of('Lang')))).toMatch(/nl-NL/);
    const labels = catalog.lookup(PDFName.of('PageLabels'), PDFDict);
    expect(labels.lookup(PDFName.of('Nums'), PDFArray).size()).toBe(2);
    const titles: string[] = [];
    const walk = (first: unknown) => {
      for (let item = first as PDFDict | undefined; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
        const title = item.lookup(PDFName.of('Title'));
        titles.push(title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '');
        walk(item.lookupMaybe(PDFName.of('First'), PDFDict));
      }
    };
    walk(catalog.lookup(PDFName.of('Outlines'), PDFDict).lookupMaybe(PDFName.of('First'), PDFDict));
    expect(titles).toEqual(['Werkconferentie', 'Borden', 'Groep Noord', 'Groep Zuid', 'Actiepunten', 'Groep Noord', 'Groep Zuid']);
  });

  it('prints a 2,000-note board in tiles whose note text is at least 7 pt, and the text is on them', async () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 2000; i++) addNote(doc, { x: (i % 50) * 220, y: Math.floor(i / 50) * 180, text: `Notitie ${i} woonoverlast` }, local);
    }, local);
    const data = exportDataOf([{ id: 'ga', name: 'Groep Vol', doc }]);
    const area = { w: 841.89 - 72, h: 595.28 - 72 - 16 - 28 };
    const { tiles, cols } = tileBoard({ x: -40, y: -40, w: 50 * 220 + 80, h: 40 * 180 + 80 }, area);
    expect(tiles.length).toBeGreaterThan(1);
    const scale = Math.min(area.w / tiles[0]!.w, area.h / tiles[0]!.h);
    expect(16 * scale).toBeGreaterThanOrEqual(MIN_TEXT_PT - 0.01);
    const bytes = await reportPdf(data);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1 + 1 + tiles.length + 1);
    // The first tile (top left) holds the first notes, whole and readable.
    const firstTile = pdftotext(bytes, 3);
    expect(firstTile).toMatch(/^\s*Notitie 0\s+Notitie 1\s/m);
    expect(firstTile).toContain('woonoverlast');
    expect(firstTile).toContain(`deel 1 van ${tiles.length}`);
    expect(cols).toBeGreaterThan(1);
  }, 60_000);
});
