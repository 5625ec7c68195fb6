import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { checkBoardLimits } from '../../shared/board/checkLimits.ts';
import { BoardLimitError } from '../../shared/board/errors.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { BoardLimitError as FromNotes, addNote } from '../../shared/board/notes.ts';
import { CASE_CARD_ID, itemsOf, votesOf } from '../../shared/board/schema.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { Limits } from '../../shared/limits.ts';
import { local } from './boardTestUtils.ts';

function fullBoard(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (let i = 0; i < Limits.maxItems; i++) itemsOf(doc).set(`filler${i}`, new Y.Map());
  });
  return doc;
}

function rawItem(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  itemsOf(doc).set(id, m);
}

describe('(B12) limits', () => {
  it('BoardLimitError is one class, also reachable from notes.ts as before', () => {
    expect(FromNotes).toBe(BoardLimitError);
  });

  it(`every creating function refuses past Limits.maxItems (${Limits.maxItems}) and writes nothing`, () => {
    const doc = fullBoard();
    const a = 'filler0';
    const creators: [string, () => unknown][] = [
      ['addNote', () => addNote(doc, { x: 0, y: 0 }, local)],
      ['addTextLabel', () => addTextLabel(doc, { x: 0, y: 0 }, local)],
      ['addShape', () => addShape(doc, { shape: 'rect', x: 0, y: 0 }, local)],
      ['addStroke', () => addStroke(doc, { points: [0, 0] }, local)],
      ['addSection', () => addSection(doc, { x: 0, y: 0 }, local)],
      ['setCaseText', () => setCaseText(doc, 'casus', local)],
      ['applyTemplate', () => applyTemplate(doc, 'workshop', {}, local)],
    ];
    for (const [name, create] of creators) {
      expect(create, name).toThrow(expect.objectContaining({ name: 'BoardLimitError', limit: 'maxItems' }));
    }
    rawItem(doc, a, { type: 'note' });
    itemsOf(doc).delete('filler1');
    rawItem(doc, 'filler1', { type: 'note' });
    expect(() => addArrow(doc, { from: a, to: 'filler1' }, local)).toThrow(expect.objectContaining({ limit: 'maxItems' }));
    expect(itemsOf(doc).size).toBe(Limits.maxItems);
  });

  it('checkBoardLimits is empty for a board within its limits', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'workshop', { caseText: 'casus' }, local);
    addNote(doc, { x: 0, y: 0, text: 'x'.repeat(Limits.noteTextLength) }, local);
    expect(checkBoardLimits(doc)).toEqual([]);
  });

  it('checkBoardLimits lists every limit a (hostile) board breaks', () => {
    const doc = fullBoard();
    doc.transact(() => {
      rawItem(doc, 'note', { type: 'note', text: new Y.Text('x'.repeat(Limits.noteTextLength + 1)) });
      rawItem(doc, 'label', { type: 'text', text: 'x'.repeat(Limits.labelTextLength + 1) });
      rawItem(doc, 'section', { type: 'section', title: new Y.Text('x'.repeat(Limits.sectionTitleLength + 1)) });
      rawItem(doc, CASE_CARD_ID, { type: 'case', text: new Y.Text('x'.repeat(Limits.caseTextLength + 1)) });
      rawItem(doc, 'stroke', { type: 'stroke', points: new Array((Limits.maxStrokePoints + 1) * 2).fill(0) });
      for (let i = 0; i <= Limits.maxArrows; i++) rawItem(doc, `arrow${i}`, { type: 'arrow', from: 'a', to: 'b' });
      for (let i = 0; i <= Limits.maxVoteEntries; i++) votesOf(doc).set(`voter${i}:0`, 'note');
      doc.getMap('meta').set('votesPerPerson', Limits.maxVotesPerPerson + 1);
    });
    const found = checkBoardLimits(doc);
    expect(found.map((v) => v.limit).sort()).toEqual([
      'caseTextLength', 'labelTextLength', 'maxArrows', 'maxItems', 'maxStrokePoints', 'maxVoteEntries',
      'maxVotesPerPerson', 'noteTextLength', 'sectionTitleLength',
    ]);
    expect(found.find((v) => v.limit === 'noteTextLength')).toEqual({
      limit: 'noteTextLength', itemId: 'note', actual: Limits.noteTextLength + 1, max: Limits.noteTextLength,
    });
    expect(found.find((v) => v.limit === 'maxItems')?.actual).toBe(itemsOf(doc).size);
  });
});
