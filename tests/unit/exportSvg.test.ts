import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addArrow } from '../../shared/board/arrows.ts';
import { setCaseText } from '../../shared/board/caseCard.ts';
import { addTextLabel } from '../../shared/board/labels.ts';
import { addNote } from '../../shared/board/notes.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import { addSection } from '../../shared/board/sections.ts';
import { addShape } from '../../shared/board/shapes.ts';
import { addStroke } from '../../shared/board/strokes.ts';
import { boardSvg } from '../../server/export/boardSvg.ts';
import { boardBounds, EMPTY_BOARD } from '../../server/export/boardBounds.ts';
import { local } from './exportTestData.ts';

const count = (svg: string, re: RegExp) => svg.match(re)?.length ?? 0;

describe('boardSvg', () => {
  it('draws every kind of item, back to front, with all text escaped', () => {
    const doc = new Y.Doc();
    addSection(doc, { x: -50, y: 300, title: 'Ideeën & <zorgen>' }, local);
    setCaseText(doc, 'Casus: buren <script>alert(1)</script> ĳ', local);
    const n1 = addNote(doc, { x: 10, y: 400, text: '<img src=x onerror=alert(1)>' }, local);
    const n2 = addNote(doc, { x: 400, y: 400, text: 'Tweede notitie met "quotes" & ’apostrof’', color: 'pink' }, local);
    addShape(doc, { shape: 'ellipse', x: 700, y: 700 }, local);
    addTextLabel(doc, { x: 50, y: 900, text: ']]> <!-- -->' }, local);
    addStroke(doc, { points: [0, 1000, 20, 1010, 40, 1000, 60, 1020] }, local);
    addArrow(doc, { from: n1, to: n2, color: 'red' }, local);
    const svg = boardSvg(readBoard(doc), { title: 'Groep <1>' });

    expect(svg.startsWith('<?xml')).toBe(true);
    expect(count(svg, /class="note"/g)).toBe(2);
    expect(count(svg, /class="section"/g)).toBe(1);
    expect(count(svg, /class="case"/g)).toBe(1);
    expect(count(svg, /<ellipse class="shape"/g)).toBe(1);
    expect(count(svg, /class="label"/g)).toBe(1);
    expect(count(svg, /class="stroke"/g)).toBe(1);
    expect(count(svg, /class="arrow"/g)).toBe(1);
    expect(count(svg, /<rect /g)).toBe(1 + 1 + 2 + 2); // background, section, case and its accent bar, two notes
    // The freehand line as the canvas draws it: a filled, closed outline (shared/render).
    expect(svg).toMatch(/<path class="stroke" transform="translate\([^)]*\)" d="M[^"]+ Z" fill="#18181b"\/>/);
    expect(svg).not.toMatch(/<script|<img|<!--|]]>/);
    // The note's text, its wrapped lines joined again (a break at a space drops the space).
    const joined = svg.replace(/<\/tspan><tspan[^>]*>/g, '');
    expect(joined).toMatch(/&lt;img ?src=x ?onerror=alert\(1\)&gt;/);
    expect(svg).toContain('Ideeën &amp; &lt;zorgen&gt;');
    expect(svg).toContain('<title>Groep &lt;1&gt;</title>');
    expect(svg).toContain('&quot;quotes&quot; &amp;');
    // Every text node is plain text: no "<" inside any tspan.
    for (const [, inner] of svg.matchAll(/<tspan[^>]*>([^]*?)<\/tspan>/g)) expect(inner).not.toContain('<');
  });

  it('cuts long note text to the note and ends it with an ellipsis', () => {
    const doc = new Y.Doc();
    addNote(doc, { x: 0, y: 0, text: 'lang '.repeat(400) }, local);
    const svg = boardSvg(readBoard(doc), { title: 'x' });
    const lines = count(svg, /<tspan/g);
    expect(lines).toBeGreaterThan(2);
    expect(lines).toBeLessThanOrEqual(6);
    expect(svg).toContain('…</tspan>');
  });

  it('gives an empty board a fixed size', () => {
    const board = readBoard(new Y.Doc());
    expect(boardBounds(board)).toEqual(EMPTY_BOARD);
    expect(boardSvg(board, { title: 'leeg' })).toContain('viewBox="0 0 800 500"');
  });
});
