import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote, moveItem } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { CASE_CARD_ID, SECTION_SIZE, itemsOf, metaOf } from '../../shared/board/schema.ts';
import {
  addSection, moveSection, sectionMembers, sectionOf, setSectionTitle,
} from '../../shared/board/sections.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { WORKSHOP_SECTIONS, applyTemplate, boardTemplate } from '../../shared/board/templates.ts';
import { Limits } from '../../shared/limits.ts';
import { exchange, local, mergeBothOrders, recordOrigins, recordUpdates, replicaOf } from './boardTestUtils.ts';

describe('sections', () => {
  it('addSection stores a titled area; setSectionTitle renames it in place', () => {
    const doc = new Y.Doc();
    const id = addSection(doc, { x: 0, y: 0, title: 'Ideeën' }, local);
    expect(readBoard(doc).sections).toEqual([{
      id, type: 'section', x: 0, y: 0, w: SECTION_SIZE.w, h: SECTION_SIZE.h, title: 'Ideeën', z: 1,
    }]);
    expect(itemsOf(doc).get(id)?.get('title')).toBeInstanceOf(Y.Text);
    setSectionTitle(doc, id, 'Ideeën (ruw)', local);
    expect(readBoard(doc).sections[0]?.title).toBe('Ideeën (ruw)');
    expect(() => setSectionTitle(doc, id, 'x'.repeat(Limits.sectionTitleLength + 1), local)).toThrow(
      expect.objectContaining({ limit: 'sectionTitleLength' }),
    );
  });

  it('(B5) an item belongs to the section that holds its centre, derived from geometry', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const inside = addNote(doc, { x: 100, y: 100 }, local);
    const straddling = addNote(doc, { x: 550, y: 100 }, local); // centre x 650: outside
    const label = addTextLabel(doc, { x: 10, y: 10 }, local);
    expect(sectionOf(doc, inside)).toBe(s);
    expect(sectionOf(doc, straddling)).toBeNull();
    expect(sectionOf(doc, label)).toBe(s);
    expect(sectionOf(doc, s)).toBeNull(); // sections are never members
    expect(sectionOf(doc, 'missing')).toBeNull();
    // A note dropped into the section belongs to it at once: nothing else to write.
    moveItem(doc, straddling, 300, 300, local);
    expect(sectionMembers(doc, s).sort()).toEqual([inside, straddling, label].sort());
    expect(readBoard(doc).notes.map((n) => n.section)).toEqual([s, s]);
  });

  it('where sections overlap, the front-most one gets the item', () => {
    const doc = new Y.Doc();
    addSection(doc, { x: 0, y: 0, w: 1000, h: 1000 }, local);
    const front = addSection(doc, { x: 0, y: 0, w: 500, h: 500 }, local);
    const note = addNote(doc, { x: 100, y: 100 }, local);
    expect(sectionOf(doc, note)).toBe(front);
  });

  it('moveSection moves the section and its members in one transaction; outsiders stay', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const a = addNote(doc, { x: 100, y: 100 }, local);
    const stroke = addStroke(doc, { points: [50, 50, 60, 70] }, local)!;
    const outside = addNote(doc, { x: 1000, y: 1000 }, local);
    const origins = recordOrigins(doc);
    moveSection(doc, s, 2000, 500, local);
    expect(origins).toEqual([local]);
    const board = readBoard(doc);
    expect(board.sections[0]).toMatchObject({ x: 2000, y: 500 });
    expect(board.notes.find((n) => n.id === a)).toMatchObject({ x: 2100, y: 600, section: s });
    expect(board.strokes.find((x) => x.id === stroke)).toMatchObject({ x: 2050, y: 550, points: [0, 0, 10, 20] });
    expect(board.notes.find((n) => n.id === outside)).toMatchObject({ x: 1000, y: 1000, section: null });
  });

  it('moveSection carries the member notes, and arrows from them follow', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const a = addNote(doc, { x: 100, y: 100 }, local);
    const far = addNote(doc, { x: 1000, y: 100 }, local);
    addArrow(doc, { from: a, to: far }, local);
    const before = readBoard(doc).arrows[0]!;
    moveSection(doc, s, 0, 300, local);
    const after = readBoard(doc).arrows[0]!;
    expect(after.start.y).not.toBe(before.start.y);
  });

  it('moveSection ignores what is not a section', () => {
    const doc = new Y.Doc();
    const note = addNote(doc, { x: 0, y: 0 }, local);
    const updates = recordUpdates(doc);
    moveSection(doc, note, 100, 100, local);
    moveSection(doc, 'missing', 100, 100, local);
    expect(updates).toHaveLength(0);
  });

  it('moveSection on one replica and a move of a member on another converge', () => {
    const base = new Y.Doc();
    const s = addSection(base, { x: 0, y: 0, w: 600, h: 600 }, local);
    const note = addNote(base, { x: 100, y: 100 }, local);
    const p = replicaOf(base);
    const q = replicaOf(base);
    moveSection(p, s, 1000, 0, local);
    moveItem(q, note, 2000, 2000, local);
    const { abThenBa, baThenAb } = mergeBothOrders(p, q, base);
    for (const d of [q, abThenBa, baThenAb]) expect(readBoard(d)).toEqual(readBoard(p));
    expect([{ x: 1100, y: 100 }, { x: 2000, y: 2000 }]).toContainEqual(
      { x: readBoard(p).notes[0]?.x, y: readBoard(p).notes[0]?.y },
    );
  });
});

