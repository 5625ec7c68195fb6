import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readActionPoints } from '../../shared/board/actionPoints.ts';
import { addArrow } from '../../shared/board/arrows.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { connectBoard, waitForDoc } from '../helpers/yjsClient.ts';
import { boardForTwo, startE2E, workshopWithTemplate, type E2E } from './fixture.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { OutlinePage } from './pages/OutlinePage.ts';

let e2e: E2E;
/** Waits on other laptops and the server: generous, as several browsers share two cores here. */
const SLOW = { timeout: 15_000 };

beforeAll(async () => {
  e2e = await startE2E();
});
afterEach(async () => {
  await e2e.closeContexts();
});
afterAll(async () => {
  await e2e?.close();
});

const FACILITATOR: ChangeOrigin = { kind: 'local' };
const CASE = 'Een gezin wordt al maanden door de buren uitgescholden. De corporatie en de politie kennen de zaak.';

describe('outline view, keyboard only', () => {
  it('adds, edits, moves, votes, takes back, deletes and undoes with Tab, Enter and typing; others see it', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Lijst per toetsenbord', CASE);
    const { page } = await e2e.newPage();
    const outline = new OutlinePage(page);
    await page.goto(link);
    await page.locator('.connection[data-state="saved"]').waitFor();

    // Switch to the list with the keyboard: the "Lijst" toggle in the header.
    await outline.tabTo(/^Lijst$/);
    await page.keyboard.press('Enter');
    await outline.heading.waitFor();
    expect(await page.getByRole('button', { name: 'Lijst' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Casus' }).count(), SLOW).toBe(1);
    expect(await page.getByText(CASE).count()).toBe(1);

    // Add a note to "Wat speelt er?": focus lands in its text field, which has a label.
    await outline.tabTo(/^\+ Notitie toevoegen in Wat speelt er\?$/);
    await page.keyboard.press('Enter');
    const id = await outline.newNoteId(new Set());
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Tekst van notitie 1 in Wat speelt er?');
    await page.keyboard.type('Buren maken ruzie');
    // Edit: type on in the same field (the caret stays at the end).
    await page.keyboard.type(" over geluid 's nachts");
    await expect.poll(() => outline.noteText(id), SLOW).toBe("Buren maken ruzie over geluid 's nachts");

    // Move it to "Ideeën" through "Verplaats naar…": focus follows the note.
    await outline.tabTo(/^Verplaats naar… Notitie 1 in Wat speelt er\?/);
    await page.keyboard.press('Enter');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Knelpunten in de samenwerking');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Ideeën');
    await page.keyboard.press('Enter');
    await expect.poll(() => outline.sectionOf(id), SLOW).toBe('Ideeën');
    await expect.poll(() => outline.focusedName(), SLOW).toMatch(/^Notitie 1 in Ideeën/);

    // Vote and take the vote back; the votes left are shown (and announced).
    expect(await outline.votesLeft()).toBe(3);
    await outline.tabTo(/^Stem op Notitie 1 in Ideeën$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => outline.votes(id), SLOW).toBe(1);
    expect(await outline.votesLeft()).toBe(2);
    await expect.poll(() => page.locator('.outline [aria-live="polite"]').textContent(), SLOW).toContain('nog 2 stemmen over');
    await outline.tabTo(/^Stem terugnemen op Notitie 1 in Ideeën$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => outline.votes(id), SLOW).toBe(0);
    expect(await outline.votesLeft()).toBe(3);

    // A stock Yjs client (another laptop) holds the note in the section "Ideeën" on the server.
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
    try {
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) =>
        n.id === id && n.section === 'workshop-s3' && n.text === "Buren maken ruzie over geluid 's nachts"));

      // Delete: the note goes, focus goes to the section's add button, not to the page.
      await outline.tabTo(/^Verwijderen Notitie 1 in Ideeën$/);
      await page.keyboard.press('Enter');
      await expect.poll(() => outline.noteIds(), SLOW).toEqual([]);
      await expect.poll(() => outline.focusedName(), SLOW).toBe('+ Notitie toevoegen in Ideeën');
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.length === 0);

      // Undo (ctrl+Z) brings it back, with its text, where it was; the server has it again.
      await page.keyboard.press('Control+z');
      await expect.poll(() => outline.noteIds('Ideeën'), SLOW).toEqual([id]);
      expect(await outline.noteText(id)).toBe("Buren maken ruzie over geluid 's nachts");
      await waitForDoc(observer.doc, (d) => readBoard(d).notes.some((n) => n.id === id && n.section === 'workshop-s3'));
    } finally {
      observer.destroy();
    }

    // A second participant sees the same list.
    const other = await e2e.newPage();
    await OutlinePage.preferOutline(other.context);
    const second = new OutlinePage(other.page);
    await second.goto(link);
    await expect.poll(() => second.noteIds('Ideeën'), SLOW).toEqual([id]);
    expect(await second.noteText(id)).toBe("Buren maken ruzie over geluid 's nachts");

    // axe: the outline with a note, and with the move list open.
    await expectNoSeriousViolations(page, 'outline view');
    await outline.note(id).getByRole('button', { name: /^Verplaats naar…/ }).click();
    await expectNoSeriousViolations(page, 'outline view, move list open');
  });
});

