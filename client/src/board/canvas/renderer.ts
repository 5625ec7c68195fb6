import { resolveArrow } from '../../../../shared/board/arrows.ts';
import type { InkColor, NoteColor, NoteView } from '../../../../shared/board/schema.ts';
import type { Point, Rect } from '../../../../shared/board/views.ts';
import type { BoardScene, SceneItem } from './BoardScene.ts';
import { intersects, visibleRect, type Camera, type ViewSize } from './camera.ts';
import {
  drawArrowLine, drawCaseCard, drawLabel, drawNote, drawSection, drawShape, drawStroke, type DrawContext,
} from './drawItems.ts';
import { drawNoteGist } from './drawGist.ts';
import { LOD_TINY, zoomRules } from './zoomRules.ts';
import { drawOverlay, drawScreenOverlay, type Overlay } from './drawOverlay.ts';
import { drawPrivateMark } from './privateMark.ts';
import { CANVAS, INK, NOTE_FILL } from '../../../../shared/render/palette.ts';

/** Below this zoom a text label is drawn as a bar: readable text would be under ~7 px. (Notes: zoomRules.) */
export const LOD_TEXT = 0.45;

export interface FrameInput {
  scene: BoardScene;
  camera: Camera;
  view: ViewSize;
  dpr: number;
  overlay: Overlay;
  caseLabel: string;
}

/** Draws one frame: background, items in view (back to front), arrows, then overlays. */
export function renderFrame(ctx: CanvasRenderingContext2D, f: FrameInput): void {
  const { camera: cam, view, dpr, scene } = f;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.fillStyle = CANVAS.background;
  ctx.fillRect(0, 0, view.w, view.h);
  drawGrid(ctx, cam, view);

  ctx.setTransform(dpr * cam.z, 0, 0, dpr * cam.z, dpr * (view.w / 2 - cam.x * cam.z), dpr * (view.h / 2 - cam.y * cam.z));
  const seen = visibleRect(cam, view);
  // A margin so that shadows, badges and thick edges at the border are not cut off.
  const margin = 40 / cam.z;
  const inView: Rect = { x: seen.x - margin, y: seen.y - margin, w: seen.w + 2 * margin, h: seen.h + 2 * margin };
  const dc: DrawContext = { ctx, z: cam.z, scene, editingId: f.overlay.editingId, caseLabel: f.caseLabel, rules: zoomRules(cam.z) };
  drawItems(dc, scene.ordered(), inView);
  drawArrows(dc, scene, inView);
  drawOverlay(dc, f.overlay);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  drawScreenOverlay(ctx, cam, view, f.overlay);
}

function drawItems(dc: DrawContext, items: readonly SceneItem[], inView: Rect): void {
  const { ctx, z } = dc;
  const rules = dc.rules ?? zoomRules(z);
  const tiny = rules.notes === 'blocks';
  const detailed = z >= LOD_TEXT;
  // At a distance, runs of notes are filled one path per colour instead of one call per note.
  const batch = new Map<NoteColor, NoteView[]>();
  let batched = 0;
  const flush = () => {
    if (batched === 0) return;
    for (const [color, notes] of batch) {
      if (notes.length === 0) continue;
      ctx.fillStyle = NOTE_FILL[color];
      ctx.beginPath();
      for (const n of notes) ctx.rect(n.x, n.y, n.w, n.h);
      ctx.fill();
      notes.length = 0;
    }
    batched = 0;
  };
  for (const item of items) {
    const b = item.bounds;
    if (!b || !intersects(b, inView)) continue;
    const r = item.record;
    if (r.type === 'note') {
      if (tiny) {
        let list = batch.get(r.color);
        if (!list) batch.set(r.color, (list = []));
        list.push(r);
        batched++;
      } else if (rules.notes === 'full') drawNote(dc, item, r);
      else drawNoteGist(dc, item, r, rules.noteFont, rules.badgeScale);
      // Outside the note's rectangle, so a batched fill drawn later does not cover it.
      if (item.isPrivate) drawPrivateMark(dc, b);
      continue;
    }
    flush();
    switch (r.type) {
      case 'section': drawSection(dc, item, r); break;
      case 'case': drawCaseCard(dc, item, r, z >= LOD_TINY); break;
      case 'text': drawLabel(dc, item, r, detailed); break;
      case 'shape': drawShape(dc, r); break;
      case 'stroke': drawStroke(dc, item, r); break;
      default: break;
    }
    if (item.isPrivate) drawPrivateMark(dc, b);
  }
  flush();
}

/** Arrows on top of the items they connect, each resolved from its two ends' current bounds. */
function drawArrows(dc: DrawContext, scene: BoardScene, inView: Rect): void {
  for (const item of scene.arrows()) {
    if (item.record.type !== 'arrow') continue;
    const arrow = resolveArrow(item.record, scene.records);
    if (!arrow) continue;
    const box = segmentBox(arrow.start, arrow.end);
    if (!intersects(box, inView)) continue;
    drawArrowLine(dc.ctx, dc.z, arrow.start, arrow.end, INK[arrow.color as InkColor]);
  }
}

function segmentBox(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** A dot grid in screen space; the spacing doubles as you zoom out so that it never turns grey. */
function drawGrid(ctx: CanvasRenderingContext2D, cam: Camera, view: ViewSize): void {
  let spacing = 24 * cam.z;
  while (spacing < 18) spacing *= 2;
  const ox = (view.w / 2 - cam.x * cam.z) % spacing;
  const oy = (view.h / 2 - cam.y * cam.z) % spacing;
  const size = cam.z >= 0.5 ? 2 : 1.5;
  ctx.fillStyle = CANVAS.grid;
  ctx.beginPath();
  for (let x = ox < 0 ? ox + spacing : ox; x < view.w; x += spacing) {
    for (let y = oy < 0 ? oy + spacing : oy; y < view.h; y += spacing) ctx.rect(x - size / 2, y - size / 2, size, size);
  }
  ctx.fill();
}
