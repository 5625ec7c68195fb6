import { expandSelection } from '../../../../../shared/board/selection.ts';
import type { Point, Rect } from '../../../../../shared/board/views.ts';
import type { Handle } from '../drawOverlay.ts';
import { handleAt, itemAt, itemsInRect, rectFrom, resizeRect } from '../hitTest.ts';
import { movedFar, perFrame, type Gesture, type ToolContext } from './types.ts';

/** Kinds whose size is stored and can be changed with handles. */
const RESIZABLE = new Set(['note', 'text', 'shape', 'section', 'case']);

/** Whether this person may move or resize an item (the case card is the facilitator's). */
export function canChange(t: ToolContext, id: string): boolean {
  const type = t.scene.get(id)?.record.type;
  return t.editable && type !== undefined && (type !== 'case' || t.canEditCase);
}

/** The single selected item that shows resize handles, if any. */
export function resizableSelection(t: ToolContext): string | null {
  if (t.selection.size !== 1) return null;
  const [id] = t.selection.get();
  const item = id ? t.scene.get(id) : undefined;
  return item && item.bounds && RESIZABLE.has(item.record.type) && canChange(t, item.id) ? item.id : null;
}

/** A press with the select tool: resize, move, rubber band, or pan, depending on what is under it. */
export function selectDown(t: ToolContext, p: Point, e: PointerEvent): Gesture {
  const z = t.engine.camera.z;
  const resizable = resizableSelection(t);
  const bounds = resizable ? t.scene.get(resizable)?.bounds : null;
  const handle = bounds ? handleAt(bounds, p, z) : null;
  if (resizable && bounds && handle) return resizeGesture(t, resizable, bounds, handle, p);

  const hit = itemAt(t.scene, p, z);
  if (hit) {
    if (e.shiftKey) {
      t.selection.toggle(hit);
      return t.selection.has(hit) ? moveGesture(t, p, e, null) : idle;
    }
    const wasSelected = t.selection.has(hit);
    if (!wasSelected) t.selection.set([hit]);
    // A click (no drag) on one item of a multi-selection selects just that item.
    return moveGesture(t, p, e, wasSelected && t.selection.size > 1 ? hit : null);
  }
  if (e.shiftKey) return rubberBand(t, p, new Set(t.selection.get()));
  return panGesture(t, e, () => t.selection.clear());
}

const idle: Gesture = { move() {}, up() {}, cancel() {} };

/** Drags the screen: the camera moves by what the pointer moved. `onClick` runs when it did not move. */
export function panGesture(t: ToolContext, down: PointerEvent, onClick?: () => void): Gesture {
  let last = { x: down.clientX, y: down.clientY };
  let dragged = false;
  return {
    cursor: 'grabbing',
    move(_p, e) {
      if (!dragged && !movedFar(down, e)) return;
      dragged = true;
      t.engine.panBy(last.x - e.clientX, last.y - e.clientY);
      last = { x: e.clientX, y: e.clientY };
    },
    up() {
      if (!dragged) onClick?.();
    },
    cancel() {},
  };
}

/**
 * Moves the selection. What moves is decided once, at the start (sections bring the items
 * in them, as in the model's moveItems), and every frame writes absolute positions.
 */
function moveGesture(t: ToolContext, start: Point, down: PointerEvent, clickSelects: string | null): Gesture {
  const ids = [...t.selection.get()].filter((id) => canChange(t, id));
  const moving = expandSelection(t.scene.doc, ids, t.scene.records)
    .map((id) => t.scene.get(id)?.record)
    .filter((r) => r !== undefined && r.type !== 'arrow' && (r.type !== 'case' || t.canEditCase))
    .map((r) => ({ id: r!.id, x: (r as { x: number }).x, y: (r as { y: number }).y }));
  const write = perFrame((dx: number, dy: number) => t.actions.place(moving.map((m) => ({ id: m.id, x: m.x + dx, y: m.y + dy }))));
  let dragged = false;
  return {
    cursor: 'grabbing',
    move(p, e) {
      if (!t.editable || moving.length === 0) return;
      if (!dragged && !movedFar(down, e)) return;
      if (!dragged && ids.length === 1) {
        const type = t.scene.get(ids[0]!)?.record.type;
        if (type !== 'section' && type !== 'case') t.actions.bringToFront(ids);
      }
      dragged = true;
      write.call(Math.round(p.x - start.x), Math.round(p.y - start.y));
    },
    up() {
      write.flush();
      if (!dragged && clickSelects) t.selection.set([clickSelects]);
    },
    cancel() {
      write.cancel();
    },
  };
}

function resizeGesture(t: ToolContext, id: string, start: Rect, handle: Handle, from: Point): Gesture {
  const write = perFrame((r: Rect) => t.actions.resize(id, r));
  return {
    cursor: `${handle}-resize`,
    move(p) {
      write.call(roundRect(resizeRect(start, handle, p.x - from.x, p.y - from.y, 20)));
    },
    up() {
      write.flush();
    },
    cancel() {
      write.cancel();
    },
  };
}

function rubberBand(t: ToolContext, start: Point, base: Set<string>): Gesture {
  const o = t.engine.overlay;
  const finish = (r: Rect | null) => {
    o.rubberBand = null;
    if (r) t.selection.set([...base, ...itemsInRect(t.scene, r)]);
    t.engine.invalidate();
  };
  return {
    cursor: 'crosshair',
    move(p) {
      o.rubberBand = rectFrom(start, p);
      t.engine.invalidate();
    },
    up(p) {
      finish(rectFrom(start, p));
    },
    cancel() {
      finish(null);
    },
  };
}

const roundRect = (r: Rect): Rect => ({ x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) });
