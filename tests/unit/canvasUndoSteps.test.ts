import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard } from '../../shared/board/readBoard.ts';
import { createUndoManager } from '../../shared/board/undo.ts';
import { voteCounts } from '../../shared/board/votes.ts';
import { LOCAL } from '../../client/src/board/actions.ts';
import { BoardScene } from '../../client/src/board/canvas/BoardScene.ts';
import { canvasActions } from '../../client/src/board/canvas/canvasActions.ts';

/*
 * The canvas's edits and undo (client/src/board/canvas/canvasActions.ts, `undoStep`). Yjs
 * merges changes less than half a second apart into one undo step. A keyboard user presses
 * keys faster than that: arrow keys, then Delete. Each add, delete and vote is a step of its
 * own, so ctrl+Z takes back only the delete; moves by arrow keys and typing still merge.
 */

function setUp(withSteps: boolean) {
  const doc = new Y.Doc();
  // An hour: without undoStep every change in this test would merge into one step.
  const undo = createUndoManager(doc, LOCAL, { captureTimeout: 3_600_000 });
  const scene = new BoardScene(doc);
  const actions = canvasActions(scene, {
    writeDoc: () => doc,
    onLimit: () => {},
    ...(withSteps ? { undoStep: () => undo.stopCapturing() } : {}),
  });
  return { doc, undo, actions };
}

describe('canvas actions as undo steps', () => {
  it('ctrl+Z right after moving and deleting brings the item back where it was moved to', () => {
    const { doc, undo, actions } = setUp(true);
    const rect = actions.addShape('rect', { x: 0, y: 0, w: 160, h: 120 })!;
    actions.moveBy([rect], 10, 0);
    actions.moveBy([rect], 10, 0);
    actions.remove([rect]);
    expect(readBoard(doc).shapes).toEqual([]);
    undo.undo();
    expect(readBoard(doc).shapes.map((s) => [s.id, s.x])).toEqual([[rect, 20]]);
    // The two moves were one step; the add the next.
    undo.undo();
    expect(readBoard(doc).shapes.map((s) => s.x)).toEqual([0]);
    undo.undo();
    expect(readBoard(doc).shapes).toEqual([]);
  });

  it('a note, its text, a vote and an arrow undo one at a time', () => {
    const { doc, undo, actions } = setUp(true);
    const a = actions.addNote({ x: 0, y: 0 })!;
    actions.setText(a, 'B');
    actions.setText(a, 'Bu');
    const b = actions.addNote({ x: 400, y: 0 })!;
    expect(actions.vote('voter1abc', a)?.ok).toBe(true);
    const arrow = actions.addArrow(a, b)!;
    undo.undo();
    expect(readBoard(doc).arrows).toEqual([]);
    undo.undo();
    expect(voteCounts(doc).get(a)).toBeUndefined();
    undo.undo();
    expect(readBoard(doc).notes.map((n) => n.id)).toEqual([a]);
    undo.undo();
    expect(readBoard(doc).notes.map((n) => n.text)).toEqual(['']);
    expect(arrow).toBeTruthy();
  });

  it('without the steps (the old behaviour) a quick delete undoes together with the moves', () => {
    const { doc, undo, actions } = setUp(false);
    const rect = actions.addShape('rect', { x: 0, y: 0, w: 160, h: 120 })!;
    actions.moveBy([rect], 10, 0);
    actions.remove([rect]);
    undo.undo();
    // Everything was one step: the rectangle is not back at all.
    expect(readBoard(doc).shapes).toEqual([]);
  });
});
