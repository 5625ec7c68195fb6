import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { useE2E } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { HomePage } from './pages/HomePage.ts';
import { JoinPage } from './pages/JoinPage.ts';

const e2e = useE2E();
let workshop: WorkshopCreated;

beforeAll(async () => {
  workshop = await e2e.server.createWorkshop('Toegankelijkheid', ['Groep Noord', 'Groep Zuid']);
});

async function waitForQrCodes(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0 && document.querySelectorAll('img.qr').length > 0);
}

describe('accessibility (axe: no serious or critical findings)', () => {
  it('home page, its validation errors and the created-links view', async () => {
    const { page } = await e2e.newPage();
    const home = new HomePage(page);
    await home.goto(e2e.server.url);
    await expectNoSeriousViolations(page, 'home');
    await home.submit(); // empty title: error messages are shown
    await page.getByText('Vul een titel in.').waitFor();
    await expectNoSeriousViolations(page, 'home with errors');
    await home.create('Axe', ['Eén', 'Twee']);
    await home.createdHeading.waitFor();
    await waitForQrCodes(page);
    await expectNoSeriousViolations(page, 'home, links');
  });

  it('join page', async () => {
    const { page } = await e2e.newPage();
    await new JoinPage(page).goto(workshop.links.join);
    await expectNoSeriousViolations(page, 'join');
  });

  it('board page, empty and with a note being edited', async () => {
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);
    await board.goto(workshop.links.groups[workshop.groups[0]!.id]!);
    await expectNoSeriousViolations(page, 'board, empty');
    await board.addNote();
    await page.keyboard.type('Een notitie');
    await board.waitUntilSaved();
    await expectNoSeriousViolations(page, 'board with a note');
  });

  it('read-only board (plenary token)', async () => {
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);
    await board.goto(`${e2e.server.url}/w/${workshop.id}/g/${workshop.groups[0]!.id}#t=${workshop.tokens.plenary}`);
    expect(await board.addButton.count()).toBe(0);
    await expectNoSeriousViolations(page, 'board, read-only');
  });

  for (const role of ['organiser', 'facilitator', 'plenary'] as const) {
    it(`${role} page`, async () => {
      const { page } = await e2e.newPage();
      await page.goto(workshop.links[role]);
      await page.getByRole('heading', { level: 1, name: 'Toegankelijkheid' }).waitFor();
      await waitForQrCodes(page);
      await expectNoSeriousViolations(page, role);
    });
  }

  it('error and not-found pages', async () => {
    const { page } = await e2e.newPage();
    await page.goto(`${e2e.server.url}/w/${workshop.id}/g/${workshop.groups[0]!.id}`);
    await page.getByRole('alert').waitFor();
    await expectNoSeriousViolations(page, 'invalid link');
    await page.goto(`${e2e.server.url}/bestaat/niet`);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    await expectNoSeriousViolations(page, 'not found');
  });
});

describe('language', () => {
  it('is Dutch by default, switches to English, sets <html lang> and remembers the choice', async () => {
    const { page } = await e2e.newPage({ locale: 'en-GB' });
    const home = new HomePage(page);
    await home.goto(e2e.server.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'New workshop' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New workshop' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoSeriousViolations(page, 'home in English');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe workshop' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  });
});
