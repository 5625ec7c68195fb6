import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { actionPointsOf, readActionPoints, setActionText } from '../../shared/board/actionPoints.ts';
import { addNote, readNotes, setNoteText } from '../../shared/board/notes.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { connectControl } from '../helpers/controlClient.ts';
import { connectBoard, waitForDocWithin as waitForDoc } from '../helpers/yjsClient.ts';
import { boardForTwo, useE2E, workshopWithTemplate } from './fixture.ts';
import { BoardPage } from './pages/BoardPage.ts';
import { SessionBoard } from './pages/SessionBoard.ts';

/*
 * Issue 10, "Two people typing in one note", in the list view's note field and in an
 * action point's title, in real Chromium: Anna's caret sits in the middle of a sentence while
 * Bram pastes words in front of it (words that repeat the ones around her caret, where a diff
 * of the two texts cannot tell which are new) and types after it; Anna goes on typing. Her
 * caret stays after her own word (Yjs relative positions), her letters land where she types,
 * and every laptop and the server end with the same text. A composition (a dead key, through
 * the DevTools protocol's IME) is never rewritten under the typist, in the list view and on
 * the canvas, and a group mate's words typed meanwhile are kept. What the board holds is read
 * through a stock Yjs client (the observer).
 */

const e2e = useE2E();
const PEER = { timeout: 15_000 };
const local: ChangeOrigin = { kind: 'local' };

const caretOf = (field: Locator) => field.evaluate((el) => {
  const f = el as HTMLTextAreaElement;
  return [f.selectionStart, f.selectionEnd];
});
const putCaret = (field: Locator, at: number) => field.evaluate((el, to) => (el as HTMLTextAreaElement).setSelectionRange(to, to), at);

/**
 * The scene of both tests on the fields `anna` and `bram` (showing `start`): Anna's caret at
 * `annaAt`, Bram pastes `paste` at `pasteAt` (before her caret); then both type at once, Anna
 * `annaTypes` at her caret and Bram `bramTypes` at the end. Returns the carets seen.
 */
async function typeTogether(pages: { anna: Page; bram: Page }, fields: { anna: Locator; bram: Locator }, scene: {
  annaAt: number; pasteAt: number; paste: string; annaTypes: string; bramTypes: string;
}): Promise<{ afterPaste: number[] }> {
  await fields.anna.focus();
  await putCaret(fields.anna, scene.annaAt);
  await fields.bram.focus();
  await putCaret(fields.bram, scene.pasteAt);
  const before = await fields.anna.inputValue();
  const pasted = before.slice(0, scene.pasteAt) + scene.paste + before.slice(scene.pasteAt);
  // A paste: one input event with the whole words.
  await pages.bram.keyboard.insertText(scene.paste);
  await expect.poll(() => fields.anna.inputValue(), PEER).toBe(pasted);
  const afterPaste = await caretOf(fields.anna);
  await fields.bram.evaluate((el) => {
    const f = el as HTMLTextAreaElement;
    f.setSelectionRange(f.value.length, f.value.length);
  });
  await Promise.all([
    pages.anna.keyboard.type(scene.annaTypes, { delay: 35 }),
    pages.bram.keyboard.type(scene.bramTypes, { delay: 35 }),
  ]);
  return { afterPaste };
}

describe('two people typing in one note in the list view', () => {
  it('keeps Anna\'s caret after her words while Bram pastes before it and types after it', async () => {
    const two = await boardForTwo(e2e, 'Samen typen in de lijst');
    const observer = connectBoard(e2e.server.wsUrl, two.workshop.id, two.groupId, two.workshop.tokens.facilitator);
    try {
      await observer.synced;
      const id = addNote(observer.doc, { x: 100, y: 1400, text: 'Een spreekuur voor de buurt' }, local);
      await two.open();
      await expect.poll(() => two.anna.noteText(id), PEER).toBe('Een spreekuur voor de buurt');
      await expect.poll(() => two.bram.noteText(id), PEER).toBe('Een spreekuur voor de buurt');
      const field = (p: typeof two.anna) => p.note(id).locator('textarea');

      // Anna after "voor de", about to type " hele"; Bram pastes "de flat en " before "de buurt".
      // A diff of the texts sees "Een spreekuur voor de " unchanged and left her caret there, in
      // Bram's words: " hele" would go into "de| flat".
      const { afterPaste } = await typeTogether({ anna: two.a.page, bram: two.b.page }, { anna: field(two.anna), bram: field(two.bram) }, {
        annaAt: 'Een spreekuur voor de'.length, pasteAt: 'Een spreekuur voor '.length, paste: 'de flat en ',
        annaTypes: ' hele', bramTypes: ', elke week',
      });
      expect(afterPaste).toEqual([32, 32]);

      const both = 'Een spreekuur voor de flat en de hele buurt, elke week';
      await waitForDoc(observer.doc, (d) => readNotes(d).find((n) => n.id === id)?.text === both);
      await expect.poll(() => two.anna.noteText(id), PEER).toBe(both);
      await expect.poll(() => two.bram.noteText(id), PEER).toBe(both);
      expect(await caretOf(field(two.anna))).toEqual([37, 37]);
      expect(await caretOf(field(two.bram))).toEqual([both.length, both.length]);
    } finally {
      observer.destroy();
    }
  });
});