describe('undo per person', () => {
  it("A and B both add a note; A's undo takes back only A's", async () => {
    const { a, anna, bram, open } = await boardForTwo(e2e, 'Ongedaan maken', CASE);
    await open();

    const fromAnna = await anna.addNote('Ideeën', 'Van Anna');
    await bram.noteByText('Van Anna');
    const fromBram = await bram.addNote('Ideeën', 'Van Bram');
    await anna.noteByText('Van Bram');
    // Anna's screen reader hears it, once the burst is over.
    await expect.poll(() => a.page.locator('.outline [aria-live="polite"]').textContent(), SLOW).toContain('1 nieuwe notitie van een ander.');

    // Anna undoes her own steps (her typing, then her note); Bram's later note is not hers.
    const undoButton = a.page.getByRole('button', { name: 'Ongedaan maken' });
    for (let i = 0; i < 10 && (await anna.noteIds('Ideeën')).includes(fromAnna); i++) {
      await undoButton.click();
      await anna.waitUntilSaved();
    }
    await expect.poll(() => anna.noteIds('Ideeën'), SLOW).toEqual([fromBram]);
    await expect.poll(() => bram.noteIds('Ideeën'), SLOW).toEqual([fromBram]);
    expect(await bram.noteText(fromBram)).toBe('Van Bram');

    // Nothing of Anna's left to undo: Bram's note stays whatever she presses.
    expect(await undoButton.getAttribute('aria-disabled')).toBe('true');
    await a.page.keyboard.press('Control+z');
    await a.page.keyboard.press('Control+z');
    await anna.waitUntilSaved();
    expect(await bram.noteIds('Ideeën')).toEqual([fromBram]);

    // Redo brings Anna's note back for both.
    await a.page.keyboard.press('Control+Shift+z');
    await expect.poll(() => bram.noteIds('Ideeën'), SLOW).toEqual(expect.arrayContaining([fromAnna, fromBram]));
  });
});

describe('silent brainstorm', () => {
  it('keeps notes on the laptop during a round and reveals them for everyone when the facilitator ends it', async () => {
    const { workshop, groupId, a, anna, bram, open } = await boardForTwo(e2e, 'Stille ronde', CASE);
    await open();

    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      expect(await facilitator.send('brainstorm:set', { active: true })).toEqual({ ok: true });
      await a.page.getByText(/^Stille ronde: je nieuwe notities ziet alleen jij/).waitFor();

      const secret = await anna.addNote('Wat speelt er?', 'Eerst zelf nadenken');
      const other = await bram.addNote('Ideeën', 'Bram denkt ook na');
      await expect.poll(() => anna.note(secret).getAttribute('data-private'), SLOW).toBe('true');
      await expect.poll(() => bram.note(other).getAttribute('data-private'), SLOW).toBe('true');
      // The board channel still works (the facilitator's note arrives), but nothing private went out.
      addNote(observer.doc, { x: 2000, y: 2000, text: 'Van de begeleider' }, FACILITATOR);
      await anna.noteByText('Van de begeleider');
      await bram.noteByText('Van de begeleider');
      await anna.waitUntilSaved();
      await bram.waitUntilSaved();
      expect(readBoard(observer.doc).notes.map((n) => n.text)).toEqual(['Van de begeleider']);
      expect(await bram.noteIds()).not.toContain(secret);
      expect(await anna.noteIds()).not.toContain(other);

      // The facilitator ends the round: every laptop reveals, and everyone sees everything.
      expect(await facilitator.send('brainstorm:set', { active: false })).toEqual({ ok: true });
      await expect.poll(() => bram.noteIds('Wat speelt er?'), SLOW).toEqual([secret]);
      await expect.poll(() => anna.noteIds('Ideeën'), SLOW).toEqual([other]);
      expect(await bram.noteText(secret)).toBe('Eerst zelf nadenken');
      expect(await anna.noteText(other)).toBe('Bram denkt ook na');
      await expect.poll(() => anna.note(secret).getAttribute('data-private'), SLOW).toBe(null);
      await waitForDoc(observer.doc, (d) => {
        const notes = readBoard(d).notes;
        return notes.some((n) => n.id === secret && n.section === 'workshop-s1') && notes.some((n) => n.id === other && n.section === 'workshop-s3');
      });
    } finally {
      facilitator.close();
      observer.destroy();
    }
  });
});