describe('(B6) case card', () => {
  it('setCaseText creates the one case card at the top, then edits its text in place', () => {
    const doc = new Y.Doc();
    setCaseText(doc, 'Casus: burenruzie op de galerij.', local);
    expect(readBoard(doc).caseCard).toMatchObject({ id: CASE_CARD_ID, type: 'case', x: 0, y: 0, text: 'Casus: burenruzie op de galerij.' });
    const text = itemsOf(doc).get(CASE_CARD_ID)?.get('text');
    setCaseText(doc, 'Casus: burenruzie op de galerij, al twee jaar.', local);
    expect(itemsOf(doc).get(CASE_CARD_ID)?.get('text')).toBe(text); // same Y.Text, edited
    expect(readBoard(doc).caseCard?.text).toBe('Casus: burenruzie op de galerij, al twee jaar.');
    expect(itemsOf(doc).size).toBe(1);
    const updates = recordUpdates(doc);
    setCaseText(doc, 'Casus: burenruzie op de galerij, al twee jaar.', local);
    expect(updates).toHaveLength(0);
  });

  it('refuses a case text over Limits.caseTextLength', () => {
    const doc = new Y.Doc();
    expect(() => setCaseText(doc, 'x'.repeat(Limits.caseTextLength + 1), local)).toThrow(
      expect.objectContaining({ limit: 'caseTextLength' }),
    );
    expect(itemsOf(doc).size).toBe(0);
  });

  it('two facilitators creating the case card at once end with one card', () => {
    const base = new Y.Doc();
    const p = replicaOf(base);
    const q = replicaOf(base);
    setCaseText(p, 'Casus A', local);
    setCaseText(q, 'Casus B', local);
    exchange(p, q);
    expect(itemsOf(p).size).toBe(1);
    expect(['Casus A', 'Casus B']).toContain(readBoard(p).caseCard?.text);
    expect(readBoard(q)).toEqual(readBoard(p));
  });

  it('a case card squatted by another kind of item is replaced', () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    m.set('type', 'note');
    itemsOf(doc).set(CASE_CARD_ID, m);
    setCaseText(doc, 'Casus', local);
    expect(readBoard(doc).caseCard?.text).toBe('Casus');
    expect(readBoard(doc).notes).toEqual([]);
  });
});

describe('(B7) templates', () => {
  it('applyTemplate lays out the case card and the four workshop sections, and marks meta', () => {
    const doc = new Y.Doc();
    expect(applyTemplate(doc, 'workshop', { caseText: 'Casus: briefjes in de brievenbus.' }, local)).toBe(true);
    const board = readBoard(doc);
    expect(board.caseCard?.text).toBe('Casus: briefjes in de brievenbus.');
    expect(board.sections.map((s) => s.title)).toEqual([
      'Wat speelt er?', 'Knelpunten in de samenwerking', 'Ideeën', 'Actiepunten',
    ]);
    expect(board.sections.map((s) => s.id)).toEqual(WORKSHOP_SECTIONS.map((s) => s.id));
    // Case card on top, sections below it, side by side without overlap.
    const card = board.caseCard!;
    for (const s of board.sections) expect(s.y).toBeGreaterThan(card.y + card.h);
    for (let i = 1; i < board.sections.length; i++) {
      expect(board.sections[i]!.x).toBeGreaterThanOrEqual(board.sections[i - 1]!.x + board.sections[i - 1]!.w);
    }
    expect(boardTemplate(doc)).toBe('workshop');
    expect(metaOf(doc).get('template')).toBe('workshop');
  });

  it('is idempotent: a second call does nothing', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'workshop', {}, local);
    const updates = recordUpdates(doc);
    expect(applyTemplate(doc, 'workshop', { caseText: 'ander' }, local)).toBe(false);
    expect(updates).toHaveLength(0);
    expect(itemsOf(doc).size).toBe(5);
  });

  it('keeps an existing case card, setting its text only when caseText is given', () => {
    const doc = new Y.Doc();
    setCaseText(doc, 'al gezet', local);
    applyTemplate(doc, 'workshop', {}, local);
    expect(readBoard(doc).caseCard?.text).toBe('al gezet');
    const other = new Y.Doc();
    setCaseText(other, 'oud', local);
    applyTemplate(other, 'workshop', { caseText: 'nieuw' }, local);
    expect(readBoard(other).caseCard?.text).toBe('nieuw');
  });

  it('two clients applying the template at once end with one layout (fixed ids)', () => {
    const base = new Y.Doc();
    const p = replicaOf(base);
    const q = replicaOf(base);
    applyTemplate(p, 'workshop', { caseText: 'A' }, local);
    applyTemplate(q, 'workshop', { caseText: 'B' }, local);
    const { abThenBa, baThenAb } = mergeBothOrders(p, q, base);
    expect(readBoard(p).sections).toHaveLength(4);
    expect(itemsOf(p).size).toBe(5);
    for (const d of [q, abThenBa, baThenAb]) expect(readBoard(d)).toEqual(readBoard(p));
  });

  it('refuses an unknown template name and an overlong case text', () => {
    const doc = new Y.Doc();
    expect(applyTemplate(doc, 'retro' as never, {}, local)).toBe(false);
    expect(() => applyTemplate(doc, 'workshop', { caseText: 'x'.repeat(Limits.caseTextLength + 1) }, local)).toThrow();
    expect(itemsOf(doc).size).toBe(0);
    expect(boardTemplate(doc)).toBeNull();
  });
});
