import { describe, expect, it } from 'vitest';
import { buildBenchDoc } from '../../client/src/board/canvas/bench/benchDoc.ts';
import { checkBoardLimits } from '../../shared/board/checkLimits.ts';
import { readBoard } from '../../shared/board/readBoard.ts';

describe('the canvas benchmark board (client/src/board/canvas/bench/benchDoc.ts)', () => {
  it('is a valid version-1 board that the model reads back whole', () => {
    const doc = buildBenchDoc({ notes: 2000, strokes: 200, points: 50 });
    const board = readBoard(doc);
    expect(board.notes).toHaveLength(2000);
    expect(board.strokes).toHaveLength(200);
    expect(board.strokes.every((s) => s.points.length === 100)).toBe(true);
    expect(board.notes.every((n) => n.text.split('\n').length === 2)).toBe(true);
    expect(new Set([...board.notes, ...board.strokes].map((i) => i.z)).size).toBe(2200);
    expect(checkBoardLimits(doc)).toEqual([]);
  });

  it('is the same board on every build (seeded)', () => {
    const a = readBoard(buildBenchDoc({ notes: 20, strokes: 5, points: 10 }));
    const b = readBoard(buildBenchDoc({ notes: 20, strokes: 5, points: 10 }));
    expect(a).toEqual(b);
  });
});
