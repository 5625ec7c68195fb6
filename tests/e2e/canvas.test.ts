import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readBoard } from '../../shared/board/readBoard.ts';
import { sectionOf } from '../../shared/board/sections.ts';
import { voteCounts } from '../../shared/board/votes.ts';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { connectBoard, waitForDocWithin as waitForDoc, type BoardClient } from '../helpers/yjsClient.ts';
import { startE2E, type E2E } from './fixture.ts';
import { BoardPage, type Point } from './pages/BoardPage.ts';
import { JoinPage } from './pages/JoinPage.ts';

/*
 * The canvas board (issue 3) in real Chromium, two people on one group board. What the board
 * holds is checked through a stock Yjs client connected to the server (the observer), so each
 * step is proven to have reached the server through the shared model, not just the screen.
 */

let e2e: E2E;
let workshop: WorkshopCreated;
let observer: BoardClient;

beforeAll(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  observer?.destroy();
  await e2e.closeContexts();
});
afterAll(async () => {
  await e2e?.close();
});

async function joinAs(group: string, name: string): Promise<BoardPage> {
  const { page } = await e2e.newPage();
  await new JoinPage(page).goto(workshop.links.join);
  await new JoinPage(page).join(group, name);
  const board = new BoardPage(page);
  await board.waitUntilLoaded();
  return board;
}

