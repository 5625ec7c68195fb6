import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setActionText, setParty, submitActionPoints } from '../../shared/board/actionPoints.ts';
import { addArrow } from '../../shared/board/arrows.ts';
import { checkItem, checkWholeBoard } from '../../shared/board/boardSchema.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { itemsOf, metaOf, votesOf } from '../../shared/board/schema.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { applyTemplate } from '../../shared/board/templates.ts';
import { castVote, setVotesPerPerson } from '../../shared/board/votes.ts';
import { local } from './boardTestUtils.ts';

/** A board with every kind the model writes. */
function fullBoard(): Y.Doc {
  const doc = new Y.Doc();
  applyTemplate(doc, 'workshop', { caseText: 'Casus' }, local);
  const a = addNote(doc, { x: 10, y: 10, text: 'idee' }, local);
  const b = addTextLabel(doc, { x: 100, y: 10, text: 'label' }, local);
  addShape(doc, { shape: 'ellipse', x: 0, y: 0 }, local);
  addArrow(doc, { from: a, to: b }, local);
  addStroke(doc, { points: [0, 0, 10, 10, 20, 5] }, local);
  setVotesPerPerson(doc, 5, local);
  castVote(doc, 'voterabc123', a, local);
  setActionText(doc, 0, 'title', 'Actie', local);
  setParty(doc, 0, 'politie', true, local);
  submitActionPoints(doc, local);
  return doc;
}

const note = (fields: Record<string, unknown>): Y.Map<unknown> => {
  const doc = new Y.Doc();
  const item = new Y.Map<unknown>();
  itemsOf(doc).set('n1', item as Y.Map<unknown>);
  item.set('type', 'note');
  for (const [k, v] of Object.entries(fields)) item.set(k, v);
  return item;
};

describe('board schema (docs/board-schema.md, S1–S7)', () => {
  it('accepts everything the model writes', () => {
    expect(checkWholeBoard(fullBoard())).toEqual([]);
  });

  it('S1: refuses an unknown root', () => {
    const doc = fullBoard();
    doc.getMap('evil').set('x', 1);
    expect(checkWholeBoard(doc)).toEqual([{ reason: 'schema', path: 'evil' }]);
  });

  it('S2: refuses unknown keys, unknown kinds, bad values, rich text and over-long text', () => {
    expect(checkItem('n1', note({ x: 1, extra: 'x' }))?.reason).toBe('schema');
    expect(checkItem('n1', note({ x: Number.POSITIVE_INFINITY }))?.reason).toBe('schema');
    expect(checkItem('n1', note({ color: 'chartreuse' }))?.reason).toBe('schema');
    expect(checkItem('n1', note({ text: new Y.Text('x'.repeat(2001)) }))).toMatchObject({ reason: 'limit', limit: 'noteTextLength' });
    const rich = new Y.Text();
    const withEmbed = note({ text: rich });
    rich.insertEmbed(0, { image: 'x' });
    expect(checkItem('n1', withEmbed)?.reason).toBe('limit');
    expect(checkItem('bad id!', note({}))?.reason).toBe('schema');
    expect(checkItem('case', note({}))?.reason).toBe('schema');
  });

  it('S3–S5: refuses unknown meta keys, malformed votes and action-point values', () => {
    const doc = fullBoard();
    metaOf(doc).set('extra', 1);
    votesOf(doc).set('voterabc123:0', 'x'.repeat(100));
    expect(checkWholeBoard(doc).map((p) => p.path)).toEqual(['meta', 'votes']);
  });
});
