import { centerOf } from '../../../../../shared/board/geometry.ts';
import { SHAPE_SIZE, STROKE_WIDTH, TEXT_SIZE, type ShapeKind } from '../../../../../shared/board/schema.ts';
import type { Point } from '../../../../../shared/board/views.ts';
import { Limits } from '../../../../../shared/limits.ts';
import { itemAt, rectFrom, strokesNear } from '../hitTest.ts';
import { movedFar, perFrame, type Gesture, type ToolContext } from './types.ts';

/** Freehand pen: raw points are kept; smoothing happens when drawn (perfect-freehand). */
export function penGesture(t: ToolContext, start: Point): Gesture {
  const o = t.engine.overlay;
  const color = t.ink();
  const width = STROKE_WIDTH.default;
  let points = [start.x, start.y];
  o.liveStroke = { points, color, width };
  const commit = () => {
    if (points.length >= 2) t.actions.addStroke(points.map((v) => Math.round(v * 10) / 10), color, width);
  };
  return {
    cursor: 'crosshair',
    move(p, e) {
      // Coalesced events hold every position the pointer passed since the last event.
      const batch = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
      const list = batch.length > 0 ? batch.map((c) => t.engine.toBoard(c.clientX, c.clientY)) : [p];
      const minStep = 1.5 / t.engine.camera.z;
      for (const q of list) {
        const lx = points[points.length - 2]!;
        const ly = points[points.length - 1]!;
        if (Math.hypot(q.x - lx, q.y - ly) < minStep) continue;
        points.push(q.x, q.y);
        // A very long line becomes several strokes, each within the model's limit.
        if (points.length / 2 >= Limits.maxStrokePoints) {
          commit();
          points = [q.x, q.y];
          o.liveStroke = { points, color, width };
        }
      }
      t.engine.invalidate();
    },
    up() {
      commit();
      o.liveStroke = null;
      t.engine.invalidate();
    },
    cancel() {
      o.liveStroke = null;
      t.engine.invalidate();
    },
  };
}

/** Eraser: removes every stroke it touches (not notes or shapes: those have Delete). */
export function eraserGesture(t: ToolContext, start: Point): Gesture {
  const o = t.engine.overlay;
  const radius = () => 10 / t.engine.camera.z;
  const erase = perFrame((p: Point) => {
    const ids = strokesNear(t.scene, p, radius());
    if (ids.length > 0) t.actions.remove(ids);
  });
  const at = (p: Point) => {
    o.eraser = { at: p, radius: radius() };
    erase.call(p);
    t.engine.invalidate();
  };
  at(start);
  return {
    cursor: 'crosshair',
    move: at,
    up() {
      erase.flush();
      o.eraser = null;
      t.engine.invalidate();
    },
    cancel() {
      erase.cancel();
      o.eraser = null;
      t.engine.invalidate();
    },
  };
}

/** Arrow: press on one item, release on another; the arrow then follows both. */
export function arrowGesture(t: ToolContext, start: Point): Gesture | null {
  const z = t.engine.camera.z;
  const from = itemAt(t.scene, start, z, (item) => item.record.type === 'arrow');
  const fromBounds = from ? t.scene.get(from)?.bounds : null;
  if (!from || !fromBounds) return null;
  const o = t.engine.overlay;
  const targetAt = (p: Point) => itemAt(t.scene, p, t.engine.camera.z, (item) => item.record.type === 'arrow' || item.id === from);
  const clear = () => {
    o.arrowPreview = null;
    o.target = null;
    t.engine.invalidate();
  };
  return {
    cursor: 'crosshair',
    move(p) {
      o.target = targetAt(p);
      const to = o.target ? t.scene.get(o.target)?.bounds : null;
      o.arrowPreview = { from: centerOf(fromBounds), to: to ? centerOf(to) : p };
      t.engine.invalidate();
    },
    up(p) {
      const to = targetAt(p);
      clear();
      if (!to) return;
      const id = t.actions.addArrow(from, to, t.ink());
      if (id) {
        t.selection.set([id]);
        t.setTool('select');
      }
    },
    cancel: clear,
  };
}

/** Rectangle or ellipse: drag to size it, or click for the default size centred there. */
export function shapeGesture(t: ToolContext, shape: ShapeKind, start: Point, down: PointerEvent): Gesture {
  const o = t.engine.overlay;
  let dragged = false;
  return {
    cursor: 'crosshair',
    move(p, e) {
      if (!dragged && !movedFar(down, e)) return;
      dragged = true;
      o.rubberBand = rectFrom(start, p);
      t.engine.invalidate();
    },
    up(p) {
      o.rubberBand = null;
      const r = dragged
        ? rectFrom(start, p)
        : { x: start.x - SHAPE_SIZE.w / 2, y: start.y - SHAPE_SIZE.h / 2, w: SHAPE_SIZE.w, h: SHAPE_SIZE.h };
      const id = t.actions.addShape(shape, {
        x: Math.round(r.x), y: Math.round(r.y), w: Math.max(20, Math.round(r.w)), h: Math.max(20, Math.round(r.h)),
      });
      t.engine.invalidate();
      if (id) {
        t.selection.set([id]);
        t.setTool('select');
      }
    },
    cancel() {
      o.rubberBand = null;
      t.engine.invalidate();
    },
  };
}

/** Text: a click puts a label there and starts typing in it. */
export function textGesture(t: ToolContext, start: Point): Gesture {
  return {
    move() {},
    up() {
      const id = t.actions.addText({ x: Math.round(start.x), y: Math.round(start.y - TEXT_SIZE.h / 2) }, t.ink());
      if (!id) return;
      t.selection.set([id]);
      t.setTool('select');
      t.startEditing(id);
    },
    cancel() {},
  };
}
