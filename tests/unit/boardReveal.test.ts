import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { addNote, setNoteText } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { revealPrivateNotes } from '../../shared/board/reveal.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { Limits } from '../../shared/limits.ts';
import { exchange, local, recordOrigins, replicaOf } from './boardTestUtils.ts';

describe('(B10) silent brainstorm: revealPrivateNotes', () => {
  it('moves every private note onto the board in one transaction, same ids and positions, above the rest', () => {
    const board = new Y.Doc();
    const existing = addNote(board, { x: 0, y: 0, text: 'op het bord' }, local);
    const mine = new Y.Doc();
    const a = addNote(mine, { x: 100, y: 100, text: 'eigen idee 1' }, local);
    const b = addNote(mine, { x: 400, y: 100, text: 'eigen idee 2', color: 'pink' }, local);
    const origins = recordOrigins(board);
    expect(revealPrivateNotes(mine, board, local)).toEqual([a, b]);
    expect(origins).toEqual([local]);
    const notes = readBoard(board).notes;
    expect(notes.map((n) => [n.id, n.x, n.y, n.text, n.color])).toEqual([
      [existing, 0, 0, 'op het bord', 'yellow'],
      [a, 100, 100, 'eigen idee 1', 'yellow'],
      [b, 400, 100, 'eigen idee 2', 'pink'],
    ]);
    expect(itemsOf(mine).size).toBe(0);
  });

  it('brings arrows between private notes along', () => {
    const board = new Y.Doc();
    const mine = new Y.Doc();
    const a = addNote(mine, { x: 0, y: 0 }, local);
    const b = addNote(mine, { x: 300, y: 0 }, local);
    addArrow(mine, { from: a, to: b }, local);
    revealPrivateNotes(mine, board, local);
    expect(readBoard(board).arrows.map((x) => [x.from, x.to])).toEqual([[a, b]]);
  });

  it('a repeated reveal never doubles a note', () => {
    const board = new Y.Doc();
    const mine = new Y.Doc();
    addNote(mine, { x: 0, y: 0, text: 'een' }, local);
    // As if the tab closed after the board write but before the private doc was emptied.
    const copyOfMine = replicaOf(mine);
    revealPrivateNotes(mine, board, local);
    expect(revealPrivateNotes(copyOfMine, board, local)).toEqual([]);
    expect(readBoard(board).notes).toHaveLength(1);
    expect(revealPrivateNotes(mine, board, local)).toEqual([]);
  });

  it('a reveal past Limits.maxItems throws and leaves both documents as they were', () => {
    const board = new Y.Doc();
    board.transact(() => {
      for (let i = 0; i < Limits.maxItems; i++) itemsOf(board).set(`filler${i}`, new Y.Map());
    });
    const mine = new Y.Doc();
    addNote(mine, { x: 0, y: 0, text: 'bewaard' }, local);
    expect(() => revealPrivateNotes(mine, board, local)).toThrow(expect.objectContaining({ limit: 'maxItems' }));
    expect(readBoard(mine).notes[0]?.text).toBe('bewaard');
  });

  it('everyone revealing at once ends with all notes on every replica', () => {
    const base = new Y.Doc();
    const p = replicaOf(base);
    const q = replicaOf(base);
    const mineP = new Y.Doc();
    const mineQ = new Y.Doc();
    addNote(mineP, { x: 0, y: 0, text: 'van P' }, local);
    addNote(mineQ, { x: 0, y: 0, text: 'van Q' }, local);
    revealPrivateNotes(mineP, p, local);
    revealPrivateNotes(mineQ, q, local);
    exchange(p, q);
    expect(readBoard(p).notes.map((n) => n.text).sort()).toEqual(['van P', 'van Q']);
    expect(readBoard(q)).toEqual(readBoard(p));
    // The revealed notes are ordinary board notes now: editable by the others.
    setNoteText(q, readBoard(q).notes.find((n) => n.text === 'van P')!.id, 'van P, aangevuld', local);
    exchange(p, q);
    expect(readBoard(p).notes.map((n) => n.text).sort()).toEqual(['van P, aangevuld', 'van Q']);
  });
});