async function newGroupBoard(): Promise<{ anna: BoardPage; bram: BoardPage; doc: Y.Doc }> {
  workshop = await e2e.server.createWorkshop('Canvas e2e', ['Groep A']);
  const group = workshop.groups[0]!;
  observer = connectBoard(e2e.server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
  await observer.synced;
  const anna = await joinAs('Groep A', 'Anna');
  const bram = await joinAs('Groep A', 'Bram');
  return { anna, bram, doc: observer.doc };
}

/** What another laptop shows arrives over the server: give it time on a busy machine. */
const PEER = { timeout: 15_000 };

const note = (doc: Y.Doc, id: string) => readBoard(doc).notes.find((n) => n.id === id);
const centre = (n: { x: number; y: number; w: number; h: number }): Point => ({ x: n.x + n.w / 2, y: n.y + n.h / 2 });

describe('canvas board, two participants', () => {
  it('creates notes by double-click and N, edits one note at once from both laptops, drags it', async () => {
    const { anna, bram, doc } = await newGroupBoard();

    // A double-click on an empty spot makes a note there and puts the caret in it.
    await anna.doubleClickAt({ x: 300, y: 300 });
    const first = await anna.newNoteId(new Set());
    await anna.editor.waitFor();
    await anna.page.keyboard.type('Buurtbemiddeling');
    await waitForDoc(doc, (d) => note(d, first)?.text === 'Buurtbemiddeling');
    const placed = note(doc, first)!;
    expect(Math.abs(placed.x + placed.w / 2 - 300)).toBeLessThanOrEqual(1);
    expect(await bram.noteByText('Buurtbemiddeling')).toBe(first);

    // N (outside a text field) makes another one, where the mouse is.
    await anna.page.keyboard.press('Escape');
    await anna.page.mouse.move(...xy(await anna.toScreen({ x: 700, y: 300 })));
    await anna.page.keyboard.press('n');
    const second = await anna.newNoteId(new Set([first]));
    await anna.page.keyboard.type('Meldpunt');
    await waitForDoc(doc, (d) => note(d, second)?.text === 'Meldpunt');
    expect(Math.abs(centre(note(doc, second)!).x - 700)).toBeLessThanOrEqual(1);
    await anna.page.keyboard.press('Escape');

    // Both open the first note and type at once: both words survive (a shared Y.Text).
    await anna.doubleClickAt(centre(note(doc, first)!));
    await anna.editor.waitFor();
    await bram.settled();
    await bram.item(first).focus();
    await bram.page.keyboard.press('Enter');
    await bram.editor.waitFor();
    // Each sees that the other is typing in it (awareness `editing`).
    await expect.poll(() => bram.itemLabel(first), PEER).toContain('Anna bewerkt dit');
    await Promise.all([
      anna.page.keyboard.type(' eerder', { delay: 40 }),
      bram.page.keyboard.type(' inzetten', { delay: 40 }),
    ]);
    await waitForDoc(doc, (d) => {
      const text = note(d, first)?.text ?? '';
      return text.includes('eerder') && text.includes('inzetten');
    });
    await expect.poll(() => anna.noteText(first), PEER).toBe(note(doc, first)!.text);
    await expect.poll(() => bram.noteText(first), PEER).toBe(note(doc, first)!.text);

    // A drags the note by its top edge (it is still typing in it); everyone sees it moved.
    const before = note(doc, first)!;
    const { z } = await anna.camera();
    await anna.dragNote(first, 150, 90);
    await waitForDoc(doc, (d) => note(d, first)?.x === before.x + Math.round(150 / z) && note(d, first)?.y === before.y + Math.round(90 / z));
    await expect.poll(() => bram.notePosition(first), PEER).toEqual({ x: before.x + Math.round(150 / z), y: before.y + Math.round(90 / z) });
  });

  it('connects two notes with an arrow that follows a moved note, draws, erases and votes', async () => {
    const { anna, bram, doc } = await newGroupBoard();
    await anna.doubleClickAt({ x: 200, y: 250 });
    const a = await anna.newNoteId(new Set());
    await anna.page.keyboard.type('Oorzaak');
    await anna.page.keyboard.press('Escape');
    await anna.doubleClickAt({ x: 600, y: 250 });
    const b = await anna.newNoteId(new Set([a]));
    await anna.page.keyboard.type('Gevolg');
    await anna.page.keyboard.press('Escape');
    await waitForDoc(doc, (d) => note(d, a)?.text === 'Oorzaak' && note(d, b)?.text === 'Gevolg');

    // Arrow tool: drag from one note to the other.
    await anna.tool('Pijl').click();
    await anna.dragBoard(centre(note(doc, a)!), centre(note(doc, b)!));
    await waitForDoc(doc, (d) => readBoard(d).arrows.some((x) => x.from === a && x.to === b));
    const endBefore = readBoard(doc).arrows[0]!.end;

    // B moves the target note down: the arrow's end follows it (computed from its new bounds).
    await bram.settled();
    const { z } = await bram.camera();
    await bram.dragNote(b, 0, 200);
    await waitForDoc(doc, (d) => readBoard(d).arrows[0]!.end.y > endBefore.y + 100 / z);
    const moved = note(doc, b)!;
    const end = readBoard(doc).arrows[0]!.end;
    // The end lies on the moved note's edge.
    expect(end.x).toBeGreaterThanOrEqual(moved.x - 0.5);
    expect(end.x).toBeLessThanOrEqual(moved.x + moved.w + 0.5);
    expect(end.y).toBeGreaterThanOrEqual(moved.y - 0.5);
    expect(end.y).toBeLessThanOrEqual(moved.y + moved.h + 0.5);
    await expect.poll(() => anna.itemIds('arrow'), PEER).toHaveLength(1);

    // Pen: a zigzag on an empty stretch becomes one smoothed stroke with the raw points.
    await anna.tool('Pen').click();
    const path: Point[] = [{ x: 150, y: 500 }, { x: 220, y: 560 }, { x: 290, y: 500 }, { x: 360, y: 560 }, { x: 430, y: 500 }];
    await anna.page.mouse.move(...xy(await anna.toScreen(path[0]!)));
    await anna.page.mouse.down();
    for (const p of path.slice(1)) await anna.page.mouse.move(...xy(await anna.toScreen(p)), { steps: 6 });
    await anna.page.mouse.up();
    await waitForDoc(doc, (d) => readBoard(d).strokes.length === 1);
    const stroke = readBoard(doc).strokes[0]!;
    expect(stroke.points.length / 2).toBeGreaterThanOrEqual(10);
    expect(stroke.bounds.w).toBeGreaterThan(250);
    await expect.poll(() => bram.itemIds('stroke'), PEER).toHaveLength(1);

    // Eraser: a swipe across the stroke removes it (and nothing else).
    await anna.tool('Gum').click();
    await anna.dragBoard({ x: 290, y: 470 }, { x: 290, y: 590 });
    await waitForDoc(doc, (d) => readBoard(d).strokes.length === 0);
    expect(readBoard(doc).notes).toHaveLength(2);

    // B selects a note and votes on it; A's list reads the count out.
    await bram.clickAt(centre(note(doc, a)!));
    await bram.page.getByRole('button', { name: /^Stem geven/ }).click();
    await waitForDoc(doc, (d) => voteCounts(d).get(a) === 1);
    await expect.poll(() => anna.itemLabel(a), PEER).toContain('1 stem');

    // The board with all of this on it, a selection and an open editor: nothing serious for axe.
    await anna.page.keyboard.press('Escape');
    await anna.doubleClickAt(centre(note(doc, b)!));
    await anna.editor.waitFor();
    await expectNoSeriousAxeFindings(anna.page);
  });
});

describe('canvas board: sections, selection and presence', () => {
  it('lays out the template, drops notes into a section, moves, renames and resizes it, and moves a rubber-band selection', async () => {
    const { anna, bram, doc } = await newGroupBoard();
    await anna.page.getByRole('button', { name: /Standaardindeling toevoegen/ }).click();
    await waitForDoc(doc, (d) => readBoard(d).sections.length === 4);
    const ideas = readBoard(doc).sections.find((x) => x.title === 'Ideeën')!;

    // Two notes made outside every section, then dragged into "Ideeën": they belong to it.
    const below = ideas.y + ideas.h + 200;
    const ids: string[] = [];
    for (const x of [ideas.x + 150, ideas.x + 420]) {
      await anna.doubleClickAt({ x, y: below });
      ids.push(await anna.newNoteId(new Set(ids)));
      await anna.page.keyboard.type(`Idee ${ids.length}`);
      await anna.page.keyboard.press('Escape');
    }
    await waitForDoc(doc, (d) => ids.every((id) => note(d, id)?.text.startsWith('Idee')));
    expect(ids.map((id) => sectionOf(doc, id))).toEqual([null, null]);

    // Shift+drag draws a rubber band around both; dragging one moves the selection.
    await anna.page.getByRole('button', { name: 'Alles in beeld' }).click();
    const first = note(doc, ids[0]!)!;
    const second = note(doc, ids[1]!)!;
    await anna.page.keyboard.down('Shift');
    await anna.dragBoard({ x: first.x - 30, y: first.y - 30 }, { x: second.x + second.w + 30, y: second.y + second.h + 30 });
    await anna.page.keyboard.up('Shift');
    const { z } = await anna.camera();
    const dy = ideas.y + 300 - first.y;
    const grab = await anna.toScreen({ x: first.x + 50, y: first.y + 60 });
    await anna.drag(grab, { x: grab.x, y: grab.y + dy * z });
    await waitForDoc(doc, (d) => ids.every((id) => sectionOf(d, id) === ideas.id));
    const moved = ids.map((id) => note(doc, id)!);
    expect(moved[1]!.y - moved[0]!.y).toBe(second.y - first.y);
    await expect.poll(() => bram.itemLabel(ids[0]!), PEER).toContain('in sectie Ideeën');

    // The section is grabbed by its title and moved: its notes come along.
    await anna.page.keyboard.press('Escape');
    const title = await anna.toScreen({ x: ideas.x + 300, y: ideas.y + 20 });
    await anna.drag(title, { x: title.x, y: title.y + 100 * z });
    await waitForDoc(doc, (d) => readBoard(d).sections.find((x) => x.id === ideas.id)!.y > ideas.y);
    const shift = readBoard(doc).sections.find((x) => x.id === ideas.id)!.y - ideas.y;
    expect(shift).toBeGreaterThan(50);
    await waitForDoc(doc, (d) => note(d, ids[0]!)!.y === moved[0]!.y + shift);

    // A double-click on the title renames it; the handle in its corner resizes it.
    const now = readBoard(doc).sections.find((x) => x.id === ideas.id)!;
    await anna.doubleClickAt({ x: now.x + 300, y: now.y + 20 });
    await anna.editor.waitFor();
    await anna.page.keyboard.press('ControlOrMeta+a');
    await anna.page.keyboard.type('Oplossingen');
    await anna.page.keyboard.press('Enter');
    await waitForDoc(doc, (d) => readBoard(d).sections.find((x) => x.id === ideas.id)?.title === 'Oplossingen');
    await anna.clickAt({ x: now.x + 300, y: now.y + 20 });
    await anna.dragBoard({ x: now.x + now.w, y: now.y + now.h }, { x: now.x + now.w + 200, y: now.y + now.h + 100 });
    await waitForDoc(doc, (d) => {
      const r = readBoard(d).sections.find((x) => x.id === ideas.id)!;
      return r.w === now.w + 200 && r.h === now.h + 100;
    });
  });

  it('publishes the pointer in board coordinates and lets one person follow another\'s view', async () => {
    const { anna, bram } = await newGroupBoard();
    // The stock client sees Anna's pointer in board coordinates (awareness, throttled).
    await anna.page.mouse.move(...xy(await anna.toScreen({ x: 420, y: 240 })));
    await expect.poll(() => {
      for (const state of observer.provider.awareness.getStates().values()) {
        const s = state as { user?: { name?: string }; cursor?: { x: number; y: number } };
        if (s.user?.name === 'Anna' && s.cursor) return [Math.round(s.cursor.x), Math.round(s.cursor.y)];
      }
      return null;
    }, PEER).toEqual([420, 240]);

    // Bram follows Anna from the online list; Anna zooms and pans; Bram's view goes along.
    await bram.page.getByRole('button', { name: 'Volg Anna' }).click();
    await bram.page.getByText('Je volgt Anna').waitFor();
    await anna.page.keyboard.down('Control');
    for (let i = 0; i < 3; i++) await anna.page.mouse.wheel(0, -100);
    await anna.page.keyboard.up('Control');
    await anna.page.mouse.wheel(300, 200);
    const target = await anna.camera();
    await expect.poll(async () => {
      const c = await bram.camera();
      return Math.abs(c.z - target.z) < 0.01 && Math.abs(c.x - target.x) < 2 && Math.abs(c.y - target.y) < 2;
    }, PEER).toBe(true);
    // Bram's own zoom ends following.
    await bram.page.getByRole('button', { name: 'Uitzoomen' }).click();
    await bram.page.getByText('Je volgt Anna').waitFor({ state: 'detached' });
  });
});

describe('canvas board by keyboard and clipboard', () => {
  it('tabs to a note, moves it with arrow keys, edits it with Enter, duplicates and pastes; says when a limit is reached', async () => {
    workshop = await e2e.server.createWorkshop('Canvas toetsenbord', ['Groep 1']);
    const group = workshop.groups[0]!;
    observer = connectBoard(e2e.server.wsUrl, workshop.id, group.id, workshop.tokens.participants[group.id]);
    await observer.synced;
    const doc = observer.doc;
    const { page } = await e2e.newPage();
    const board = new BoardPage(page);
    await board.goto(workshop.links.groups[group.id]!);

    await page.keyboard.press('n');
    const id = await board.newNoteId(new Set());
    await page.keyboard.type('Sleutel');
    await page.keyboard.press('Escape');
    await expect.poll(() => board.focused()).toBe(`note:${id}`);

    // From the board region, Tab reaches the note's button in the item list.
    await board.region.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => board.focused()).toBe(`note:${id}`);
    expect(await board.itemLabel(id)).toBe('Notitie: Sleutel');
    const start = note(doc, id)!;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await waitForDoc(doc, (d) => note(d, id)?.x === start.x + 20 && note(d, id)?.y === start.y + 50);

    // Enter edits, Escape returns to the note.
    await page.keyboard.press('Enter');
    await board.editor.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type('bos');
    await page.keyboard.press('Escape');
    await waitForDoc(doc, (d) => note(d, id)?.text === 'Sleutelbos');
    await expect.poll(() => board.focused()).toBe(`note:${id}`);

    // ctrl+D duplicates the selection; copy and paste make another copy.
    await page.keyboard.press('Control+d');
    await waitForDoc(doc, (d) => readBoard(d).notes.filter((n) => n.text === 'Sleutelbos').length === 2);
    await board.region.focus();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await waitForDoc(doc, (d) => readBoard(d).notes.filter((n) => n.text === 'Sleutelbos').length === 3);

    // A text past the note limit is refused with a message, and the note keeps its text.
    await board.item(id).focus();
    await page.keyboard.press('Enter');
    await board.editor.fill('x'.repeat(2001));
    await expect.poll(async () => (await board.errorAlert.textContent()) ?? '').toContain('Deze notitie is te lang');
    expect(note(doc, id)?.text).toBe('Sleutelbos');
  });
});

async function expectNoSeriousAxeFindings(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(5);
}

const xy = (p: Point): [number, number] => [p.x, p.y];