describe('facilitator controls in the outline', () => {
  it('sets the votes per person and runs a silent round from the board (axe: nothing serious); a note starts an action point', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Begeleider', CASE);
    const f = await e2e.newPage();
    const p = await e2e.newPage();
    await OutlinePage.preferOutline(f.context);
    await OutlinePage.preferOutline(p.context);
    const facilitator = new OutlinePage(f.page);
    const participant = new OutlinePage(p.page);
    await facilitator.goto(`${e2e.server.url}/w/${workshop.id}/g/${groupId}#t=${workshop.tokens.facilitator}`);
    await participant.goto(link);
    expect(await participant.votesLeft()).toBe(3);

    await f.page.getByLabel('Stemmen per deelnemer').fill('5');
    await f.page.getByRole('button', { name: 'Instellen' }).click();
    await expect.poll(() => participant.votesLeft(), SLOW).toBe(5);

    await f.page.getByRole('button', { name: 'Stille ronde starten' }).click();
    await f.page.getByText(/^Stille ronde 1 loopt/).waitFor();
    await p.page.getByText(/^Stille ronde: je nieuwe notities ziet alleen jij/).waitFor();
    await expectNoSeriousViolations(f.page, 'outline view, facilitator');
    await expectNoSeriousViolations(p.page, 'outline view, participant during a silent round');
    await f.page.getByRole('button', { name: 'Ronde afsluiten en onthullen' }).click();
    await f.page.getByText('Er loopt geen stille ronde.').waitFor();

    // "Maak actiepunt" appears once the facilitator opens the action step, and starts slot 1.
    const id = await participant.addNote('Ideeën', 'Wijkagent eerder betrekken\nZodat signalen niet blijven liggen');
    expect(await participant.note(id).getByRole('button', { name: /^Maak actiepunt/ }).count()).toBe(0);
    const control = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      expect(await control.send('actionStep:set', { open: true })).toEqual({ ok: true });
      await participant.note(id).getByRole('button', { name: /^Maak actiepunt/ }).click();
      await participant.note(id).getByRole('menuitem', { name: /^Actiepunt 1/ }).click();
      await waitForDoc(observer.doc, (d) => {
        const slot = readActionPoints(d).slots[0];
        return slot.title === 'Wijkagent eerder betrekken' && slot.body === 'Zodat signalen niet blijven liggen'
          && slot.sourceNoteIds.includes(id);
      });
    } finally {
      control.close();
      observer.destroy();
    }
  });
});

