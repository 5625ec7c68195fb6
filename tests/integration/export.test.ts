import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportJson } from '../../server/export/exportJson.ts';
import { CSV_HEADER } from '../../server/export/csv.ts';
import { ApiError } from '../../shared/schemas/workshop.ts';
import { startTestServer, type TestServer } from '../helpers/testServer.ts';
import { AMENDED, AP, LONG_BODY, download, filledWorkshop, type FilledWorkshop } from './exportFixture.ts';

let server: TestServer;
let filled: FilledWorkshop;

beforeAll(async () => {
  server = await startTestServer();
  filled = await filledWorkshop(server);
});
afterAll(async () => {
  await server?.close();
});

const exportPath = (format: string, id = filled.workshop.id) => `/api/workshops/${id}/export?format=${format}`;
const organiser = () => filled.workshop.tokens.organiser;

describe('GET /api/workshops/:id/export: who may', () => {
  it('401 without a token or with an unknown one', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const res = await download(server, exportPath('csv'), token);
      expect(res.status).toBe(401);
      expect(ApiError.parse(JSON.parse(res.text)).error).toBe('unauthorized');
    }
  });

  it('403 with a participant, plenary, facilitator or join token', async () => {
    const { tokens, groups } = filled.workshop;
    for (const token of [tokens.participants[groups[0]!.id]!, tokens.plenary, tokens.facilitator, tokens.join]) {
      const res = await download(server, exportPath('csv'), token);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.text).error).toBe('forbidden');
    }
  });

  it("403 with another workshop's organiser token, 404 for an unknown workshop", async () => {
    const other = await server.createWorkshop('Ander', ['X']);
    expect((await download(server, exportPath('csv'), other.tokens.organiser)).status).toBe(403);
    const unknown = await download(server, exportPath('csv', 'onbekend12345'), organiser());
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toBe('not_found');
  });

  it('400 for an unknown or missing format', async () => {
    for (const path of [exportPath('xlsx'), `/api/workshops/${filled.workshop.id}/export`, exportPath('csv&format=md')]) {
      const res = await download(server, path, organiser());
      expect(res.status, path).toBe(400);
      expect(JSON.parse(res.text).error).toBe('invalid_request');
    }
  });
});

