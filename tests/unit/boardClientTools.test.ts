import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Limits } from '../../shared/limits.ts';
import { addNote, deleteItem, readNotes, setNoteText } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { itemsOf, NOTE_SIZE, type ChangeOrigin } from '../../shared/board/schema.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { LOCAL } from '../../client/src/board/actions.ts';
import { PrivateBoard } from '../../client/src/board/brainstorm/PrivateBoard.ts';
import { placeInSection, placeOutsideSections } from '../../client/src/board/outline/placeInSection.ts';
import { UndoController } from '../../client/src/board/undo/UndoController.ts';
import { exchange, replicaOf } from './boardTestUtils.ts';

const someoneElse: ChangeOrigin = { kind: 'local' };
const centre = (p: { x: number; y: number }) => ({ x: p.x + NOTE_SIZE.w / 2, y: p.y + NOTE_SIZE.h / 2 });
const inside = (p: { x: number; y: number }, s: { x: number; y: number; w: number; h: number }) =>
  p.x >= s.x && p.x <= s.x + s.w && p.y >= s.y && p.y <= s.y + s.h;

describe('placeInSection (outline: add to or move into a section)', () => {
  const section = { x: 100, y: 300, w: 600, h: 900 };

  it('puts notes in free cells whose centre is in the section (B5), never on top of another', () => {
    const placed: { x: number; y: number; w: number; h: number }[] = [];
    for (let i = 0; i < 8; i++) {
      const p = placeInSection(section, placed);
      expect(inside(centre(p), section)).toBe(true);
      for (const other of placed) expect(p.x === other.x && p.y === other.y).toBe(false);
      placed.push({ ...p, ...NOTE_SIZE });
    }
  });

  it('still lands inside a full section', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({ x: 100 + (i % 4) * 150, y: 300 + Math.floor(i / 4) * 90, ...NOTE_SIZE }));
    expect(inside(centre(placeInSection(section, crowd)), section)).toBe(true);
  });

  it('the model agrees: a note placed this way belongs to that section', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'workshop', {}, LOCAL);
    const target = readBoard(doc).sections.find((s) => s.id === 'workshop-s3')!;
    const id = addNote(doc, placeInSection(target, []), LOCAL);
    expect(readBoard(doc).notes.find((n) => n.id === id)?.section).toBe('workshop-s3');
  });

  it('placeOutsideSections finds a spot in no section and clear of the rest', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'workshop', {}, LOCAL);
    const board = readBoard(doc);
    const taken = [board.caseCard!, { x: 0, y: 1300, ...NOTE_SIZE }];
    const id = addNote(doc, placeOutsideSections(board.sections, taken), LOCAL);
    expect(readBoard(doc).notes.find((n) => n.id === id)?.section).toBeNull();
  });
});

describe('UndoController (per person, board and private notes in one history)', () => {
  it("undoes only this person's steps, never what someone else did after them (B11)", () => {
    const mine = new Y.Doc();
    const theirs = replicaOf(mine);
    const undo = new UndoController(mine);
    const a = addNote(mine, { x: 0, y: 0, text: 'van mij' }, LOCAL);
    const b = addNote(theirs, { x: 0, y: 0, text: 'van een ander' }, someoneElse);
    exchange(mine, theirs);
    expect(undo.getState().canUndo).toBe(true);
    expect(undo.undo()).toBe(true);
    expect(readNotes(mine).map((n) => n.id)).toEqual([b]);
    expect(undo.undo()).toBe(false);
    expect(undo.redo()).toBe(true);
    expect(readNotes(mine).map((n) => n.id).sort()).toEqual([a, b].sort());
    undo.destroy();
  });

  it('keeps one order over the board and the private doc, and a boundary splits quick steps', () => {
    const board = new Y.Doc();
    const priv = new Y.Doc();
    const undo = new UndoController(board, priv);
    const onBoard = addNote(board, { x: 0, y: 0 }, LOCAL);
    undo.boundary();
    const secret = addNote(priv, { x: 0, y: 0 }, LOCAL);
    undo.boundary();
    setNoteText(board, onBoard, 'tekst', LOCAL);
    undo.boundary();
    deleteItem(board, onBoard, LOCAL);

    expect(undo.undo()).toBe(true); // the delete
    expect(readNotes(board)[0]?.text).toBe('tekst');
    expect(undo.undo()).toBe(true); // the typing
    expect(readNotes(board)[0]?.text).toBe('');
    expect(undo.undo()).toBe(true); // the private note
    expect(itemsOf(priv).has(secret)).toBe(false);
    expect(readNotes(board)).toHaveLength(1);
    expect(undo.undo()).toBe(true); // the board note
    expect(readNotes(board)).toHaveLength(0);
    expect(undo.redo()).toBe(true);
    expect(readNotes(board)).toHaveLength(1);
    expect(itemsOf(priv).size).toBe(0);
    expect(undo.redo()).toBe(true);
    expect(itemsOf(priv).has(secret)).toBe(true);
    // A new step ends every redo, in both docs.
    addNote(board, { x: 50, y: 50 }, LOCAL);
    expect(undo.getState().canRedo).toBe(false);
    expect(undo.redo()).toBe(false);
    undo.destroy();
  });
});

describe('PrivateBoard.revealIfDue (silent brainstorm, client side)', () => {
  function setup() {
    const board = new Y.Doc();
    const priv = new PrivateBoard(null); // no IndexedDB in Node: ready at once
    priv.markRound(2);
    const id = addNote(priv.doc, { x: 10, y: 20, text: 'stil' }, LOCAL);
    return { board, priv, id };
  }

  it('keeps the notes private while their round runs, and reveals them when it ends', () => {
    const { board, priv, id } = setup();
    priv.revealIfDue(board, { active: true, round: 2 });
    expect(readNotes(board)).toEqual([]);
    priv.revealIfDue(board, { active: false, round: 2 });
    expect(readNotes(board).map((n) => [n.id, n.text, n.x, n.y])).toEqual([[id, 'stil', 10, 20]]);
    expect(priv.hasItems()).toBe(false);
    expect(priv.getState().revealed).toBe(1);
    priv.destroy();
  });

  it('reveals notes of an earlier round even when a new round runs (a laptop that missed the end)', () => {
    const { board, priv } = setup();
    priv.revealIfDue(board, { active: true, round: 3 });
    expect(readNotes(board)).toHaveLength(1);
    priv.destroy();
  });

  it('keeps the notes private and reports it when the board is full', () => {
    const { board, priv } = setup();
    board.transact(() => {
      for (let i = 0; i < Limits.maxItems; i++) itemsOf(board).set(`x${i}`, new Y.Map());
    });
    priv.revealIfDue(board, { active: false, round: 2 });
    expect(priv.hasItems()).toBe(true);
    expect(priv.getState().revealError).toBe('maxItems');
    priv.destroy();
  });
});
