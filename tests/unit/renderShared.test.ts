import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteView } from '../../shared/board/schema.ts';
import type { BoardSnapshot, StrokeView } from '../../shared/board/views.ts';
import { INK } from '../../shared/render/palette.ts';
import { boardSvg } from '../../server/export/boardSvg.ts';
import { estimateWidth } from '../../server/export/wrap.ts';
import type { DrawContext } from '../../client/src/board/canvas/drawItems.ts';
import type { SceneItem } from '../../client/src/board/canvas/BoardScene.ts';

/*
 * The picture is the board: the canvas (client/src/board/canvas) and the exports draw from one
 * render description (shared/render). These tests draw the same item both ways, the canvas into
 * a recording 2D context, and compare colour, stroke outline, wrapped lines and vote badge.
 */

/** Path2D does not exist in Node: a stand-in that keeps the path data it was made from. */
class RecordedPath { constructor(readonly d = '') {} }

/** A 2D context that records what is drawn; text is measured with the export's estimate. */
function recordingContext() {
  const calls: { op: string; args: unknown[]; fillStyle: unknown }[] = [];
  const ctx: Record<string, unknown> = { font: '16px sans-serif', fillStyle: '', strokeStyle: '', lineWidth: 1 };
  for (const op of ['beginPath', 'arc', 'fill', 'stroke', 'fillText', 'translate', 'roundRect', 'fillRect', 'moveTo', 'lineTo', 'closePath']) {
    ctx[op] = (...args: unknown[]) => { calls.push({ op, args, fillStyle: ctx.fillStyle }); };
  }
  ctx.measureText = (text: string) => ({ width: estimateWidth(Number.parseFloat(String(ctx.font).replace(/^\D*/, '')) || 16)(text) });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const note: NoteView & { section: null } = {
  id: 'n1', type: 'note', x: 100, y: 80, w: 200, h: 160, color: 'green', z: 1, section: null,
  text: 'Wijkagent en woonconsulent lopen samen één ronde per maand door de flat',
};
const stroke: StrokeView & { section: null } = {
  id: 's1', type: 'stroke', x: 400, y: 100, points: [0, 0, 12, 4, 30, 18, 44, 40, 50, 70], bounds: { x: 400, y: 100, w: 50, h: 70 }, color: 'green', width: 4, z: 2, section: null,
};
const board: BoardSnapshot = {
  notes: [note], texts: [], shapes: [], arrows: [], strokes: [stroke], sections: [], caseCard: null, votes: { n1: 3 },
};
const svg = boardSvg(board, { title: 'Groep Noord – Werkconferentie', heading: { workshop: 'Werkconferentie', group: 'Groep Noord' } });

let draw: typeof import('../../client/src/board/canvas/drawItems.ts');
beforeAll(async () => {
  (globalThis as { Path2D?: unknown }).Path2D = RecordedPath;
  draw = await import('../../client/src/board/canvas/drawItems.ts');
});
afterAll(() => { delete (globalThis as { Path2D?: unknown }).Path2D; });

function dcOf(ctx: CanvasRenderingContext2D): DrawContext {
  const scene = { votes: (id: string) => board.votes[id] ?? 0, myVotes: () => 0 };
  return { ctx, z: 1, scene: scene as unknown as DrawContext['scene'], editingId: null, caseLabel: 'Casus' };
}
const sceneItem = (record: unknown) => ({ id: 'x', record, bounds: null, layer: 0 }) as unknown as SceneItem;

describe('one render description for canvas and export', () => {
  it('a stroke: the same outline path and the same ink colour', () => {
    const { ctx, calls } = recordingContext();
    draw.drawStroke(dcOf(ctx), sceneItem(stroke), stroke);
    const filled = calls.find((c) => c.op === 'fill');
    const canvasPath = (filled?.args[0] as RecordedPath).d;
    expect(canvasPath).toMatch(/^M[\d.-]+ [\d.-]+ Q/);
    const exported = /<path class="stroke"[^>]* d="([^"]+)" fill="([^"]+)"/.exec(svg);
    expect(exported?.[1]).toBe(canvasPath);
    expect(exported?.[2]).toBe(filled?.fillStyle);
    expect(filled?.fillStyle).toBe(INK.green);
  });

  it('a note: the same words on the same lines', () => {
    const { ctx, calls } = recordingContext();
    draw.drawNote(dcOf(ctx), sceneItem(note), note);
    const canvasLines = calls.filter((c) => c.op === 'fillText' && c.args[0] !== '3').map((c) => c.args[0]);
    const noteSvg = /<g class="note">[\s\S]*?<\/g><\/g>|<g class="note">[\s\S]*?<\/text>/.exec(svg)?.[0] ?? '';
    const exportLines = [...noteSvg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(canvasLines.length).toBeGreaterThan(1);
    expect(exportLines).toEqual(canvasLines);
  });

  it('a voted note: the same badge, with its count, in the same place', () => {
    const { ctx, calls } = recordingContext();
    draw.drawVotes(dcOf(ctx), note.id, note.x + note.w, note.y);
    const arc = calls.find((c) => c.op === 'arc')?.args;
    const label = calls.find((c) => c.op === 'fillText')?.args[0];
    const badge = /<g class="votes"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="([^"]+)"\/><text[^>]*>(\d+)<\/text>/.exec(svg);
    expect(badge).not.toBeNull();
    expect([Number(badge![1]), Number(badge![2]), Number(badge![3])]).toEqual([arc?.[0], arc?.[1], arc?.[2]]);
    expect(badge![5]).toBe('3');
    expect(label).toBe('3');
  });

  it('the exported picture names the group and the workshop', () => {
    expect(svg).toContain('<g class="heading">');
    expect(svg).toContain('>Groep Noord</text>');
    expect(svg).toContain('>Werkconferentie</text>');
  });
});
