import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { duplicateItems } from '../../shared/board/duplicate.ts';
import { addNote, setNoteText } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { CASE_CARD_ID, itemsOf, votesOf } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { bringItemsToFront, deleteItems, expandSelection, moveItems } from '../../shared/board/selection.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { castVote, votesLeft } from '../../shared/board/votes.ts';
import { Limits } from '../../shared/limits.ts';
import { local, recordOrigins, recordUpdates } from './boardTestUtils.ts';

describe('expandSelection', () => {
  it('adds section members and arrows between selected items, drops unknown ids', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const member = addNote(doc, { x: 10, y: 10 }, local);
    const outside = addNote(doc, { x: 1000, y: 0 }, local);
    const other = addNote(doc, { x: 2000, y: 0 }, local);
    const arrowIn = addArrow(doc, { from: member, to: outside }, local)!;
    const arrowOut = addArrow(doc, { from: outside, to: other }, local)!;
    const got = expandSelection(doc, [s, outside, 'nope']);
    expect(got.sort()).toEqual([s, member, outside, arrowIn].sort());
    expect(got).not.toContain(arrowOut);
  });
});

describe('moveItems', () => {
  it('moves a multi-selection by (dx, dy) in one transaction; arrows need no move', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const stroke = addStroke(doc, { points: [0, 500, 10, 510] }, local)!;
    const arrow = addArrow(doc, { from: a, to: b }, local)!;
    const origins = recordOrigins(doc);
    moveItems(doc, [a, b, stroke, arrow], 50.4, -20, local);
    expect(origins).toEqual([local]);
    const board = readBoard(doc);
    expect(board.notes.map((n) => [n.x, n.y])).toEqual([[50, -20], [350, -20]]);
    expect(board.strokes[0]).toMatchObject({ x: 50, y: 480 });
    expect([...itemsOf(doc).get(arrow)!.keys()]).not.toContain('x');
  });

  it('moves section members once even when they are also selected', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const member = addNote(doc, { x: 10, y: 10 }, local);
    moveItems(doc, [s, member], 100, 0, local);
    expect(readBoard(doc).notes[0]).toMatchObject({ x: 110, y: 10, section: s });
  });

  it('writes nothing for a zero or non-finite offset or an empty selection', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const updates = recordUpdates(doc);
    moveItems(doc, [a], 0, 0, local);
    moveItems(doc, [a], Number.NaN, 5, local);
    moveItems(doc, [], 5, 5, local);
    moveItems(doc, ['nope'], 5, 5, local);
    expect(updates).toHaveLength(0);
  });

  it('clamps positions to the board extent', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    moveItems(doc, [a], 1e12, -1e12, local);
    expect(readBoard(doc).notes[0]).toMatchObject({ x: Limits.boardExtent, y: -Limits.boardExtent });
  });
});

describe('deleteItems', () => {
  it('deletes in one transaction, with attached arrows and the votes on the items', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const c = addNote(doc, { x: 600, y: 0 }, local);
    addArrow(doc, { from: a, to: c }, local);
    castVote(doc, 'voter1', a, local);
    castVote(doc, 'voter1', c, local);
    const origins = recordOrigins(doc);
    deleteItems(doc, [a, b], local);
    expect(origins).toEqual([local]);
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual([c]);
    expect(readBoard(doc).arrows).toEqual([]);
    expect(itemsOf(doc).size).toBe(1);
    expect([...votesOf(doc).values()]).toEqual([c]);
    expect(votesLeft(doc, 'voter1')).toBe(2);
  });

  it('deletes a section but keeps its notes', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0 }, local);
    addNote(doc, { x: 10, y: 10 }, local);
    deleteItems(doc, [s], local);
    expect(readBoard(doc).sections).toEqual([]);
    expect(readBoard(doc).notes).toHaveLength(1);
  });

  it('also removes a hostile non-map entry, and writes nothing for unknown ids', () => {
    const doc = new Y.Doc();
    doc.getMap<unknown>('items').set('junk', 42);
    deleteItems(doc, ['junk'], local);
    expect(itemsOf(doc).size).toBe(0);
    const updates = recordUpdates(doc);
    deleteItems(doc, ['junk', 'other'], local);
    expect(updates).toHaveLength(0);
  });
});

describe('bringItemsToFront', () => {
  it('puts the items above all others, keeping their own order', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'a' }, local);
    const b = addNote(doc, { x: 0, y: 0, text: 'b' }, local);
    addNote(doc, { x: 0, y: 0, text: 'c' }, local);
    bringItemsToFront(doc, [b, a], local);
    expect(readBoard(doc).notes.map((n) => n.text)).toEqual(['c', 'a', 'b']);
  });
});

describe('duplicateItems', () => {
  it('copies with new ids at an offset and returns the new ids; texts are independent', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0, text: 'origineel', color: 'pink' }, local);
    const [copy] = duplicateItems(doc, [a], local);
    expect(copy).toBeDefined();
    expect(copy).not.toBe(a);
    expect(readBoard(doc).notes.find((n) => n.id === copy)).toMatchObject({ x: 24, y: 24, text: 'origineel', color: 'pink', z: 2 });
    setNoteText(doc, copy!, 'kopie', local);
    expect(readBoard(doc).notes.find((n) => n.id === a)?.text).toBe('origineel');
  });

  it('remaps arrows between duplicated items and brings a section with its members', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600, title: 'Ideeën' }, local);
    const a = addNote(doc, { x: 10, y: 10 }, local);
    const b = addNote(doc, { x: 300, y: 10 }, local);
    addArrow(doc, { from: a, to: b }, local);
    const created = duplicateItems(doc, [s], local, { x: 700, y: 0 });
    expect(created).toHaveLength(4);
    const board = readBoard(doc);
    const copySection = board.sections.find((x) => x.id !== s)!;
    expect(copySection).toMatchObject({ x: 700, title: 'Ideeën' });
    const copyArrow = board.arrows.find((x) => created.includes(x.id))!;
    expect(created).toContain(copyArrow.from);
    expect(created).toContain(copyArrow.to);
    expect(board.notes.filter((n) => n.section === copySection.id)).toHaveLength(2);
  });

  it('never duplicates the case card', () => {
    const doc = new Y.Doc();
    setCaseText(doc, 'Casus', local);
    expect(duplicateItems(doc, [CASE_CARD_ID], local)).toEqual([]);
    expect(itemsOf(doc).size).toBe(1);
  });
});
