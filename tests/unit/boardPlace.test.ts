import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { addNote, readNotes } from '../../shared/board/notes.ts';
import { placeItems } from '../../shared/board/placeItems.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { Limits } from '../../shared/limits.ts';
import { exchange, local, recordOrigins, replicaOf } from './boardTestUtils.ts';

describe('placeItems', () => {
  it('writes absolute, rounded positions of several items in one transaction (B1, B3)', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const stroke = addStroke(doc, { points: [0, 500, 10, 510] }, local)!;
    const origins = recordOrigins(doc);
    const n = placeItems(doc, [{ id: a, x: 10.4, y: 20.6 }, { id: b, x: 310, y: -5 }, { id: stroke, x: 7, y: 8 }], local);
    expect(n).toBe(3);
    expect(origins).toEqual([local]);
    const board = readBoard(doc);
    expect(board.notes.map((note) => [note.x, note.y])).toEqual([[10, 21], [310, -5]]);
    expect(board.strokes[0]).toMatchObject({ x: 7, y: 8, points: [0, 0, 10, 10] });
  });

  it('skips unknown ids, arrows and unchanged positions, and writes nothing when nothing changes', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const arrow = addArrow(doc, { from: a, to: b }, local)!;
    const origins = recordOrigins(doc);
    expect(placeItems(doc, [{ id: 'nope', x: 1, y: 1 }, { id: arrow, x: 5, y: 5 }, { id: a, x: 0, y: 0 }], local)).toBe(0);
    expect(origins).toEqual([]);
    expect(itemsOf(doc).get(arrow)?.has('x')).toBe(false);
  });

  it('clamps to the board extent and keeps the old coordinate for a non-finite one', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 40, y: 50 }, local);
    placeItems(doc, [{ id: a, x: Number.NaN, y: 1e12 }], local);
    expect(readNotes(doc)[0]).toMatchObject({ x: 40, y: Limits.boardExtent });
  });

  it('does not take along what it was not given: a placed section leaves its members (the caller expands)', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 600, h: 600 }, local);
    const member = addNote(doc, { x: 10, y: 10 }, local);
    placeItems(doc, [{ id: s, x: 100, y: 0 }], local);
    expect(readBoard(doc).notes[0]).toMatchObject({ id: member, x: 10, y: 10 });
  });

  it('two people placing one note at once end at one of their two positions on both replicas', () => {
    const a = new Y.Doc();
    const id = addNote(a, { x: 0, y: 0 }, local);
    const b = replicaOf(a);
    placeItems(a, [{ id, x: 100, y: 100 }], local);
    placeItems(b, [{ id, x: 200, y: 50 }], { kind: 'local' });
    exchange(a, b);
    const pa = readNotes(a)[0]!;
    const pb = readNotes(b)[0]!;
    expect([pa.x, pa.y]).toEqual([pb.x, pb.y]);
    expect([[100, 100], [200, 50]]).toContainEqual([pa.x, pa.y]);
  });
});
