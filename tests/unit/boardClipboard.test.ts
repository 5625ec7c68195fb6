import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { PASTE_OFFSET, pasteItems, serializeItems } from '../../shared/board/clipboard.ts';
import { CLIPBOARD_FORMAT, CLIPBOARD_VERSION, parseClipboard, type ClipboardData } from '../../shared/board/clipboardFormat.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { CASE_CARD_ID, itemsOf } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { Limits } from '../../shared/limits.ts';
import { local, recordOrigins } from './boardTestUtils.ts';

/** A board with one of each copyable kind and an arrow between two notes. */
function sampleBoard() {
  const doc = new Y.Doc();
  const a = addNote(doc, { x: 100, y: 100, text: 'Buren praten niet', color: 'blue' }, local);
  const b = addNote(doc, { x: 400, y: 100, text: 'Melding blijft liggen' }, local);
  const arrow = addArrow(doc, { from: a, to: b, color: 'red' }, local)!;
  const label = addTextLabel(doc, { x: 100, y: 50, text: 'Oorzaken' }, local);
  const shape = addShape(doc, { shape: 'ellipse', x: 700, y: 100, fill: 'green' }, local);
  const stroke = addStroke(doc, { points: [100, 300, 150, 320] }, local)!;
  setCaseText(doc, 'Casus', local);
  return { doc, a, b, arrow, label, shape, stroke };
}

