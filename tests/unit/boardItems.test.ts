import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTextLabel, setLabelText } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { readItem } from '../../shared/board/readers.ts';
import { resizeItem } from '../../shared/board/resize.ts';
import {
  BOARD_SCHEMA_VERSION, FONT_SIZE, SHAPE_SIZE, STROKE_WIDTH, TEXT_SIZE, itemsOf, metaOf,
} from '../../shared/board/schema.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { setItemColor, setItemWeight } from '../../shared/board/style.ts';
import { replaceText } from '../../shared/board/textEdit.ts';
import { Limits } from '../../shared/limits.ts';
import { local, recordOrigins, recordUpdates } from './boardTestUtils.ts';

describe('text labels', () => {
  it('addTextLabel stores a label with defaults and a Y.Text', () => {
    const doc = new Y.Doc();
    const id = addTextLabel(doc, { x: 10.4, y: -5.6, text: 'Gemeente' }, local);
    expect(readBoard(doc).texts).toEqual([{
      id, type: 'text', x: 10, y: -6, w: TEXT_SIZE.w, h: TEXT_SIZE.h, color: 'black',
      fontSize: FONT_SIZE.default, z: 1, text: 'Gemeente', section: null,
    }]);
    expect(itemsOf(doc).get(id)?.get('text')).toBeInstanceOf(Y.Text);
    expect(metaOf(doc).get('schemaVersion')).toBe(BOARD_SCHEMA_VERSION);
  });

  it('addTextLabel clamps the font size and refuses a bad colour', () => {
    const doc = new Y.Doc();
    addTextLabel(doc, { x: 0, y: 0, fontSize: 500, color: 'neon' as never }, local);
    addTextLabel(doc, { x: 0, y: 0, fontSize: Number.NaN, color: 'red' }, local);
    expect(readBoard(doc).texts.map((t) => [t.fontSize, t.color])).toEqual([[FONT_SIZE.max, 'black'], [FONT_SIZE.default, 'red']]);
  });

  it('setLabelText edits in place and refuses a text over Limits.labelTextLength', () => {
    const doc = new Y.Doc();
    const id = addTextLabel(doc, { x: 0, y: 0, text: 'Politie' }, local);
    setLabelText(doc, id, 'Wijkagent politie', local);
    expect(readBoard(doc).texts[0]?.text).toBe('Wijkagent politie');
    expect(() => setLabelText(doc, id, 'x'.repeat(Limits.labelTextLength + 1), local)).toThrow(
      expect.objectContaining({ name: 'BoardLimitError', limit: 'labelTextLength' }),
    );
    expect(() => addTextLabel(doc, { x: 0, y: 0, text: 'x'.repeat(Limits.labelTextLength + 1) }, local)).toThrow();
    expect(readBoard(doc).texts).toHaveLength(1);
  });
});

describe('shapes', () => {
  it('addShape stores a rectangle or ellipse with size and fill', () => {
    const doc = new Y.Doc();
    const r = addShape(doc, { shape: 'rect', x: 0, y: 0 }, local);
    const e = addShape(doc, { shape: 'ellipse', x: 5, y: 5, w: 300, h: 100, fill: 'pink' }, local);
    expect(readBoard(doc).shapes).toEqual([
      { id: r, type: 'shape', shape: 'rect', x: 0, y: 0, w: SHAPE_SIZE.w, h: SHAPE_SIZE.h, fill: 'white', z: 1, section: null },
      { id: e, type: 'shape', shape: 'ellipse', x: 5, y: 5, w: 300, h: 100, fill: 'pink', z: 2, section: null },
    ]);
  });

  it('addShape falls back to a rectangle, a white fill and valid sizes for bad input', () => {
    const doc = new Y.Doc();
    addShape(doc, { shape: 'star' as never, x: 0, y: 0, w: -5, h: 1e9, fill: 'plaid' as never }, local);
    expect(readBoard(doc).shapes[0]).toMatchObject({ shape: 'rect', w: Limits.minItemSize, h: Limits.maxItemSize, fill: 'white' });
  });
});

