import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import * as model from '../../shared/board/index.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { itemsOf } from '../../shared/board/schema.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { local } from './boardTestUtils.ts';

describe('readBoard', () => {
  it('returns every kind as plain data, each list back to front, members tagged with their section', () => {
    const doc = new Y.Doc();
    applyTemplate(doc, 'workshop', { caseText: 'Casus' }, local);
    const first = readBoard(doc).sections[0]!;
    const inFirst = addNote(doc, { x: first.x + 20, y: first.y + 20, text: 'in sectie' }, local);
    const loose = addNote(doc, { x: -1000, y: -1000, text: 'los' }, local);
    addTextLabel(doc, { x: first.x + 20, y: first.y + 400, text: 'label' }, local);
    addShape(doc, { shape: 'rect', x: -500, y: -500 }, local);
    addStroke(doc, { points: [first.x + 50, first.y + 50, first.x + 60, first.y + 60] }, local);
    addArrow(doc, { from: inFirst, to: loose }, local);
    const board = readBoard(doc);
    expect(board.caseCard?.text).toBe('Casus');
    expect(board.sections).toHaveLength(4);
    expect(board.notes.map((n) => [n.text, n.section])).toEqual([['in sectie', first.id], ['los', null]]);
    expect(board.texts[0]?.section).toBe(first.id);
    expect(board.shapes[0]?.section).toBeNull();
    expect(board.strokes[0]?.section).toBe(first.id);
    expect(board.arrows).toHaveLength(1);
    // Plain data: survives JSON unchanged, holds no Yjs types.
    expect(JSON.parse(JSON.stringify(board))).toEqual(board);
  });

  it('orders equal z by id, the same on every replica', () => {
    const doc = new Y.Doc();
    for (const id of ['b', 'a', 'c']) {
      const m = new Y.Map<unknown>();
      m.set('type', 'note');
      m.set('z', 5);
      itemsOf(doc).set(id, m);
    }
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('(B2) skips what it cannot read and never throws on hostile data', () => {
    const doc = new Y.Doc();
    const items = doc.getMap<unknown>('items');
    doc.transact(() => {
      items.set('str', 'x');
      items.set('nul', null);
      items.set('arr', new Y.Array());
      const unknown = new Y.Map<unknown>();
      unknown.set('type', 'hologram');
      items.set('unknown', unknown);
      const strayCase = new Y.Map<unknown>();
      strayCase.set('type', 'case');
      items.set('not-the-case-id', strayCase);
      const section = new Y.Map<unknown>();
      section.set('type', 'section');
      section.set('w', Number.NaN);
      section.set('title', 7);
      items.set('sec', section);
      const dangling = new Y.Map<unknown>();
      dangling.set('type', 'arrow');
      dangling.set('from', 'sec');
      dangling.set('to', 'gone');
      items.set('dangling', dangling);
      doc.getMap('votes').set('junk', { a: 1 });
      doc.getMap('meta').set('template', { evil: true });
    });
    let board = readBoard(new Y.Doc());
    expect(() => { board = readBoard(doc); }).not.toThrow();
    expect(board.caseCard).toBeNull();
    expect(board.arrows).toEqual([]);
    expect(board.sections).toEqual([{ id: 'sec', type: 'section', x: 0, y: 0, w: 600, h: 900, title: '', z: 0 }]);
    expect(model.voteCounts(doc)).toEqual(new Map());
    expect(model.boardTemplate(doc)).toBeNull();
  });
});

describe('index', () => {
  it('exports the model functions from one place', () => {
    for (const name of [
      'addNote', 'addTextLabel', 'addShape', 'addArrow', 'addStroke', 'addSection', 'setCaseText', 'applyTemplate',
      'readBoard', 'moveItems', 'deleteItems', 'duplicateItems', 'serializeItems', 'pasteItems', 'bringToFront',
      'castVote', 'retractVote', 'voteCounts', 'votesLeft', 'setVotesPerPerson', 'revealPrivateNotes',
      'createUndoManager', 'checkBoardLimits', 'migrateBoard', 'sectionOf', 'moveSection', 'resizeItem',
    ]) expect(typeof (model as Record<string, unknown>)[name], name).toBe('function');
  });
});
