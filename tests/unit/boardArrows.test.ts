import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow, arrowCount } from '../../shared/board/arrows.ts';
import { arrowEnds, edgePoint } from '../../shared/board/geometry.ts';
import { addNote, deleteItem, moveItem } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { Limits } from '../../shared/limits.ts';
import { exchange, local, replicaOf } from './boardTestUtils.ts';

describe('(B4) arrows connect two items by id', () => {
  it('addArrow stores only the two ids; the reader puts the ends on the item edges', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local); // 200×140, centre (100, 70)
    const b = addNote(doc, { x: 400, y: 0 }, local); // centre (500, 70)
    const arrow = addArrow(doc, { from: a, to: b }, local)!;
    const stored = itemsOf(doc).get(arrow)!;
    expect([...stored.keys()].sort()).toEqual(['color', 'from', 'to', 'type', 'z']);
    expect(readBoard(doc).arrows).toEqual([{
      id: arrow, type: 'arrow', from: a, to: b, color: 'black', z: 3, start: { x: 200, y: 70 }, end: { x: 400, y: 70 },
    }]);
  });

  it('arrows follow their items when they move', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 400, y: 0 }, local);
    addArrow(doc, { from: a, to: b, color: 'red' }, local);
    moveItem(doc, b, 0, 400, local); // straight below a: centre (100, 470)
    expect(readBoard(doc).arrows[0]).toMatchObject({ color: 'red', start: { x: 100, y: 140 }, end: { x: 100, y: 400 } });
  });

  it('an arrow end on an ellipse lies on the ellipse', () => {
    const doc = new Y.Doc();
    const a = addShape(doc, { shape: 'ellipse', x: 0, y: 0, w: 200, h: 100 }, local);
    const b = addShape(doc, { shape: 'rect', x: 400, y: 400, w: 100, h: 100 }, local);
    addArrow(doc, { from: a, to: b }, local);
    const { start } = readBoard(doc).arrows[0]!;
    // On the ellipse ((x-100)/100)² + ((y-50)/50)² = 1.
    expect(((start.x - 100) / 100) ** 2 + ((start.y - 50) / 50) ** 2).toBeCloseTo(1, 9);
  });

  it('refuses an arrow to itself, to a missing item or to another arrow', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const ab = addArrow(doc, { from: a, to: b }, local)!;
    expect(addArrow(doc, { from: a, to: a }, local)).toBeNull();
    expect(addArrow(doc, { from: a, to: 'missing' }, local)).toBeNull();
    expect(addArrow(doc, { from: a, to: ab }, local)).toBeNull();
    expect(arrowCount(doc)).toBe(1);
  });

  it('deleting an item deletes its arrows with it, in the same transaction', () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    const c = addNote(doc, { x: 600, y: 0 }, local);
    addArrow(doc, { from: a, to: b }, local);
    const bc = addArrow(doc, { from: b, to: c }, local)!;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    deleteItem(doc, a, local);
    expect(transactions).toBe(1);
    expect(readBoard(doc).arrows.map((x) => x.id)).toEqual([bc]);
    expect(itemsOf(doc).size).toBe(3);
  });

  it('an arrow drawn to an item that another person deleted at the same time is not shown', () => {
    const base = new Y.Doc();
    const a = addNote(base, { x: 0, y: 0 }, local);
    const b = addNote(base, { x: 300, y: 0 }, local);
    const p = replicaOf(base);
    const q = replicaOf(base);
    addArrow(p, { from: a, to: b }, local);
    deleteItem(q, b, local);
    exchange(p, q);
    expect(readBoard(p).arrows).toEqual([]);
    expect(readBoard(q).arrows).toEqual([]);
    expect(readBoard(p)).toEqual(readBoard(q));
  });

  it(`refuses more than Limits.maxArrows (${Limits.maxArrows}) arrows`, () => {
    const doc = new Y.Doc();
    const a = addNote(doc, { x: 0, y: 0 }, local);
    const b = addNote(doc, { x: 300, y: 0 }, local);
    doc.transact(() => {
      for (let i = 0; i < Limits.maxArrows; i++) {
        const m = new Y.Map<unknown>();
        m.set('type', 'arrow');
        m.set('from', a);
        m.set('to', b);
        itemsOf(doc).set(`arrow${i}`, m);
      }
    });
    expect(() => addArrow(doc, { from: a, to: b }, local)).toThrow(
      expect.objectContaining({ name: 'BoardLimitError', limit: 'maxArrows' }),
    );
  });
});

describe('arrow geometry', () => {
  it('edgePoint leaves a rectangle through the side it points at', () => {
    const r = { x: 0, y: 0, w: 200, h: 100 };
    expect(edgePoint(r, 1, 0)).toEqual({ x: 200, y: 50 });
    expect(edgePoint(r, 0, -1)).toEqual({ x: 100, y: 0 });
    expect(edgePoint(r, 1, 1)).toEqual({ x: 150, y: 100 });
    expect(edgePoint(r, 0, 0)).toEqual({ x: 100, y: 50 });
  });

  it('degenerate boxes give the centre, never NaN', () => {
    const ends = arrowEnds({ x: 0, y: 0, w: 0, h: 0 }, { x: 10, y: 10, w: 0, h: 50 }, true, true);
    expect(Object.values(ends.start).concat(Object.values(ends.end)).every(Number.isFinite)).toBe(true);
  });
});