describe('freehand strokes', () => {
  it('addStroke stores the raw points relative to the top-left, in tenths', () => {
    const doc = new Y.Doc();
    const id = addStroke(doc, { points: [100, 200, 110.04, 205.06, 90, 220], color: 'red', width: 6 }, local);
    const stroke = readBoard(doc).strokes[0];
    expect(stroke).toMatchObject({ id, type: 'stroke', x: 90, y: 200, points: [10, 0, 20, 5.1, 0, 20], color: 'red', width: 6 });
    // Bounds include half the pen width on each side.
    expect(stroke?.bounds).toEqual({ x: 87, y: 197, w: 26, h: 26 });
  });

  it('addStroke skips non-finite points and returns null when none is left', () => {
    const doc = new Y.Doc();
    expect(addStroke(doc, { points: [Number.NaN, 1, 2, Number.POSITIVE_INFINITY] }, local)).toBeNull();
    expect(addStroke(doc, { points: [] }, local)).toBeNull();
    expect(itemsOf(doc).size).toBe(0);
    addStroke(doc, { points: [0, 0, Number.NaN, 5, 10, 10, 7] }, local);
    expect(readBoard(doc).strokes[0]?.points).toEqual([0, 0, 10, 10]);
    expect(readBoard(doc).strokes[0]?.width).toBe(STROKE_WIDTH.default);
  });

  it(`refuses more than Limits.maxStrokePoints (${Limits.maxStrokePoints}) points`, () => {
    const doc = new Y.Doc();
    const points = (n: number) => Array.from({ length: n * 2 }, (_, i) => i);
    expect(addStroke(doc, { points: points(Limits.maxStrokePoints) }, local)).not.toBeNull();
    expect(() => addStroke(doc, { points: points(Limits.maxStrokePoints + 1) }, local)).toThrow(
      expect.objectContaining({ name: 'BoardLimitError', limit: 'maxStrokePoints' }),
    );
    expect(itemsOf(doc).size).toBe(1);
  });
});

describe('resizeItem', () => {
  it('resizes a note, and moves its corner when x/y are given', () => {
    const doc = new Y.Doc();
    const id = addNote(doc, { x: 100, y: 100 }, local);
    resizeItem(doc, id, { w: 320.4, h: 180 }, local);
    expect(readBoard(doc).notes[0]).toMatchObject({ x: 100, y: 100, w: 320, h: 180 });
    resizeItem(doc, id, { x: 50, y: 60, w: 370, h: 220 }, local);
    expect(readBoard(doc).notes[0]).toMatchObject({ x: 50, y: 60, w: 370, h: 220 });
  });

  it('clamps to the item size range, keeps the old size for non-finite values', () => {
    const doc = new Y.Doc();
    const id = addShape(doc, { shape: 'rect', x: 0, y: 0, w: 100, h: 100 }, local);
    resizeItem(doc, id, { w: 0, h: Number.NaN }, local);
    expect(readBoard(doc).shapes[0]).toMatchObject({ w: Limits.minItemSize, h: 100 });
  });

  it('ignores strokes, arrows and unknown ids, writing nothing', () => {
    const doc = new Y.Doc();
    const s = addStroke(doc, { points: [0, 0, 10, 10] }, local)!;
    const updates = recordUpdates(doc);
    resizeItem(doc, s, { w: 100, h: 100 }, local);
    resizeItem(doc, 'nope', { w: 100, h: 100 }, local);
    expect(updates).toHaveLength(0);
  });
});