describe('(B9) clipboard', () => {
  it('serializeItems gives JSON-safe plain data, back to front, without the case card', () => {
    const { doc, a, b, arrow, label, shape, stroke } = sampleBoard();
    const data = serializeItems(doc, [a, b, label, shape, stroke, CASE_CARD_ID]);
    expect(data.format).toBe(CLIPBOARD_FORMAT);
    expect(data.version).toBe(CLIPBOARD_VERSION);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    // The arrow between two copied notes comes along by itself.
    expect(data.items.map((i) => i.id)).toEqual([a, b, arrow, label, shape, stroke]);
    expect(data.items[0]).toEqual({ id: a, type: 'note', x: 100, y: 100, w: 200, h: 140, color: 'blue', text: 'Buren praten niet' });
  });

  it('leaves out a selected arrow whose other end is not copied', () => {
    const { doc, a, arrow } = sampleBoard();
    expect(serializeItems(doc, [a, arrow]).items.map((i) => i.type)).toEqual(['note']);
  });

  it('pastes on another board with new ids, arrows remapped, at the given point', () => {
    const { doc, a, b, label } = sampleBoard();
    const data = JSON.parse(JSON.stringify(serializeItems(doc, [a, b, label]))) as ClipboardData;
    const target = new Y.Doc();
    addNote(target, { x: 0, y: 0, text: 'al hier' }, local);
    const origins = recordOrigins(target);
    const ids = pasteItems(target, data, { x: 1000, y: 1000 }, local);
    expect(origins).toEqual([local]);
    expect(ids).toHaveLength(4);
    for (const id of ids) expect([a, b, label]).not.toContain(id);
    const board = readBoard(target);
    // Top-left of the copy (the label at 100,50) lands on (1000, 1000); the rest keeps its layout.
    expect(board.texts[0]).toMatchObject({ x: 1000, y: 1000, text: 'Oorzaken' });
    const pasted = board.notes.filter((n) => ids.includes(n.id));
    expect(pasted.map((n) => [n.x, n.y, n.text])).toEqual([[1000, 1050, 'Buren praten niet'], [1300, 1050, 'Melding blijft liggen']]);
    const arrow = board.arrows[0]!;
    expect([arrow.from, arrow.to]).toEqual([pasted[0]!.id, pasted[1]!.id]);
    expect(arrow.color).toBe('red');
    // Stacked above what the target board had.
    expect(Math.min(...pasted.map((n) => n.z))).toBeGreaterThan(board.notes.find((n) => n.text === 'al hier')!.z);
  });

  it('pastes twice as two independent copies; without a point at PASTE_OFFSET', () => {
    const { doc, a } = sampleBoard();
    const data = serializeItems(doc, [a]);
    const first = pasteItems(doc, data, null, local);
    const second = pasteItems(doc, data, null, local);
    expect(first[0]).not.toBe(second[0]);
    expect(readBoard(doc).notes.find((n) => n.id === first[0])).toMatchObject({ x: 100 + PASTE_OFFSET, y: 100 + PASTE_OFFSET });
  });

  it('drops an arrow whose end is not in the pasted data', () => {
    const data: ClipboardData = {
      format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items: [
        { id: 'n1', type: 'note', x: 0, y: 0, w: 200, h: 140, color: 'yellow', text: '' },
        { id: 'ar', type: 'arrow', from: 'n1', to: 'elsewhere', color: 'black' },
      ],
    };
    const doc = new Y.Doc();
    expect(pasteItems(doc, data, null, local)).toHaveLength(1);
    expect(readBoard(doc).arrows).toEqual([]);
  });

  it('copies a section with its members and keeps strokes and shapes intact', () => {
    const doc = new Y.Doc();
    const s = addSection(doc, { x: 0, y: 0, w: 400, h: 400, title: 'Wat speelt er?' }, local);
    addNote(doc, { x: 10, y: 10, text: 'binnen' }, local);
    addStroke(doc, { points: [20, 20, 30, 35] }, local);
    const target = new Y.Doc();
    pasteItems(target, serializeItems(doc, [s]), { x: 0, y: 0 }, local);
    const board = readBoard(target);
    expect(board.sections[0]?.title).toBe('Wat speelt er?');
    expect(board.notes[0]).toMatchObject({ text: 'binnen', section: board.sections[0]?.id });
    expect(board.strokes[0]).toMatchObject({ x: 20, y: 20, points: [0, 0, 10, 15] });
  });

  it('parseClipboard refuses foreign data and skips malformed items', () => {
    expect(parseClipboard('hallo')).toEqual({ ok: false, reason: 'notWerkbord' });
    expect(parseClipboard({ format: 'other', version: 1, items: [] })).toEqual({ ok: false, reason: 'notWerkbord' });
    expect(parseClipboard({ format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items: [{ type: 'note' }] }))
      .toEqual({ ok: false, reason: 'empty' });
    const parsed = parseClipboard({
      format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items: [
        { id: 'x', type: 'note', x: 0, y: 0, w: 1, h: 1, color: 'yellow', text: 'ok' },
        { id: 'y', type: 'note', x: 'a', y: 0, w: 1, h: 1, color: 'yellow', text: 'bad x' },
        { id: 'z', type: 'rocket' },
      ],
    });
    expect(parsed.ok && parsed.value.items.map((i) => i.id)).toEqual(['x']);
  });

  it('pasting hostile data: repeated ids are written once, sizes clamped, limits enforced', () => {
    const doc = new Y.Doc();
    const note = { type: 'note' as const, x: 0, y: 0, w: 1e9, h: -4, color: 'yellow' as const, text: 'a' };
    const ids = pasteItems(doc, {
      format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION, items: [{ id: 'same', ...note }, { id: 'same', ...note }],
    }, null, local);
    expect(ids).toHaveLength(1);
    expect(readBoard(doc).notes[0]).toMatchObject({ w: Limits.maxItemSize, h: Limits.minItemSize });
    expect(() => pasteItems(doc, {
      format: CLIPBOARD_FORMAT, version: CLIPBOARD_VERSION,
      items: [{ id: 'long', ...note, text: 'x'.repeat(Limits.noteTextLength + 1) }],
    }, null, local)).toThrow(expect.objectContaining({ limit: 'noteTextLength' }));
    expect(itemsOf(doc).size).toBe(1);
  });

  it(`refuses a paste that would pass Limits.maxItems, writing nothing`, () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < Limits.maxItems - 1; i++) itemsOf(doc).set(`filler${i}`, new Y.Map());
    });
    const source = new Y.Doc();
    const a = addNote(source, { x: 0, y: 0 }, local);
    const b = addNote(source, { x: 0, y: 0 }, local);
    expect(() => pasteItems(doc, serializeItems(source, [a, b]), null, local)).toThrow(
      expect.objectContaining({ limit: 'maxItems' }),
    );
    expect(itemsOf(doc).size).toBe(Limits.maxItems - 1);
  });
});
