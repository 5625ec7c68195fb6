import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type * as Y from 'yjs';
import { addArrow } from '../shared/board/arrows.ts';
import { addTextLabel } from '../shared/board/labels.ts';
import { addNote } from '../shared/board/notes.ts';
import type { ChangeOrigin, NoteColor } from '../shared/board/schema.ts';
import { addStroke } from '../shared/board/strokes.ts';
import { applyTemplate } from '../shared/board/templates.ts';
import { castVote } from '../shared/board/votes.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { BoardPage } from '../tests/e2e/pages/BoardPage.ts';
import { JoinPage } from '../tests/e2e/pages/JoinPage.ts';
import { ensureClientBuilt } from '../tests/helpers/buildClient.ts';
import { startTestServer } from '../tests/helpers/testServer.ts';
import { connectBoard, waitForDoc } from '../tests/helpers/yjsClient.ts';

/**
 * `npm run screenshots`: the images of docs/screenshots, made from the real app in headless
 * Chromium (1280×800) on a temporary server, with invented demo content after the workshop
 * template (no real names). Add a shot by adding a function below and calling it at the end.
 */

const OUT = 'docs/screenshots';
const SEED: ChangeOrigin = { kind: 'seed' };
const CASE = 'Een gezin krijgt al twee jaar racistische opmerkingen van de buren op de galerij. Meldingen bij de corporatie leveren weinig op; de politie ziet geen strafbaar feit.';

/** Section i of the workshop template: where its k-th note goes (two columns). */
function slot(section: number, k: number): { x: number; y: number } {
  return { x: section * 640 + 40 + (k % 2) * 270, y: 360 + Math.floor(k / 2) * 180 };
}

/** The demo board: the template, notes in every section, an arrow, a drawing and votes. */
function fillBoard(doc: Y.Doc): void {
  applyTemplate(doc, 'workshop', { caseText: CASE }, SEED);
  const notes: [number, string, NoteColor][] = [
    [0, 'Racistische opmerkingen op de galerij, al twee jaar', 'yellow'],
    [0, 'Kinderen durven niet meer buiten te spelen', 'yellow'],
    [0, 'Meldingen bij de corporatie leveren weinig op', 'orange'],
    [1, 'Corporatie, politie en gemeente weten niet van elkaars meldingen', 'pink'],
    [1, 'Geen strafbaar feit: de politie kan weinig', 'pink'],
    [1, 'Bemiddeling werkt niet als één partij weigert', 'purple'],
    [2, 'Eén casusregisseur per melding', 'green'],
    [2, 'Gezamenlijk overleg binnen twee weken na een melding', 'green'],
    [2, 'Afspraken over discriminatie in het huurcontract', 'blue'],
    [3, 'Convenant: meldingen delen tussen de partners', 'blue'],
  ];
  const ids: string[] = [];
  const perSection = [0, 0, 0, 0];
  for (const [section, text, color] of notes) {
    ids.push(addNote(doc, { ...slot(section, perSection[section]!++), text, color }, SEED));
  }
  addArrow(doc, { from: ids[4]!, to: ids[6]!, color: 'blue' }, SEED);
  addArrow(doc, { from: ids[7]!, to: ids[9]!, color: 'blue' }, SEED);
  // A loop drawn around the favourite idea.
  const around = slot(2, 0);
  const loop: number[] = [];
  for (let i = 0; i <= 64; i++) {
    const a = (i / 60) * Math.PI * 2 - 0.4;
    loop.push(around.x + 100 + Math.cos(a) * (128 + (i % 7) * 0.6), around.y + 70 + Math.sin(a) * (94 + (i % 5) * 0.8));
  }
  addStroke(doc, { points: loop, color: 'red', width: 4 }, SEED);
  addTextLabel(doc, { x: 3 * 640 + 40, y: 880, text: 'Top 2 voor de plenaire sessie', color: 'purple', fontSize: 28, w: 520 }, SEED);
  for (const voter of ['voter1aaaa', 'voter2bbbb', 'voter3cccc']) castVote(doc, voter, ids[6]!, SEED);
  for (const voter of ['voter1aaaa', 'voter2bbbb']) castVote(doc, voter, ids[7]!, SEED);
  castVote(doc, 'voter3cccc', ids[9]!, SEED);
}

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

ensureClientBuilt();
mkdirSync(OUT, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const workshop = await server.createWorkshop('Werkconferentie Aanpak discriminatie in de woonomgeving', ['Groep 1 – Burenruzie', 'Groep 2 – Portiekflat']);
  const group = workshop.groups[0]!;
  const seed = connectBoard(server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
  await seed.synced;
  fillBoard(seed.doc);

  const open = async (name: string): Promise<BoardPage> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await new JoinPage(page).goto(workshop.links.join);
    await new JoinPage(page).join(group.name, name);
    const board = new BoardPage(page);
    await board.waitUntilLoaded();
    return board;
  };
  const anna = await open('Anna');
  const bram = await open('Bram');
  await waitForDoc(seed.doc, () => true);

  // Anna zooms in from the whole board to where the text is readable, on the first sections.
  const corner = await anna.toScreen({ x: -20, y: -20 });
  await anna.page.mouse.move(corner.x, corner.y);
  await anna.page.keyboard.down('Control');
  for (let i = 0; i < 2; i++) await anna.page.mouse.wheel(0, -100);
  await anna.page.keyboard.up('Control');
  await anna.page.mouse.wheel(40, 115); // and scrolls the case card up to the toolbar

  // Bram types in a note of the "Ideeën" section: Anna sees his cursor and his name on it.
  const ideas = slot(2, 2);
  await bram.doubleClickAt({ x: ideas.x + 100, y: ideas.y + 70 });
  await bram.editor.waitFor();
  await bram.page.keyboard.type(' (ook bij de wijkagent)');
  await anna.page.locator('.presence__name', { hasText: 'Bram' }).waitFor();
  await anna.page.mouse.move(1010, 700); // Anna's own pointer out of the way
  await settle(anna.page);
  await anna.page.waitForFunction(() => document.activeElement?.tagName !== 'TEXTAREA');
  await anna.page.screenshot({ path: `${OUT}/board-canvas.png` });
  process.stdout.write(`Wrote ${OUT}/board-canvas.png\n`);
  seed.destroy();
} finally {
  await browser.close();
  await server.close();
}