describe('a composition (IME) while a group mate types', () => {
  it('leaves the composing field alone, then lays the composed letter in at its place', async () => {
    const two = await boardForTwo(e2e, 'Samen typen met een dode toets');
    const observer = connectBoard(e2e.server.wsUrl, two.workshop.id, two.groupId, two.workshop.tokens.facilitator);
    try {
      await observer.synced;
      const id = addNote(observer.doc, { x: 100, y: 1400, text: 'Een caf in de wijk' }, local);
      const witness = addNote(observer.doc, { x: 400, y: 1400, text: '' }, local);
      await two.open();
      await expect.poll(() => two.anna.noteText(id), PEER).toBe('Een caf in de wijk');
      await expect.poll(() => two.bram.noteText(id), PEER).toBe('Een caf in de wijk');
      const field = (p: typeof two.anna, note = id) => p.note(note).locator('textarea');
      const textOf = (noteId: string) => (d: Y.Doc) => readNotes(d).find((n) => n.id === noteId)?.text;

      // Anna starts a dead-key composition after "caf" (the browser's IME, through the DevTools protocol).
      await field(two.anna).focus();
      await putCaret(field(two.anna), 'Een caf'.length);
      const ime = await two.a.context.newCDPSession(two.a.page);
      await ime.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
      await waitForDoc(observer.doc, (d) => textOf(id)(d) === 'Een caf´ in de wijk');

      // Bram pastes in front and types at the end, then writes in another note: once Anna sees
      // that, she has had his changes to the first note too (one connection, in order).
      await field(two.bram).focus();
      await putCaret(field(two.bram), 0);
      await two.b.page.keyboard.insertText('Samen: ');
      await field(two.bram).evaluate((el) => {
        const f = el as HTMLTextAreaElement;
        f.setSelectionRange(f.value.length, f.value.length);
      });
      await two.b.page.keyboard.type(' vandaag');
      await field(two.bram, witness).focus();
      await two.b.page.keyboard.type('klaar');
      await expect.poll(() => two.anna.noteText(witness), PEER).toBe('klaar');
      // Her field was not rewritten under her composition.
      expect(await field(two.anna).inputValue()).toBe('Een caf´ in de wijk');

      // She ends the composition with "é", and types on.
      await ime.send('Input.insertText', { text: 'é' });
      await expect.poll(() => field(two.anna).inputValue(), PEER).toBe('Samen: Een café in de wijk vandaag');
      expect(await caretOf(field(two.anna))).toEqual([15, 15]);
      await two.a.page.keyboard.type(' of buurthuis');
      const both = 'Samen: Een café of buurthuis in de wijk vandaag';
      await waitForDoc(observer.doc, (d) => textOf(id)(d) === both);
      await expect.poll(() => two.bram.noteText(id), PEER).toBe(both);
      expect(await field(two.anna).inputValue()).toBe(both);
    } finally {
      observer.destroy();
    }
  });
});

