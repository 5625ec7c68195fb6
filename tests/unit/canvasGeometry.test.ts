import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { addNote } from '../../shared/board/notes.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { BoardScene } from '../../client/src/board/canvas/BoardScene.ts';
import {
  boardToScreen, fitCamera, parseCamera, screenToBoard, visibleRect, zoomAt,
} from '../../client/src/board/canvas/camera.ts';
import { handleAt, itemAt, itemsInRect, resizeRect, strokesNear } from '../../client/src/board/canvas/hitTest.ts';
import type { Measurer } from '../../client/src/board/canvas/textLayout.ts';
import { wrapLines as wrapText } from '../../shared/render/textWrap.ts';
import { local } from './boardTestUtils.ts';

const view = { w: 1000, h: 600 };

describe('camera', () => {
  it('maps board and screen points both ways; the camera point is the centre of the view', () => {
    const cam = { x: 100, y: 50, z: 2 };
    expect(boardToScreen(cam, view, { x: 100, y: 50 })).toEqual({ x: 500, y: 300 });
    expect(screenToBoard(cam, view, boardToScreen(cam, view, { x: 7, y: -3 }))).toEqual({ x: 7, y: -3 });
    expect(visibleRect(cam, view)).toEqual({ x: -150, y: -100, w: 500, h: 300 });
  });

  it('zooms around the pointer: the board point under it stays there', () => {
    const cam = { x: 0, y: 0, z: 1 };
    const at = { x: 800, y: 100 };
    const before = screenToBoard(cam, view, at);
    const next = zoomAt(cam, view, at, 1.5);
    expect(next.z).toBe(1.5);
    const after = screenToBoard(next, view, at);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
    expect(zoomAt(cam, view, at, 1000).z).toBe(4);
  });

  it('fits a board in view at most at 100 %, and reads only finite cameras from others', () => {
    expect(fitCamera({ x: 0, y: 0, w: 100, h: 100 }, view)).toEqual({ x: 50, y: 50, z: 1 });
    const wide = fitCamera({ x: 0, y: 0, w: 9040, h: 100 }, view, 20);
    expect(wide.z).toBeCloseTo(960 / 9040);
    expect(parseCamera({ x: 1, y: 2, z: 3 })).toEqual({ x: 1, y: 2, z: 3 });
    expect(parseCamera({ x: 1, y: Infinity, z: 3 })).toBeNull();
    expect(parseCamera('x')).toBeNull();
  });
});

describe('hit testing', () => {
  it('finds the front item, a section only by its title strip or edge, arrows and strokes by their lines', () => {
    const doc = new Y.Doc();
    const section = addSection(doc, { x: 0, y: 0, w: 600, h: 600, title: 'S' }, local);
    const a = addNote(doc, { x: 100, y: 100 }, local);
    const b = addNote(doc, { x: 150, y: 150 }, local);
    const far = addNote(doc, { x: 1000, y: 100 }, local);
    const arrow = addArrow(doc, { from: b, to: far }, local)!;
    const stroke = addStroke(doc, { points: [0, 700, 100, 700] }, local)!;
    const scene = new BoardScene(doc);
    expect(itemAt(scene, { x: 120, y: 120 }, 1)).toBe(a);
    expect(itemAt(scene, { x: 200, y: 200 }, 1)).toBe(b);
    expect(itemAt(scene, { x: 300, y: 20 }, 1)).toBe(section);
    expect(itemAt(scene, { x: 300, y: 450 }, 1)).toBeNull();
    expect(itemAt(scene, { x: 2, y: 450 }, 1)).toBe(section);
    expect(itemAt(scene, { x: 700, y: 189 }, 1)).toBe(arrow); // the line from b's edge to far's, centre to centre
    expect(itemAt(scene, { x: 50, y: 703 }, 1)).toBe(stroke);
    expect(itemAt(scene, { x: 50, y: 720 }, 1)).toBeNull();
    expect(itemAt(scene, { x: 50, y: 720 }, 0.25)).toBe(stroke); // 6 screen pixels are 24 board units
    expect(strokesNear(scene, { x: 50, y: 690 }, 10)).toEqual([stroke]);
    expect(itemsInRect(scene, { x: 90, y: 90, w: 300, h: 300 }).sort()).toEqual([a, b].sort());
  });

  it('finds resize handles and resizes from any side, never below the minimum', () => {
    const r = { x: 0, y: 0, w: 200, h: 100 };
    expect(handleAt(r, { x: 201, y: 99 }, 1)).toBe('se');
    expect(handleAt(r, { x: 100, y: -2 }, 1)).toBe('n');
    expect(handleAt(r, { x: 100, y: 50 }, 1)).toBeNull();
    expect(resizeRect(r, 'se', 50, 20, 10)).toEqual({ x: 0, y: 0, w: 250, h: 120 });
    expect(resizeRect(r, 'nw', 50, 20, 10)).toEqual({ x: 50, y: 20, w: 150, h: 80 });
    expect(resizeRect(r, 'w', 500, 0, 20)).toEqual({ x: 180, y: 0, w: 20, h: 100 });
  });
});

describe('wrapText', () => {
  // Every character is 10 wide.
  const m: Measurer = { font: 'test', measure: (s) => s.length * 10 };

  it('breaks at spaces, keeps line breaks, and breaks a word wider than a line', () => {
    expect(wrapText('een twee drie', 80, 10, m)).toEqual(['een twee', 'drie']);
    expect(wrapText('a\n\nb', 80, 10, m)).toEqual(['a', '', 'b']);
    expect(wrapText('abcdefghijkl', 50, 10, m)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('ends with an ellipsis when the text does not fit in the lines there are', () => {
    expect(wrapText('een twee drie vier', 80, 1, m)).toEqual(['een twe…']);
    expect(wrapText('een twee', 80, 1, m)).toEqual(['een twee']);
    expect(wrapText('x', 80, 0, m)).toEqual([]);
  });
});
