import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { useE2E, workshopWithTemplate } from './fixture.ts';
import { SCREEN_SIZES } from './layoutCheck.ts';
import { BoardPage } from './pages/BoardPage.ts';

/*
 * axe on every page at every screen size of issue 10 (phone, small laptop, laptop, beamer):
 * the layouts differ per size (a panel becomes a sheet, a header wraps), and so may what a
 * screen reader or a keyboard meets. a11y.test.ts covers each page's states at one size.
 */

const e2e = useE2E();
let workshop: WorkshopCreated;
let boardLink: string;

beforeAll(async () => {
  const made = await workshopWithTemplate(e2e, 'Toegankelijk op elk scherm', 'Een casus over overlast in een portiekflat.');
  workshop = made.workshop;
  boardLink = made.link;
});

/** Opens `url` once and checks it at each size, waiting for `ready` after every resize. */
async function atEverySize(url: string, what: string, ready: (page: Page) => Promise<void>): Promise<void> {
  const { page } = await e2e.newPage();
  await page.goto(url);
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await ready(page);
    await expectNoSeriousViolations(page, `${what} at ${size.width}×${size.height}`);
  }
}

const settled = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

describe('axe at 390×844, 1366×768, 1440×900 and 1920×1080', () => {
  it('home and join pages', async () => {
    await atEverySize(e2e.server.url, 'home', async (page) => {
      await page.locator('h1').first().waitFor();
      await settled(page);
    });
    await atEverySize(workshop.links.join, 'join', async (page) => {
      await page.locator('h1').first().waitFor();
      await settled(page);
    });
  });

  it('a participant board with the workshop template', async () => {
    await atEverySize(boardLink, 'board', async (page) => {
      await new BoardPage(page).waitUntilLoaded();
      await settled(page);
    });
  });

  it('organiser, facilitator and plenary pages', async () => {
    await atEverySize(workshop.links.organiser!, 'organiser', async (page) => {
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      await settled(page);
    });
    await atEverySize(workshop.links.facilitator!, 'facilitator', async (page) => {
      await page.getByText('Verbonden', { exact: true }).waitFor();
      await settled(page);
    });
    await atEverySize(workshop.links.plenary, 'plenary', async (page) => {
      await page.locator('.beamer__title').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
      await settled(page);
    });
  });
});
