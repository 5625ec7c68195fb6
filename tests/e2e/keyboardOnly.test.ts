import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { voteCounts } from '../../shared/board/votes.ts';
import { connectBoard, waitForDocWithin as waitForDoc } from '../helpers/yjsClient.ts';
import { expectNoSeriousViolations } from './axe.ts';
import { useE2E, workshopWithTemplate } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { focusedItem, focusedName, tabTo, tabToItem } from './pages/keyboard.ts';
import { OutlinePage } from './pages/OutlinePage.ts';

/*
 * Issue 10, "Done when": the keyboard-only flow covers every item kind. Anna has no mouse:
 * she uses Tab, Shift+Tab, Enter, Space, arrow keys, Escape, Delete, ctrl+Z and typing, on the
 * canvas and in the list view ("Lijst"). For every kind on a group board (note, rectangle,
 * ellipse, text label, arrow, drawing, section) she reaches it, hears what it is, makes it
 * where that makes sense (a drawing cannot be drawn by keys: Bram made it), edits its text,
 * moves it, votes on a note, deletes and undoes. Each result is checked on the server through
 * a stock Yjs client, and a second laptop (Bram's browser) shows it.
 */

const e2e = useE2E();
/** What another laptop shows arrives over the server: give it time on a busy machine. */
const PEER = { timeout: 15_000 };
const FROM_BRAM: ChangeOrigin = { kind: 'local' };
const CASE = 'Buren klagen over een gezin; de corporatie wil bemiddelen.';

const board = (doc: Y.Doc) => readBoard(doc);
const ids = (doc: Y.Doc) => {
  const b = board(doc);
  return new Set([...b.notes, ...b.shapes, ...b.texts, ...b.arrows, ...b.strokes, ...b.sections].map((i) => i.id));
};

/** Waits until the focused element is an item's button, and returns it. */
async function waitForFocusedItem(page: Page, kind: string): Promise<string> {
  await expect.poll(async () => (await focusedItem(page))?.kind, PEER).toBe(kind);
  return (await focusedItem(page))!.id;
}