describe('a composition in the canvas editor', () => {
  it('is held and merged there too (the same keepCaret)', async () => {
    const { workshop, groupId, link } = await workshopWithTemplate(e2e, 'Dode toets op het canvas');
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      const id = addNote(observer.doc, { x: 100, y: 1400, text: 'Een caf in de wijk' }, local);
      const witness = addNote(observer.doc, { x: 400, y: 1400, text: 'nog niet' }, local);
      const { context, page } = await e2e.newPage();
      const anna = new BoardPage(page);
      await anna.goto(link);
      await expect.poll(() => anna.noteText(id), PEER).toBe('Een caf in de wijk');
      const field = page.locator(`.canvas-editor__host[data-note-id="${id}"] textarea`);
      await anna.item(id).focus();
      await page.keyboard.press('Enter');
      await field.waitFor();
      await putCaret(field, 'Een caf'.length);
      const ime = await context.newCDPSession(page);
      await ime.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 });
      const textOf = (noteId: string) => (d: Y.Doc) => readNotes(d).find((n) => n.id === noteId)?.text;
      await waitForDoc(observer.doc, (d) => textOf(id)(d) === 'Een caf´ in de wijk');

      // A group mate (here the stock client) writes in front and at the end, then in the witness note.
      setNoteText(observer.doc, id, 'Samen: Een caf´ in de wijk', local, 7);
      setNoteText(observer.doc, id, 'Samen: Een caf´ in de wijk vandaag', local, 34);
      setNoteText(observer.doc, witness, 'klaar', local, 5);
      await expect.poll(() => anna.noteText(witness), PEER).toBe('klaar');
      expect(await field.inputValue()).toBe('Een caf´ in de wijk');

      await ime.send('Input.insertText', { text: 'é' });
      await expect.poll(() => field.inputValue(), PEER).toBe('Samen: Een café in de wijk vandaag');
      expect(await caretOf(field)).toEqual([15, 15]);
      await page.keyboard.type(' of buurthuis');
      await waitForDoc(observer.doc, (d) => textOf(id)(d) === 'Samen: Een café of buurthuis in de wijk vandaag');
    } finally {
      observer.destroy();
    }
  });
});

describe('two people typing in one action point', () => {
  it('keeps Anna\'s caret in the title while Bram pastes before it and types after it', async () => {
    const workshop = await e2e.server.createWorkshop('Samen typen in een actiepunt', ['Groep A']);
    const groupId = workshop.groups[0]!.id;
    const facilitator = await connectControl(e2e.server.url, workshop.id, workshop.tokens.facilitator);
    try {
      expect(await facilitator.send('actionStep:set', { open: true })).toEqual({ ok: true });
    } finally {
      facilitator.close();
    }
    const observer = connectBoard(e2e.server.wsUrl, workshop.id, groupId, workshop.tokens.facilitator);
    try {
      await observer.synced;
      await waitForDoc(observer.doc, (d) => actionPointsOf(d).has('0'));
      setActionText(observer.doc, 0, 'title', 'Bel de wijkagent', local);
      const open = async () => {
        const board = new SessionBoard((await e2e.newPage()).page);
        await board.goto(workshop.links.groups[groupId]!);
        return board;
      };
      const anna = await open();
      const bram = await open();
      const title = (b: SessionBoard) => b.slot(0).getByLabel('Wat (korte titel)', { exact: true });
      await expect.poll(() => title(anna).inputValue(), PEER).toBe('Bel de wijkagent');
      await expect.poll(() => title(bram).inputValue(), PEER).toBe('Bel de wijkagent');

      // Anna after "Bel de", about to type " nieuwe"; Bram pastes "de corporatie en " before
      // her "de". A diff saw "Bel de " unchanged and left her in "de| corporatie".
      const { afterPaste } = await typeTogether({ anna: anna.page, bram: bram.page }, { anna: title(anna), bram: title(bram) }, {
        annaAt: 'Bel de'.length, pasteAt: 'Bel '.length, paste: 'de corporatie en ',
        annaTypes: ' nieuwe', bramTypes: ' vandaag nog',
      });
      expect(afterPaste).toEqual([23, 23]);

      const both = 'Bel de corporatie en de nieuwe wijkagent vandaag nog';
      await waitForDoc(observer.doc, (d) => readActionPoints(d).slots[0].title === both);
      await expect.poll(() => title(anna).inputValue(), PEER).toBe(both);
      await expect.poll(() => title(bram).inputValue(), PEER).toBe(both);
      expect(await caretOf(title(anna))).toEqual([30, 30]);
      expect(await caretOf(title(bram))).toEqual([both.length, both.length]);
    } finally {
      observer.destroy();
    }
  });
});
