import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readBoard } from '../shared/board/readBoard.ts';
import type { Rect } from '../shared/board/views.ts';
import { createDemoWorkshop } from '../server/demo.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { BoardPage } from '../tests/e2e/pages/BoardPage.ts';
import { JoinPage } from '../tests/e2e/pages/JoinPage.ts';
import { OutlinePage } from '../tests/e2e/pages/OutlinePage.ts';
import { ensureClientBuilt } from '../tests/helpers/buildClient.ts';
import { connectControl } from '../tests/helpers/controlClient.ts';
import { fillActionPoints, runPlenary } from '../tests/helpers/fillWorkshop.ts';
import { startTestServer } from '../tests/helpers/testServer.ts';
import { connectBoard } from '../tests/helpers/yjsClient.ts';
import { DEMO_FILLS, demoPlenary } from './demoContent.ts';
import { BEAMER, LAPTOP, PHONE, newPage, settle, shoot, type Viewport } from './screenshotTools.ts';

/**
 * `npm run screenshots`: the images of docs/screenshots, made from the real app in headless
 * Chromium on a temporary server with the demo workshop and its invented content
 * (scripts/demoContent.ts, no real names): a group board on a laptop and on a phone, the
 * board as a list, the facilitator's console, and the plenary on a beamer. The README shows
 * them; look at each after a change.
 */

const OUT = 'docs/screenshots';

/**
 * Zooms and pans a person's view as they would (ctrl+wheel, then wheel) until `rect` (board
 * units) fills the canvas: the first view shows the whole board, too small to read in a picture.
 */
async function frame(board: BoardPage, rect: Rect): Promise<void> {
  const { page } = board;
  const box = await board.canvas.boundingBox();
  if (!box) throw new Error('the canvas is not shown');
  const wanted = Math.min(box.width / rect.w, box.height / rect.h);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // One wheel step of 100 zooms by e^0.25 (CanvasInput.ts); the rest in a last, smaller step.
  let steps = Math.log(wanted / (await board.camera()).z) / 0.0025;
  await page.keyboard.down('Control');
  while (Math.abs(steps) > 1) {
    const step = Math.max(-100, Math.min(100, steps));
    await page.mouse.wheel(0, -step);
    steps -= step;
  }
  await page.keyboard.up('Control');
  const cam = await board.camera();
  await page.mouse.wheel((rect.x + rect.w / 2 - cam.x) * cam.z, (rect.y + rect.h / 2 - cam.y) * cam.z);
}