describe('the board by keyboard only, every item kind (issue 10)', () => {
  it('makes, names, edits, moves, votes on, deletes and undoes notes, shapes, labels, arrows, drawings and sections; another laptop sees each', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Alles met het toetsenbord', CASE);
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.participants[groupId]);
    try {
      await observer.synced;
      const doc = observer.doc;
      const ideas = board(doc).sections.find((s) => s.title === 'Ideeën')!;
      // Bram drew a line in "Ideeën" earlier (drawing needs a pointer).
      const stroke = addStroke(doc, { points: [ideas.x + 60, ideas.y + 500, ideas.x + 140, ideas.y + 560, ideas.x + 220, ideas.y + 520] }, FROM_BRAM)!;

      const a = await e2e.newPage();
      const b = await e2e.newPage();
      const page = a.page;
      const anna = new BoardPage(page);
      const bram = new BoardPage(b.page);
      await anna.goto(link);
      await bram.goto(link);
      await anna.item(stroke).waitFor({ state: 'attached' });
      const label = (id: string) => anna.itemLabel(id);

      // --- Note: N makes it, typing fills it, Escape puts focus on it. ---
      await page.keyboard.press('n');
      await anna.editor.waitFor();
      await page.keyboard.type('Buren maken ruzie');
      await page.keyboard.press('Escape');
      const note = await waitForFocusedItem(page, 'note');
      await expect.poll(() => label(note)).toMatch(/^Notitie: Buren maken ruzie(, in sectie .*)?$/);
      await waitForDoc(doc, (d) => board(d).notes.some((n) => n.id === note && n.text === 'Buren maken ruzie'));
      await bram.noteByText('Buren maken ruzie');
      // Arrow keys move it (Shift: bigger steps).
      const noteAt = board(doc).notes.find((n) => n.id === note)!;
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Shift+ArrowDown');
      await waitForDoc(doc, (d) => board(d).notes.some((n) => n.id === note && n.x === noteAt.x + 20 && n.y === noteAt.y + 50));

      // --- Rectangle and ellipse: the toolbar's tool, pressed by keyboard, makes one in view. ---
      await tabTo(page, /^Rechthoek$/, { back: true });
      await page.keyboard.press('Enter');
      const rect = await waitForFocusedItem(page, 'shape');
      await expect.poll(() => label(rect)).toMatch(/^Rechthoek(, in sectie .*)?$/);
      await waitForDoc(doc, (d) => board(d).shapes.some((s) => s.id === rect && s.shape === 'rect'));
      await tabTo(page, /^Ellips$/, { back: true });
      await page.keyboard.press('Enter');
      const ellipse = await waitForFocusedItem(page, 'shape');
      expect(ellipse).not.toBe(rect);
      await expect.poll(() => label(ellipse)).toMatch(/^Ellips(, in sectie .*)?$/);
      await waitForDoc(doc, (d) => board(d).shapes.some((s) => s.id === ellipse && s.shape === 'ellipse'));
      // Both were made in the middle of the view, yet the second does not hide the first.
      const rectAt = board(doc).shapes.find((s) => s.id === rect)!;
      const ellipseAt = board(doc).shapes.find((s) => s.id === ellipse)!;
      expect([ellipseAt.x, ellipseAt.y]).not.toEqual([rectAt.x, rectAt.y]);
      await page.keyboard.press('ArrowUp');
      await waitForDoc(doc, (d) => board(d).shapes.some((s) => s.id === ellipse && s.y === ellipseAt.y - 10));
      await tabToItem(page, rect);
      await page.keyboard.press('Shift+ArrowLeft');
      await waitForDoc(doc, (d) => board(d).shapes.some((s) => s.id === rect && s.x === rectAt.x - 50));

      // --- Text label: "Tekst" makes one and puts the caret in it. ---
      await tabTo(page, /^Tekst$/, { back: true });
      await page.keyboard.press('Enter');
      await anna.editor.waitFor();
      await page.keyboard.type('Let op: privacy');
      await page.keyboard.press('Escape');
      const text = await waitForFocusedItem(page, 'text');
      await expect.poll(() => label(text)).toMatch(/^Tekst: Let op: privacy/);
      await waitForDoc(doc, (d) => board(d).texts.some((t) => t.id === text && t.text === 'Let op: privacy'));
      const textAt = board(doc).texts.find((t) => t.id === text)!;
      await page.keyboard.press('ArrowDown');
      await waitForDoc(doc, (d) => board(d).texts.some((t) => t.id === text && t.y === textAt.y + 10));

      // --- Arrow: A on the note, Tab to the rectangle, Enter. Focus lands on the new arrow. ---
      await tabToItem(page, note);
      await page.keyboard.press('a');
      const banner = page.locator('.canvas-arrow-banner');
      await expect.poll(() => banner.textContent()).toBe('Pijl vanaf Notitie: Buren maken ruzie: ga met Tab naar het doel en druk op Enter.Afbreken');
      await expect.poll(() => page.locator('.canvas-board > p[aria-live="polite"]').textContent()).toContain('Pijl vanaf Notitie: Buren maken ruzie.');
      await expectNoSeriousViolations(page, 'board while an arrow is made by keyboard');
      await tabToItem(page, rect);
      await page.keyboard.press('Enter');
      const arrow = await waitForFocusedItem(page, 'arrow');
      await expect.poll(() => label(arrow)).toMatch(/^Pijl van Notitie: Buren maken ruzie naar Rechthoek(,|$)/);
      await waitForDoc(doc, (d) => board(d).arrows.some((x) => x.id === arrow && x.from === note && x.to === rect));
      expect(await banner.count()).toBe(0);
      await expect.poll(() => bram.itemLabel(arrow), PEER).toMatch(/^Pijl van Notitie: Buren maken ruzie naar Rechthoek(,|$)/);

      // The toolbar's "Pijl" from the keyboard starts at the selected item; Escape stops it.
      // Alt+F10 goes to the toolbar keeping the selection (Shift+Tab would select each item on the way).
      await tabToItem(page, ellipse);
      await page.keyboard.press('Alt+F10');
      await expect.poll(() => focusedName(page)).toBe('Naar voren');
      await tabTo(page, /^Pijl \(/, { back: true });
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedItem(page)).toEqual({ id: ellipse, kind: 'shape' });
      await banner.filter({ hasText: /^Pijl vanaf Ellips:/ }).waitFor();
      await page.keyboard.press('Escape');
      await banner.waitFor({ state: 'detached' });
      expect((await focusedItem(page))?.id).toBe(ellipse);
      await page.keyboard.press('a');
      await tabToItem(page, text);
      await page.keyboard.press('Enter');
      const arrow2 = await waitForFocusedItem(page, 'arrow');
      await expect.poll(() => label(arrow2)).toMatch(/^Pijl van Ellips naar Tekst: Let op: privacy(,|$)/);
      await waitForDoc(doc, (d) => board(d).arrows.length === 2 && board(d).arrows.some((x) => x.id === arrow2 && x.from === ellipse && x.to === text));

      // --- Editing text: Enter opens the text of a note, a label and a section title. ---
      await tabToItem(page, note);
      await page.keyboard.press('Enter');
      await anna.editor.waitFor();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' over geluid');
      await page.keyboard.press('Escape');
      await waitForDoc(doc, (d) => board(d).notes.some((n) => n.id === note && n.text === 'Buren maken ruzie over geluid'));
      await expect.poll(() => bram.itemLabel(arrow), PEER).toMatch(/^Pijl van Notitie: Buren maken ruzie over geluid naar Rechthoek(,|$)/);

      await tabToItem(page, text);
      await page.keyboard.press('Enter');
      await anna.editor.waitFor();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' en veiligheid');
      await page.keyboard.press('Escape');
      await waitForDoc(doc, (d) => board(d).texts.some((t) => t.id === text && t.text === 'Let op: privacy en veiligheid'));

      // --- Section: reached and named, its title edited, moved with what lies in it. ---
      await tabToItem(page, ideas.id);
      await expect.poll(() => label(ideas.id)).toBe('Sectie: Ideeën');
      await page.keyboard.press('Enter');
      await anna.editor.waitFor();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' en oplossingen');
      await page.keyboard.press('Enter');
      await waitForDoc(doc, (d) => board(d).sections.some((s) => s.id === ideas.id && s.title === 'Ideeën en oplossingen'));
      await expect.poll(() => bram.itemLabel(ideas.id), PEER).toBe('Sectie: Ideeën en oplossingen');
      await expect.poll(() => focusedItem(page)).toEqual({ id: ideas.id, kind: 'section' });
      const strokeAt = board(doc).strokes.find((s) => s.id === stroke)!.bounds;
      await page.keyboard.press('ArrowRight');
      await waitForDoc(doc, (d) => board(d).sections.some((s) => s.id === ideas.id && s.x === ideas.x + 10)
        && board(d).strokes.some((s) => s.id === stroke && s.bounds.x === strokeAt.x + 10));

      // --- Drawing: reached and named with its section, moved. ---
      await tabToItem(page, stroke);
      await expect.poll(() => label(stroke)).toBe('Tekening, in sectie Ideeën en oplossingen');
      await page.keyboard.press('Shift+ArrowDown');
      await waitForDoc(doc, (d) => board(d).strokes.some((s) => s.id === stroke && s.bounds.y === strokeAt.y + 50));

      // --- Vote on the note: in the item's menu (Shift+F10), a WAI-ARIA menu. ---
      await tabToItem(page, note);
      await page.keyboard.press('Shift+F10');
      const menu = page.getByRole('menu', { name: 'Acties voor Notitie: Buren maken ruzie over geluid' });
      await menu.waitFor();
      const menuNames = await menu.getByRole('menuitem').allTextContents();
      expect(menuNames).toEqual(['Tekst bewerken', 'Stem geven (nog 3 stemmen)', 'Pijl naar een ander item…', 'Dupliceren', 'Naar voren', 'Verwijderen']);
      await expect.poll(() => focusedName(page)).toBe('Tekst bewerken');
      await page.keyboard.press('End');
      await expect.poll(() => focusedName(page)).toBe('Verwijderen');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedName(page)).toBe('Tekst bewerken');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => focusedName(page)).toBe('Verwijderen');
      await page.keyboard.press('Home');
      await expect.poll(() => focusedName(page)).toBe('Tekst bewerken');
      await expectNoSeriousViolations(page, 'board with an item menu open');
      // Escape closes it and gives focus back to the note (nothing deleted by the Delete item's focus).
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      await expect.poll(() => focusedItem(page)).toEqual({ id: note, kind: 'note' });
      await page.keyboard.press('Shift+F10');
      await menu.waitFor();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => focusedName(page)).toBe('Stem geven (nog 3 stemmen)');
      await page.keyboard.press('Enter');
      await waitForDoc(doc, (d) => voteCounts(d).get(note) === 1);
      await expect.poll(() => focusedItem(page)).toEqual({ id: note, kind: 'note' });
      await expect.poll(() => bram.item(note).getAttribute('data-votes'), PEER).toBe('1');
      await expect.poll(() => bram.itemLabel(note), PEER).toMatch(/, 1 stem$/);
      // The toolbar acts on the focused item too: take the vote back there, then vote again.
      await page.keyboard.press('Alt+F10');
      await tabTo(page, /^Stem terugnemen$/);
      await page.keyboard.press(' ');
      await waitForDoc(doc, (d) => (voteCounts(d).get(note) ?? 0) === 0);
      // "Stem terugnemen" goes with the last vote; focus moves to "Stem geven", not to the page.
      await expect.poll(() => focusedName(page)).toBe('Stem geven (Nog 3 stemmen)');
      await page.keyboard.press('Enter');
      await waitForDoc(doc, (d) => voteCounts(d).get(note) === 1);
      // The toolbar's colours act on it as well.
      await tabTo(page, /^Kleur: roze$/, { back: true });
      await page.keyboard.press('Enter');
      await waitForDoc(doc, (d) => board(d).notes.some((n) => n.id === note && n.color === 'pink'));

      // --- Delete and undo, every kind: Delete on the item, then ctrl+Z brings it back. ---
      const kinds: [string, string][] = [
        [arrow, 'arrow'], [note, 'note'], [rect, 'shape'], [ellipse, 'shape'], [text, 'text'], [stroke, 'stroke'], [ideas.id, 'section'],
      ];
      for (const [id, kind] of kinds) {
        await tabToItem(page, id);
        const before = ids(doc);
        await page.keyboard.press('Delete');
        await waitForDoc(doc, (d) => !ids(d).has(id));
        await expect.poll(() => bram.item(id).count(), PEER).toBe(0);
        // Focus stays on the board (the next item), never on the page itself.
        expect(await focusedName(page), `focus after deleting the ${kind}`).not.toBe('');
        await page.keyboard.press('Control+z');
        // Everything the delete took (an item's arrows too) is back, and nothing else changed.
        await waitForDoc(doc, (d) => ids(d).size === before.size && [...before].every((x) => ids(d).has(x)));
        await expect.poll(() => bram.item(id).count(), PEER).toBe(1);
      }
      // The note's vote came back with it.
      expect(voteCounts(doc).get(note)).toBe(1);

      // --- The list view: every kind is listed with what it is; the note moves by menu. ---
      await tabTo(page, /^Lijst$/, { back: true });
      await page.keyboard.press('Enter');
      const outline = new OutlinePage(page);
      await outline.heading.waitFor();
      const listed = await page.locator('[data-outline-item]').evaluateAll((els) => els.map((e) => e.textContent ?? '').sort());
      expect(listed).toEqual([
        'Ellips',
        'Pijl van ellips naar tekst "Let op: privacy en veiligheid"',
        'Pijl van notitie "Buren maken ruzie over geluid" naar rechthoek',
        'Rechthoek',
        'Tekening',
        'Tekst: Let op: privacy en veiligheid',
      ]);
      expect(await outline.section('Ideeën en oplossingen').locator('[data-kind="stroke"]').count()).toBe(1);
      const from = await outline.sectionOf(note);
      await tabTo(page, /^Verplaats naar… Notitie 1\b/);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
      const target = await focusedName(page);
      expect(target).not.toBe(from);
      await page.keyboard.press('Enter');
      await expect.poll(() => outline.sectionOf(note), PEER).toBe(target);
      const targetId = board(doc).sections.find((s) => s.title === target)?.id ?? null;
      await waitForDoc(doc, (d) => board(d).notes.some((n) => n.id === note && n.section === targetId));
      await expect.poll(async () => (await bram.itemLabel(note)) ?? '', PEER).toContain(`in sectie ${target}`);
      await expectNoSeriousViolations(page, 'list view after the keyboard flow');
    } finally {
      observer.destroy();
    }
  }, 240_000);
});
