import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, moveItem, setNoteText } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { createUndoManager } from '../../shared/board/undo.ts';
import { castVote, voteCounts } from '../../shared/board/votes.ts';
import { exchange, replicaOf } from './boardTestUtils.ts';

/** Each person has their own origin object; undo tracks it by identity. */
const anna: ChangeOrigin = { kind: 'local', userId: 'anna' };
const bram: ChangeOrigin = { kind: 'local', userId: 'bram' };

describe('(B11) undo per person', () => {
  it('undoes and redoes one person\'s own changes', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc, anna, { captureTimeout: 0 });
    const id = addNote(doc, { x: 0, y: 0, text: 'a' }, anna);
    moveItem(doc, id, 100, 100, anna);
    undo.undo();
    expect(readBoard(doc).notes[0]).toMatchObject({ x: 0, y: 0 });
    undo.undo();
    expect(readBoard(doc).notes).toEqual([]);
    undo.redo();
    expect(readBoard(doc).notes[0]?.text).toBe('a');
    undo.destroy();
  });

  it('ignores changes with another origin on the same doc', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc, anna, { captureTimeout: 0 });
    addNote(doc, { x: 0, y: 0, text: 'van bram' }, bram);
    // A structurally equal but different object is not Anna's origin either.
    addNote(doc, { x: 0, y: 0, text: 'lijkt op anna' }, { kind: 'local', userId: 'anna' });
    expect(undo.undoStack).toHaveLength(0);
    undo.undo();
    expect(readBoard(doc).notes).toHaveLength(2);
    undo.destroy();
  });

  it('undo on doc A never removes B\'s concurrent work', () => {
    const base = new Y.Doc();
    const shared = addNote(base, { x: 0, y: 0, text: 'samen' }, bram);
    const a = replicaOf(base);
    const b = replicaOf(base);
    const undoA = createUndoManager(a, anna, { captureTimeout: 0 });
    // Concurrently: Anna adds a note, moves the shared one and votes; Bram adds a note,
    // edits the shared note's text and votes.
    const annasNote = addNote(a, { x: 500, y: 0, text: 'van anna' }, anna);
    moveItem(a, shared, 300, 300, anna);
    castVote(a, 'voteranna1', shared, anna);
    const bramsNote = addNote(b, { x: 0, y: 500, text: 'van bram' }, bram);
    setNoteText(b, shared, 'samen, door bram aangevuld', bram);
    castVote(b, 'voterbram1', shared, bram);
    exchange(a, b);
    // Anna undoes everything she did, after Bram's work arrived.
    while (undoA.canUndo()) undoA.undo();
    exchange(a, b);
    for (const d of [a, b]) {
      const notes = readBoard(d).notes;
      expect(notes.map((n) => n.id).sort()).toEqual([shared, bramsNote].sort());
      expect(notes.find((n) => n.id === shared)).toMatchObject({ x: 0, y: 0, text: 'samen, door bram aangevuld' });
      expect(voteCounts(d)).toEqual(new Map([[shared, 1]]));
    }
    expect(readBoard(a)).toEqual(readBoard(b));
    expect(readBoard(a).notes.some((n) => n.id === annasNote)).toBe(false);
    undoA.destroy();
  });

  it('does not overwrite a move that someone else made after one\'s own', () => {
    const base = new Y.Doc();
    const id = addNote(base, { x: 0, y: 0 }, bram);
    const a = replicaOf(base);
    const b = replicaOf(base);
    const undoA = createUndoManager(a, anna, { captureTimeout: 0 });
    moveItem(a, id, 100, 100, anna);
    exchange(a, b);
    moveItem(b, id, 200, 200, bram); // Bram moves it further, after seeing Anna's move
    exchange(a, b);
    undoA.undo();
    exchange(a, b);
    expect(readBoard(a).notes[0]).toMatchObject({ x: 200, y: 200 });
    expect(readBoard(b)).toEqual(readBoard(a));
    undoA.destroy();
  });
});
