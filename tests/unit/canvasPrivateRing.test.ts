import { describe, expect, it } from 'vitest';
import type { NoteView } from '../../shared/board/schema.ts';
import type { Rect } from '../../shared/board/views.ts';
import { CANVAS } from '../../shared/render/palette.ts';
import type { SceneItem } from '../../client/src/board/canvas/BoardScene.ts';
import type { DrawContext } from '../../client/src/board/canvas/drawItems.ts';
import { drawOverlay, emptyOverlay, type Overlay } from '../../client/src/board/canvas/drawOverlay.ts';
import { drawPrivateMark } from '../../client/src/board/canvas/privateMark.ts';

/*
 * Issue 10: a selected private note's selection ring lay on its dashed "private" edge and hid
 * it, so the note looked shared while selected. The frame is drawn into a recording context and
 * the rectangles stroked are compared as they would land on screen (line width included).
 */

interface Stroke { rect: Rect; width: number; color: string; dashed: boolean }
interface Call { op: string; args: unknown[] }

function recordingContext() {
  const calls: Call[] = [];
  const strokes: Stroke[] = [];
  let dash: number[] = [];
  const ctx: Record<string, unknown> = { font: '12px sans-serif', fillStyle: '', strokeStyle: '', lineWidth: 1, textBaseline: 'top' };
  for (const op of ['beginPath', 'arc', 'fill', 'stroke', 'fillText', 'fillRect', 'moveTo', 'lineTo', 'closePath', 'roundRect']) {
    ctx[op] = (...args: unknown[]) => { calls.push({ op, args }); };
  }
  ctx.setLineDash = (d: number[]) => { dash = d; };
  ctx.strokeRect = (x: number, y: number, w: number, h: number) => {
    calls.push({ op: 'strokeRect', args: [x, y, w, h] });
    strokes.push({ rect: { x, y, w, h }, width: ctx.lineWidth as number, color: String(ctx.strokeStyle), dashed: dash.length > 0 });
  };
  ctx.measureText = (text: string) => ({ width: text.length * 7 });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, strokes };
}

const note: NoteView = { id: 'n1', type: 'note', x: 100, y: 200, w: 200, h: 140, color: 'yellow', z: 1, text: 'Alleen ik' };
const bounds: Rect = { x: note.x, y: note.y, w: note.w, h: note.h };

function dcFor(ctx: CanvasRenderingContext2D, z: number, isPrivate: boolean): DrawContext {
  const item = { id: note.id, record: note, bounds, layer: isPrivate ? 3 : 1, isPrivate } as unknown as SceneItem;
  const scene = { get: (id: string) => (id === note.id ? item : undefined) };
  return { ctx, z, scene: scene as unknown as DrawContext['scene'], editingId: null, caseLabel: 'Casus' };
}

/** How far a stroke's inside and outside lie beyond the note's left edge, in screen pixels. */
function band(s: Stroke, z: number): { inner: number; outer: number } {
  const centre = (bounds.x - s.rect.x) * z;
  return { inner: centre - (s.width * z) / 2, outer: centre + (s.width * z) / 2 };
}

/** The item layer's dashed edge, then this person's overlay with `overlay` set. */
function frame(z: number, isPrivate: boolean, overlay: Partial<Overlay>) {
  const rec = recordingContext();
  const dc = dcFor(rec.ctx, z, isPrivate);
  if (isPrivate) drawPrivateMark(dc, bounds);
  const marked = rec.calls.length;
  drawOverlay(dc, { ...emptyOverlay(), ...overlay });
  return { ...rec, marked };
}

describe('a private note stays marked while selected (issue 10)', () => {
  for (const z of [1, 0.45, 2]) {
    it(`at ${z * 100} %: the selection ring is drawn wholly outside the dashed edge, with air between`, () => {
      const { strokes } = frame(z, true, { selection: new Set([note.id]), handles: true });
      const dashed = strokes.filter((s) => s.dashed);
      // The ring goes round the note; the resize handles are small squares on its corners.
      const ring = strokes.filter((s) => !s.dashed && s.color === CANVAS.selection && s.rect.w > bounds.w);
      expect(dashed).toHaveLength(1);
      expect(ring).toHaveLength(1);
      const edge = band(dashed[0]!, z);
      const sel = band(ring[0]!, z);
      expect(edge.inner).toBeGreaterThan(0);
      expect(sel.inner).toBeGreaterThanOrEqual(edge.outer + 1 - 1e-9);
      // The same on every side: the rectangles are centred on the note.
      for (const s of [dashed[0]!, ring[0]!]) {
        expect(s.rect.x + s.rect.w / 2).toBeCloseTo(bounds.x + bounds.w / 2, 9);
        expect(s.rect.y + s.rect.h / 2).toBeCloseTo(bounds.y + bounds.h / 2, 9);
        expect(s.rect.w - bounds.w).toBeCloseTo(s.rect.h - bounds.h, 9);
      }
    });
  }

  it('the lock badge is drawn again above the rings (selection and focus) that cross its corner', () => {
    const { calls, marked } = frame(1, true, { selection: new Set([note.id]), focusedId: note.id });
    const ringAt = calls.findLastIndex((c) => c.op === 'strokeRect');
    const badgeAfter = calls.findIndex((c, i) => i > ringAt && c.op === 'arc');
    expect(calls.filter((c, i) => i >= marked && c.op === 'strokeRect')).toHaveLength(3);
    expect(badgeAfter).toBeGreaterThan(ringAt);
    // Centred where the item layer drew it.
    const first = calls.find((c) => c.op === 'arc')!;
    expect(calls[badgeAfter]!.args.slice(0, 3)).toEqual(first.args.slice(0, 3));
  });

  it('the keyboard focus ring keeps off the dashed edge too', () => {
    const z = 0.6;
    const { strokes } = frame(z, true, { focusedId: note.id });
    const edge = band(strokes.find((s) => s.dashed)!, z);
    const rings = strokes.filter((s) => !s.dashed);
    expect(rings).toHaveLength(2);
    for (const r of rings) expect(band(r, z).inner).toBeGreaterThanOrEqual(edge.outer + 1 - 1e-9);
  });

  it('a shared note keeps its ring close to its edge, as before', () => {
    const { strokes } = frame(1, false, { selection: new Set([note.id]) });
    expect(strokes).toHaveLength(1);
    expect(band(strokes[0]!, 1)).toEqual({ inner: 1, outer: 3 });
  });
});