describe('every item kind in the list, and the move menu by keyboard', () => {
  it('lists shapes, labels, arrows and drawings per section with their description; "Verplaats naar…" is a menu driven by arrow keys', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Alle soorten items', CASE);
    const writer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    let note = '';
    try {
      await writer.synced;
      const sections = readBoard(writer.doc).sections;
      const s1 = sections.find((s) => s.id === 'workshop-s1')!;
      const s3 = sections.find((s) => s.id === 'workshop-s3')!;
      note = addNote(writer.doc, { x: s1.x + 40, y: s1.y + 80, text: 'Buren maken ruzie' }, FACILITATOR);
      addShape(writer.doc, { shape: 'ellipse', x: s1.x + 40, y: s1.y + 400, w: 160, h: 100 }, FACILITATOR);
      const rect = addShape(writer.doc, { shape: 'rect', x: s3.x + 40, y: s3.y + 80, w: 160, h: 100 }, FACILITATOR);
      addTextLabel(writer.doc, { x: s3.x + 40, y: s3.y + 300, text: 'Let op: privacy' }, FACILITATOR);
      expect(addArrow(writer.doc, { from: note, to: rect }, FACILITATOR)).toBeTruthy();
      expect(addStroke(writer.doc, { points: [s3.x + 60, s3.y + 600, s3.x + 120, s3.y + 660, s3.x + 200, s3.y + 620] }, FACILITATOR)).toBeTruthy();
      const check = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
      await waitForDoc(check.doc, (d) => {
        const b = readBoard(d);
        return b.arrows.length === 1 && b.strokes.length === 1 && b.texts.length === 1 && b.shapes.length === 2;
      });
      check.destroy();
    } finally {
      writer.destroy();
    }

    const { context, page } = await e2e.newPage();
    await OutlinePage.preferOutline(context);
    const outline = new OutlinePage(page);
    await outline.goto(link);
    const described = (title: string) => outline.section(title).locator('[data-outline-item]')
      .evaluateAll((els) => els.map((e) => e.textContent ?? '').sort());
    await expect.poll(() => described('Wat speelt er?'), SLOW).toEqual(['Ellips', 'Pijl van notitie "Buren maken ruzie" naar rechthoek']);
    expect(await described('Ideeën')).toEqual(['Rechthoek', 'Tekening', 'Tekst: Let op: privacy']);
    expect(await described('Knelpunten in de samenwerking')).toEqual([]);
    expect(await outline.section('Ideeën').getByRole('list', { name: 'Andere items in Ideeën' }).count()).toBe(1);
    await expectNoSeriousViolations(page, 'outline view with every item kind');

    // The move menu, keyboard only: the button says it opens a menu.
    await outline.tabTo(/^Verplaats naar… Notitie 1 in Wat speelt er\?/);
    const menuButton = outline.note(note).getByRole('button', { name: /^Verplaats naar…/ });
    expect(await menuButton.getAttribute('aria-haspopup')).toBe('menu');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Knelpunten in de samenwerking');
    expect(await focusedRole()).toBe('menuitem');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await outline.note(note).getByRole('menu').getByRole('menuitem').count()).toBe(4);
    await page.keyboard.press('End');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Zonder sectie');
    await page.keyboard.press('Home');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Knelpunten in de samenwerking');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Zonder sectie');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Knelpunten in de samenwerking');
    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => outline.focusedName(), SLOW).toMatch(/^Verplaats naar… Notitie 1 in Wat speelt er\?/);
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await outline.note(note).getByRole('menu').count()).toBe(0);
    // ArrowUp on the button opens on the last item; Enter on the button opens on the first.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Zonder sectie');
    // Tab leaves the menu: it closes, and focus goes on past the button (not to the page top).
    await page.keyboard.press('Tab');
    await expect.poll(() => outline.focusedName(), SLOW).toMatch(/^Verwijderen Notitie 1 in Wat speelt er\?/);
    expect(await outline.note(note).getByRole('menu').count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => outline.focusedName(), SLOW).toMatch(/^Verplaats naar… Notitie 1/);
    await page.keyboard.press('Enter');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Knelpunten in de samenwerking');
    await expectNoSeriousViolations(page, 'outline view, move menu open');
    // Space chooses: the note goes to "Ideeën" and focus follows it.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => outline.focusedName(), SLOW).toBe('Ideeën');
    await page.keyboard.press(' ');
    await expect.poll(() => outline.sectionOf(note), SLOW).toBe('Ideeën');
    await expect.poll(() => outline.focusedName(), SLOW).toMatch(/^Notitie 1 in Ideeën/);
    // The arrow follows its start: now listed under "Ideeën", with the note's text.
    await expect.poll(() => described('Ideeën'), SLOW).toEqual(
      ['Pijl van notitie "Buren maken ruzie" naar rechthoek', 'Rechthoek', 'Tekening', 'Tekst: Let op: privacy']);
  });
});