ensureClientBuilt();
mkdirSync(OUT, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const workshop = await createDemoWorkshop(server.storage, server.url);
  const [first, ...others] = workshop.groups;
  // Group 1's board drawn on, every group's action points, three of them handed in.
  await fillActionPoints(server, workshop, DEMO_FILLS);
  const facilitator = await connectControl(server.url, workshop.id, workshop.tokens.facilitator);
  await facilitator.send('agenda:now', { segmentId: 'workshops' });
  await facilitator.send('timer:start', { durationMs: 40 * 60_000 });
  // People in the other groups, online on their boards' control channel as the console counts them.
  const people = await Promise.all(others.flatMap((g, i) => Array.from({ length: 2 + (i % 2) },
    () => connectControl(server.url, workshop.id, workshop.tokens.participants[g.id]!))));

  const seed = connectBoard(server.wsUrl, workshop.id, first!.id, workshop.tokens.participants[first!.id]);
  await seed.synced;
  const layout = readBoard(seed.doc);
  seed.destroy();
  const sections = [...layout.sections].sort((a, b) => a.x - b.x);
  const [s1, s2] = sections;
  if (!s1 || !s2) throw new Error('the demo board has no template sections');

  const join = async (viewport: Viewport, name: string, mobile = false): Promise<BoardPage> => {
    const page = await newPage(browser, viewport, { mobile });
    await new JoinPage(page).goto(workshop.links.join);
    await new JoinPage(page).join(first!.name, name);
    const board = new BoardPage(page);
    await board.waitUntilLoaded();
    // The action-point panel opens with the action step; folded away, the board has the room.
    await page.getByRole('button', { name: 'Verbergen', exact: true }).click();
    await board.canvas.waitFor();
    return board;
  };

  // A group board on a laptop: Anna looks at the case and the first sections while Bram types.
  const anna = await join(LAPTOP, 'Anna');
  const bram = await join(LAPTOP, 'Bram');
  // The case and the upper part of the first two sections, where the notes are.
  const top = layout.caseCard?.y ?? s1.y;
  await frame(anna, { x: s1.x - 24, y: top - 24, w: s2.x + s2.w - s1.x + 48, h: s1.y + 440 - top });
  // Bram types in the first note of "Knelpunten": Anna sees his cursor and name on it.
  await bram.doubleClickAt({ x: s2.x + 124, y: s2.y + 120 });
  await bram.editor.waitFor();
  // His pointer beside the note, so that its name tag does not cover what he types.
  const beside = await bram.toScreen({ x: s2.x + 330, y: s2.y + 90 });
  await bram.page.mouse.move(beside.x, beside.y);
  await bram.page.keyboard.press('Control+End');
  await bram.page.keyboard.type(' Of als pesten.');
  await anna.page.locator('.presence__name', { hasText: 'Bram' }).waitFor();
  await anna.page.locator('.canvas-items [data-text$="Of als pesten."]').waitFor({ state: 'attached' });
  // The pointer travels in the room's presence batches (every 50 ms), which leave no trace in
  // the page to wait for; a few batches later it is drawn where he left it.
  await anna.page.waitForTimeout(400);
  await anna.page.mouse.move(LAPTOP.width - 40, LAPTOP.height - 40);
  await settle(anna.page);
  await shoot(anna.page, `${OUT}/board-laptop.png`);

  // The same board on a phone: Carla looks at the notes of the first section.
  const carla = await join(PHONE, 'Carla', true);
  await frame(carla, { x: s1.x - 8, y: s1.y - 8, w: 460, h: 400 });
  await settle(carla.page);
  await shoot(carla.page, `${OUT}/board-phone.png`);

  // The board as a list ("Lijst"), the view for keyboard and screen-reader users.
  await anna.page.getByRole('button', { name: 'Lijst', exact: true }).click();
  await new OutlinePage(anna.page).heading.waitFor();
  await anna.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await settle(anna.page);
  await shoot(anna.page, `${OUT}/board-outline.png`);

  // The facilitator's console on a small laptop while the groups work.
  const console_ = await newPage(browser, LAPTOP);
  await console_.goto(workshop.links.facilitator!);
  await console_.locator('.console__connection:not(.console__connection--off)').waitFor();
  await console_.locator('.group-card svg.thumb').first().waitFor();
  await settle(console_);
  await shoot(console_, `${OUT}/console.png`);

  // The plenary on a beamer once the votes are in and the plenary decided.
  for (const person of people) person.close();
  await runPlenary(server, workshop, demoPlenary(workshop));
  await facilitator.send('agenda:now', { segmentId: 'hoe-verder' });
  await facilitator.send('timer:start', { durationMs: 20 * 60_000 });
  await facilitator.send('plenary:reveal', { groupIds: 'all' });
  await facilitator.send('plenary:result', { show: false });
  const beamer: Page = await newPage(browser, BEAMER);
  await beamer.goto(workshop.links.plenary);
  await beamer.locator('.beamer__grid .decision-badge').first().waitFor();
  await beamer.waitForFunction(() => document.querySelectorAll('.qr--pending').length === 0);
  await settle(beamer);
  await shoot(beamer, `${OUT}/plenary.png`);
  facilitator.close();
} finally {
  await browser.close();
  await server.close();
}
