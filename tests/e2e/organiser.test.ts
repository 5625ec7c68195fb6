import { readFile } from 'node:fs/promises';
import type { Download } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import * as Y from 'yjs';
import { fillActionPoints, runPlenary } from '../helpers/fillWorkshop.ts';
import { useE2E } from './fixture.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { OrganiserPage } from './pages/OrganiserPage.ts';

const e2e = useE2E();
let workshop: WorkshopCreated;
const TITLE = 'Werkconferentie ĳsselstreek';

beforeAll(async () => {
  workshop = await e2e.server.createWorkshop(TITLE, ['Groep Noord', 'Groep Zuid']);
  const key = (g: number, slot: number) => `${workshop.groups[g]!.id}:${slot}`;
  await fillActionPoints(e2e.server, workshop, [
    {
      actionPoints: [
        { title: 'Eén meldpunt', body: 'Eén loket voor meldingen; “samen”.', parties: ['gemeente'], lead: 'gemeente', timeframe: 'vóór de zomer' },
        { title: '=cmd <b>vet</b>', body: '<script>alert(1)</script>', parties: ['politie'], lead: 'politie', timeframe: 'direct' },
      ],
      draw: (doc) => {
        for (let i = 0; i < 12; i++) addNote(doc, { x: (i % 4) * 220, y: 300 + Math.floor(i / 4) * 160, text: `Idee ${i}: ĳs & ë` }, { kind: 'local' });
      },
    },
  ]);
  await runPlenary(e2e.server, workshop, {
    votes: { [key(0, 0)]: 2 },
    decisions: [{ apKey: key(0, 0), status: 'adopted' }, { apKey: key(0, 1), status: 'parked' }],
  });
});

