import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELL_PAD } from '../../server/export/covenantTable.ts';
import { longestWordTwips } from '../../server/export/textWidth.ts';
import { fillActionPoints, runPlenary } from '../helpers/fillWorkshop.ts';
import { docxToPdf, hasCommand, layoutPages, pageCount } from '../helpers/soffice.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { download } from './exportFixture.ts';

/*
 * Issue 11: the covenant as LibreOffice prints it (Debian's libreoffice-writer-nogui, with
 * Carlito for Calibri; .ci/run installs both). Word and LibreOffice break a word that does not
 * fit its table cell in the middle ("Woningcorporati/e"): with long Dutch party names every
 * word of the signature table must still print whole, and the pages must be numbered right.
 */

/** Other parties with long Dutch words, beside the four of the fixed list. */
const OTHER = ['Buurtbemiddelingsorganisatie', 'Jongerenwerkorganisatie Zuidoost'];
const PARTIES = ['Gemeente', 'Woningcorporatie', 'Politie', 'Antidiscriminatievoorziening', ...OTHER];
const HEADERS = ['Partij', 'Naam', 'Functie', 'Datum', 'Handtekening'];

let server: TestServer;
let dir: string;
let docx: Uint8Array;

beforeAll(async () => {
  for (const command of ['soffice', 'pdfinfo', 'pdftotext']) {
    if (!(await hasCommand(command))) throw new Error(`${command} is missing: .ci/run installs libreoffice-writer-nogui and poppler-utils`);
  }
  dir = mkdtempSync(join(tmpdir(), 'werkbord-covenant-'));
  server = await startTestServer();
  const workshop = await server.createWorkshop('Werkconferentie wonen zonder discriminatie', ['Groep Noord', 'Groep Zuid']);
  const body = 'Partijen spreken af dat meldingen van discriminatie in de woonomgeving binnen twee weken worden besproken. '.repeat(3);
  await fillActionPoints(server, workshop, OTHER.map((other, g) => ({
    submit: true,
    actionPoints: [0, 1].map((slot) => ({
      title: `Afspraak ${g + 1}.${slot + 1} over woonoverlast`, body,
      parties: ['gemeente', 'woningcorporatie', 'politie', 'antidiscriminatievoorziening'] as const,
      otherParty: other, lead: slot === 0 ? 'woningcorporatie' : other, timeframe: 'binnen een jaar',
    })).map((ap) => ({ ...ap, parties: [...ap.parties] })),
  })));
  const key = (g: number, slot: number) => `${workshop.groups[g]!.id}:${slot}`;
  await runPlenary(server, workshop, {
    decisions: [0, 1].flatMap((g) => [0, 1].map((slot) => ({ apKey: key(g, slot), status: 'adopted' as const }))),
  });
  const res = await download(server, `/api/workshops/${workshop.id}/export?format=docx`, workshop.tokens.organiser);
  expect(res.status).toBe(200);
  docx = new Uint8Array(res.body);
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the covenant in LibreOffice', () => {
  it('sizes the signature table\'s party column to the longest party word (document.xml)', () => {
    const doc = strFromU8(unzipSync(docx)['word/document.xml']!);
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*Handtekening[\s\S]*?<\/w:tbl>/.exec(doc)?.[0] ?? '';
    const partyColumn = Number(/<w:gridCol w:w="(\d+)"/.exec(table)?.[1]);
    for (const party of PARTIES) {
      expect(table, party).toContain(`>${party}<`);
      expect(longestWordTwips(party, 11) + CELL_PAD, party).toBeLessThanOrEqual(partyColumn);
    }
  });

  it('prints every word of the signature table whole, and numbers the pages "pagina X van Y"', async () => {
    const file = join(dir, 'convenant.docx');
    writeFileSync(file, docx);
    const pdf = await docxToPdf(file, dir);
    const pages = await layoutPages(pdf);
    const count = await pageCount(pdf);
    expect(pages).toHaveLength(count);
    // Title page, parties and recitals, articles, signing, appendix: several pages, not dozens.
    expect(count).toBeGreaterThanOrEqual(5);
    expect(count).toBeLessThanOrEqual(20);
    // The title page has no footer; every other page says its number of the whole.
    pages.slice(1).forEach((p, i) => expect(p.replace(/\s+/g, ' '), `page ${i + 2}`).toContain(`pagina ${i + 2} van ${count}`));

    const all = pages.join('\n');
    const start = all.indexOf('Aldus overeengekomen en ondertekend');
    const end = all.indexOf('Herkomst van de artikelen', start);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const lines = all.slice(start, end).split('\n');
    const words = [...new Set([...HEADERS, ...PARTIES.flatMap((p) => p.split(' '))])];
    for (const word of words) {
      const whole = new RegExp(`(^|\\s)${word}(\\s|$)`);
      expect(lines.some((line) => whole.test(line)), `"${word}" is split in the signature table:\n${lines.join('\n')}`).toBe(true);
    }
    // An article heading never ends a page (keep-with-next holds in LibreOffice too).
    for (const [i, p] of pages.entries()) {
      const body = p.split('\n').map((l) => l.trim()).filter((l) => l && !/pagina \d+ van \d+/.test(l));
      expect(body.at(-1) ?? '', `page ${i + 1}`).not.toMatch(/^Artikel \d+\./);
    }
  }, 180_000);
});