describe('each format reads back', () => {
  it.each([
    ['csv', 'text/csv; charset=utf-8', 'actiepunten.csv'],
    ['md', 'text/markdown; charset=utf-8', 'actiepunten.md'],
    ['json', 'application/json; charset=utf-8', 'actiepunten.json'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'opzet-convenant.docx'],
    ['pdf', 'application/pdf', 'verslag.pdf'],
  ])('%s: Content-Type, an attachment with an ASCII and a UTF-8 name, never cached', async (format, type, ending) => {
    const res = await download(server, exportPath(format), organiser());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(new RegExp(`^attachment; filename="Werkconferentie-ijsselstreek-wonen-${ending.replace('.', '\\.')}"; filename\\*=UTF-8''`));
    expect(/filename="([^"]*)"/.exec(disposition)![1]).toMatch(/^[\x20-\x7e]+$/);
    const utf8 = decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(disposition)![1]!);
    expect(utf8.startsWith('Werkconferentie ĳsselstreek “wonen” - ')).toBe(true);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('csv: a CSV parser gets one row per action point, Dutch and hostile text intact, formulas neutralised', async () => {
    const res = await download(server, exportPath('csv'), organiser());
    expect(res.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.text).toContain('\r\n');
    expect(res.text.replace(/"[^"]*"/g, '').replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parse(res.body, { delimiter: ';', bom: true }) as string[][];
    expect(rows[0]).toEqual([...CSV_HEADER]);
    const title = 'Werkconferentie ĳsselstreek: “wonen”';
    expect(rows.slice(1)).toEqual([
      [title, 'Groep Noord – ĳssel', '1', AP.a0.title, AP.a0.body, 'Gemeente, Woningcorporatie', 'Gemeente', 'vóór de zomer', '3', 'aangenomen', '', '', 'ingediend'],
      [title, 'Groep Noord – ĳssel', '2', `'${AP.a1.title}`, AP.a1.body, "Politie, +31 Buurtbemiddeling", "'+31 Buurtbemiddeling", "'-1 maand", '1', 'geparkeerd', '', '', 'ingediend'],
      // Group Zuid got votes, so it submitted first (only submitted points are on the ballot).
      [title, 'Groep <b>Zuid</b>', '1', AP.b0.title, LONG_BODY, 'Politie, Antidiscriminatievoorziening', 'Antidiscriminatievoorziening', 'binnen een jaar', '5', 'aangenomen met wijziging', AMENDED, '', 'ingediend'],
      [title, 'Groep <b>Zuid</b>', '2', `'${AP.b1.title}`, AP.b1.body, 'Politie', 'Politie', 'direct', '0', '', '', '', 'ingediend'],
    ]);
  });

  it('md: grouped per group, HTML and Markdown in user text escaped', async () => {
    const md = (await download(server, exportPath('md'), organiser())).text;
    expect(md.indexOf('## Groep Noord – ĳssel')).toBeGreaterThan(0);
    expect(md.indexOf('## Groep &lt;b&gt;Zuid&lt;/b&gt;')).toBeGreaterThan(md.indexOf('## Groep Noord – ĳssel'));
    expect(md).toContain('### 1. Eén meldpunt voor woonoverlast');
    expect(md).toContain('&lt;script&gt;alert("x")&lt;/script&gt; & &lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toMatch(/<script|<img|<b>/);
    expect(md).toContain(`aangenomen met wijziging: ${AMENDED}`);
    expect(md).toContain(LONG_BODY.slice(0, 200));
  });

  it('json: validates against its schema and holds the snapshot', async () => {
    const json = ExportJson.parse(JSON.parse((await download(server, exportPath('json'), organiser())).text));
    expect(json.schemaVersion).toBe(1);
    expect(json.workshop.title).toBe('Werkconferentie ĳsselstreek: “wonen”');
    const [a, b] = json.groups;
    expect(a!.submitted).toBe(true);
    expect(a!.actionPoints.map((ap) => [ap.title, ap.votes, ap.decision?.status ?? null])).toEqual([
      [AP.a0.title, 3, 'adopted'], [AP.a1.title, 1, 'parked'],
    ]);
    expect(b!.actionPoints[0]).toMatchObject({ body: LONG_BODY, decision: { status: 'amended', text: AMENDED }, votes: 5 });
    expect(json.ranking.map((r) => r.kind === 'actionPoint' && r.apKey)).toEqual([
      filled.key(1, 0), filled.key(0, 0), filled.key(0, 1), filled.key(1, 1),
    ]);
  });

  it('docx: word/document.xml holds the adopted points as articles in vote order, the parked one in the appendix', async () => {
    const res = await download(server, exportPath('docx'), organiser());
    const files = unzipSync(new Uint8Array(res.body));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).not.toMatch(/<script|<img /);
    const text = xml.replace(/<[^>]+>/g, '');
    const at = (s: string) => {
      const i = text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    at('Opzet convenant');
    at('Aanpak discriminatie en woonoverlast');
    // Word numbers the articles ("Artikel 2." comes from the style): the headings hold the titles.
    const agreements = at('Afspraken');
    expect(at(AP.b0.title)).toBeGreaterThan(agreements);
    expect(at(AP.b0.title)).toBeLessThan(at(AP.a0.title));
    expect(at(AMENDED)).toBeGreaterThan(at(AP.b0.title));
    expect(at('Ondertekening')).toBeGreaterThan(at(AP.a0.title));
    expect(at('Herkomst van de artikelen')).toBeGreaterThan(at('Ondertekening'));
    const appendix = at('Geparkeerde actiepunten');
    expect(appendix).toBeGreaterThan(at('Herkomst van de artikelen'));
    // The hostile title and body, escaped as XML, in the appendix only.
    expect(text.indexOf('=HYPERLINK(&quot;http://evil.example&quot;,&quot;klik&quot;)')).toBeGreaterThan(appendix);
    expect(text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(at('Actiepunten zonder besluit')).toBeLessThan(at(AP.b1.title));
    expect(text).toContain('ĳverig');
  });

  it('pdf: a title page, one page per board and the action points; DejaVu embedded for ĳ', async () => {
    const res = await download(server, exportPath('pdf'), organiser());
    expect(res.body.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(res.body);
    expect(pdf.getPageCount()).toBe(1 + 2 + 1);
    expect(pdf.getTitle()).toBe('Verslag: Werkconferentie ĳsselstreek: “wonen”');
    const fonts = pdf.context.enumerateIndirectObjects()
      .map(([, obj]) => (obj instanceof PDFDict ? obj.get(PDFName.of('BaseFont')) : undefined))
      .filter((name) => name instanceof PDFName).map(String);
    expect(fonts.some((f) => f.includes('DejaVuSans'))).toBe(true);
    const [title, board] = [pdf.getPage(0), pdf.getPage(1)];
    expect(title.getWidth()).toBeLessThan(title.getHeight());
    expect(board.getWidth()).toBeGreaterThan(board.getHeight());
  });
});