async function organiserPage(link = workshop.links.organiser, title = TITLE): Promise<OrganiserPage> {
  const { page } = await e2e.newPage();
  const organiser = new OrganiserPage(page);
  await organiser.goto(link, title);
  return organiser;
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

describe('organiser page', () => {
  it('has no serious or critical axe findings, also with the delete confirmation open', async () => {
    const organiser = await organiserPage();
    await organiser.waitForQrCodes();
    await expectNoSeriousViolations(organiser.page, 'organiser page');
    await organiser.section('Werkbord verwijderen').getByRole('button', { name: 'Werkbord verwijderen' }).click();
    await organiser.page.getByLabel('Typ de titel van de workshop om te bevestigen').waitFor();
    await expectNoSeriousViolations(organiser.page, 'delete confirmation');
    // Escape cancels and gives focus back to the button.
    await organiser.page.keyboard.press('Escape');
    await expect.poll(() => organiser.page.evaluate(() => document.activeElement?.textContent)).toBe('Werkbord verwijderen');
  });

  it('saves the details and a case text, which lands on the group board', async () => {
    const organiser = await organiserPage();
    const details = organiser.section('Gegevens van de workshop');
    await details.getByLabel('Plaats').fill('Stadhuis ’s-Hertogenbosch');
    await details.getByLabel('Datum').fill('2026-03-12');
    await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
    await details.getByText('De gegevens zijn opgeslagen.').waitFor();

    await organiser.caseField('Groep Zuid').fill('Casus: briefjes in de bus, <b>geen</b> strafbaar feit.');
    await organiser.section('Groepen en casussen').getByRole('button', { name: /^Casus opslaan\W+Groep Zuid$/ }).click();
    await organiser.page.getByText('De casus van Groep Zuid is opgeslagen.').waitFor();
    const doc = new Y.Doc();
    for (const u of (await e2e.server.storage.loadDoc(`${workshop.id}/${workshop.groups[1]!.id}`)).updates) Y.applyUpdate(doc, u);
    expect(readBoard(doc).caseCard?.text).toBe('Casus: briefjes in de bus, <b>geen</b> strafbaar feit.');

    // After a reload the page shows what was stored.
    await organiser.page.reload();
    await organiser.goto(workshop.links.organiser, TITLE);
    expect(await organiser.section('Gegevens van de workshop').getByLabel('Plaats').inputValue()).toBe('Stadhuis ’s-Hertogenbosch');
    await expect.poll(() => organiser.caseField('Groep Zuid').inputValue()).toBe('Casus: briefjes in de bus, <b>geen</b> strafbaar feit.');
  });

  it('downloads every action-point export', async () => {
    const organiser = await organiserPage();
    const expectations: [string, RegExp, (b: Buffer) => void][] = [
      ['Spreadsheet (CSV)', /actiepunten\.csv$/, (b) => {
        expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(b.toString('utf8')).toContain("'=cmd <b>vet</b>");
      }],
      ['Tekst (Markdown)', /actiepunten\.md$/, (b) => expect(b.toString('utf8')).toContain('### 1. Eén meldpunt')],
      ['Gegevens (JSON)', /actiepunten\.json$/, (b) => expect(JSON.parse(b.toString('utf8')).schemaVersion).toBe(1)],
      ['Opzet convenant (Word)', /opzet convenant\.docx$/, (b) => expect(b.subarray(0, 2).toString()).toBe('PK')],
      ['Verslag met borden (PDF)', /verslag\.pdf$/, (b) => expect(b.subarray(0, 5).toString()).toBe('%PDF-')],
    ];
    for (const [name, file, check] of expectations) {
      const download = await organiser.download(organiser.exportButton(name));
      expect(download.suggestedFilename()).toMatch(file);
      expect(download.suggestedFilename().startsWith(TITLE)).toBe(true);
      check(await bytesOf(download));
      await organiser.page.getByText(`Klaar: ${download.suggestedFilename()} is gedownload.`).waitFor();
    }
  });

  it('turns a board into a PNG in the browser, and downloads its SVG', async () => {
    const organiser = await organiserPage();
    const png = await bytesOf(await organiser.download(organiser.boardButton('PNG', 'Groep Noord')));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(400);
    expect(Math.max(width, height)).toBeLessThanOrEqual(4096);
    await organiser.page.getByText('Klaar: 1 bord gedownload.').waitFor();

    const svgDownload = await organiser.download(organiser.boardButton('SVG', 'Groep Noord'));
    expect(svgDownload.suggestedFilename()).toBe(`${TITLE} - Groep Noord.svg`);
    const svg = (await bytesOf(svgDownload)).toString('utf8');
    expect(svg.match(/class="note"/g)).toHaveLength(12);
  });

  it('Ctrl+P prints the links to hand out on at most two pages, without the organiser link or its QR code (issue 10)', async () => {
    const organiser = await organiserPage();
    await organiser.waitForQrCodes();
    await organiser.page.emulateMedia({ media: 'print' });
    expect(await organiser.page.locator('.link-card--sensitive').isVisible()).toBe(false);
    expect(await organiser.page.getByRole('img', { name: /Organisator/ }).isVisible()).toBe(false);
    expect(await organiser.page.locator('.link-card', { hasText: 'Meedoen' }).isVisible()).toBe(true);
    const pdf = await organiser.page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.log(`organiser page printed: ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });

  it('prints the table cards only', async () => {
    const organiser = await organiserPage();
    await organiser.waitForQrCodes();
    const cards = organiser.page.locator('.table-card');
    expect(await cards.count()).toBe(2);
    await organiser.page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedWith: boolean }).printedWith = document.documentElement.classList.contains('print-table-cards');
      };
    });
    await organiser.page.getByRole('button', { name: 'Tafelkaarten afdrukken' }).click();
    expect(await organiser.page.evaluate(() => (window as unknown as { printedWith: boolean }).printedWith)).toBe(true);
    await organiser.page.evaluate(() => document.documentElement.classList.add('print-table-cards'));
    await organiser.page.emulateMedia({ media: 'print' });
    expect(await cards.first().isVisible()).toBe(true);
    expect(await cards.first().getByRole('img', { name: 'QR-code naar het bord van Groep Noord' }).isVisible()).toBe(true);
    expect(await organiser.page.getByRole('heading', { name: 'Gegevens van de workshop' }).isVisible()).toBe(false);
    expect(await organiser.page.getByRole('button', { name: 'Tafelkaarten afdrukken' }).isVisible()).toBe(false);
  });

  it('deletes the workshop after typing its title: the page says so and every link stops working', async () => {
    const doomed = await e2e.server.createWorkshop('Weg ermee', ['Groep 1']);
    const groupId = doomed.groups[0]!.id;
    const organiser = await organiserPage(doomed.links.organiser, 'Weg ermee');
    await organiser.deleteWorkshop('verkeerde titel');
    await organiser.page.getByText('Typ de titel precies zoals hierboven.').waitFor();
    expect(await e2e.server.storage.getWorkshop(doomed.id)).toBeDefined();

    await organiser.deleteWorkshop('weg ermee ');
    const done = organiser.page.getByRole('heading', { level: 1, name: 'Het werkbord is verwijderd' });
    await done.waitFor();
    await expect.poll(() => organiser.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    for (const link of [doomed.links.organiser, doomed.links.groups[groupId]!, doomed.links.join]) {
      const { page } = await e2e.newPage();
      await page.goto(link);
      await page.getByRole('heading', { name: 'Deze link is ongeldig of verlopen' }).waitFor();
    }
    const res = await fetch(`${e2e.server.url}/api/workshops/${doomed.id}`, { headers: { authorization: `Bearer ${doomed.tokens.organiser}` } });
    expect(res.status).toBe(401);
    expect(await e2e.server.storage.getWorkshop(doomed.id)).toBeUndefined();
    expect(await e2e.server.storage.listGroups(doomed.id)).toEqual([]);
    expect((await e2e.server.storage.loadDoc(`${doomed.id}/${groupId}`)).updates).toEqual([]);
  });
});