describe('setItemColor and setItemWeight', () => {
  it('checks the colour against the palette of the item kind', () => {
    const doc = new Y.Doc();
    const note = addNote(doc, { x: 0, y: 0 }, local);
    const shape = addShape(doc, { shape: 'rect', x: 0, y: 0 }, local);
    const label = addTextLabel(doc, { x: 0, y: 0 }, local);
    expect(setItemColor(doc, note, 'pink', local)).toBe(true);
    expect(setItemColor(doc, note, 'red', local)).toBe(false); // ink, not a note colour
    expect(setItemColor(doc, shape, 'none', local)).toBe(true);
    expect(setItemColor(doc, label, 'blue', local)).toBe(true);
    expect(setItemColor(doc, 'nope', 'blue', local)).toBe(false);
    const board = readBoard(doc);
    expect([board.notes[0]?.color, board.shapes[0]?.fill, board.texts[0]?.color]).toEqual(['pink', 'none', 'blue']);
  });

  it('sets a label font size or a stroke width, clamped', () => {
    const doc = new Y.Doc();
    const label = addTextLabel(doc, { x: 0, y: 0 }, local);
    const stroke = addStroke(doc, { points: [0, 0, 5, 5] }, local)!;
    setItemWeight(doc, label, 4, local);
    setItemWeight(doc, stroke, 12.5, local);
    expect(readBoard(doc).texts[0]?.fontSize).toBe(FONT_SIZE.min);
    expect(readBoard(doc).strokes[0]?.width).toBe(12.5);
  });

  it('(B1) every creating and updating function is one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins = recordOrigins(doc);
    const o = { kind: 'local' as const, userId: 'u1' };
    const label = addTextLabel(doc, { x: 0, y: 0 }, o);
    setLabelText(doc, label, 'a', o);
    addShape(doc, { shape: 'ellipse', x: 0, y: 0 }, o);
    addStroke(doc, { points: [0, 0, 1, 1] }, o);
    resizeItem(doc, label, { w: 300, h: 60 }, o);
    setItemColor(doc, label, 'red', o);
    setItemWeight(doc, label, 30, o);
    expect(origins).toHaveLength(7);
    for (const origin of origins) expect(origin).toBe(o);
  });
});

describe('replaceText', () => {
  it('keeps surrogate pairs whole when one emoji replaces another', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'a😀b');
    replaceText(text, 'a😃b');
    expect(text.toString()).toBe('a😃b');
    replaceText(text, 'a🈀b'); // shares the second half with 😀, not the first
    expect(text.toString()).toBe('a🈀b');
    replaceText(text, 'a🈀🈀b');
    expect(text.toString()).toBe('a🈀🈀b');
    // Survives an encode/decode round trip (a split pair would come back as U+FFFD).
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    expect(copy.getText('t').toString()).toBe('a🈀🈀b');
  });
});

describe('(B2) readers tolerate hostile items', () => {
  it('readItem returns null for what it cannot read and defaults for bad fields', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    const put = (id: string, fields: Record<string, unknown>) => {
      const m = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) m.set(k, v);
      items.set(id, m);
    };
    doc.transact(() => {
      put('shape', { type: 'shape', shape: 'hexagon', x: 'a', w: -10, fill: 3 });
      put('stroke-bad', { type: 'stroke', points: 'nope' });
      put('stroke-mixed', { type: 'stroke', points: [0, 0, 'x', 1, 5, 5, Number.NaN], width: 900 });
      put('arrow-self', { type: 'arrow', from: 'a', to: 'a' });
      put('arrow-bad', { type: 'arrow', from: 1, to: null });
      put('text', { type: 'text', text: new Y.Map(), fontSize: -1 });
    });
    expect(readItem('shape', items.get('shape'))).toMatchObject({ shape: 'rect', x: 0, w: 0, h: SHAPE_SIZE.h, fill: 'white' });
    expect(readItem('stroke-bad', items.get('stroke-bad'))).toBeNull();
    expect(readItem('stroke-mixed', items.get('stroke-mixed'))).toMatchObject({ points: [0, 0, 5, 5], width: STROKE_WIDTH.max });
    expect(readItem('arrow-self', items.get('arrow-self'))).toBeNull();
    expect(readItem('arrow-bad', items.get('arrow-bad'))).toBeNull();
    expect(readItem('text', items.get('text'))).toMatchObject({ text: '', fontSize: FONT_SIZE.min });
    expect(readItem('x', 'string')).toBeNull();
    expect(() => readBoard(doc)).not.toThrow();
  });
});
