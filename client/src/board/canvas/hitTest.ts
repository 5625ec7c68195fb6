import { resolveArrow } from '../../../../shared/board/arrows.ts';
import type { Point, Rect } from '../../../../shared/board/views.ts';
import type { BoardScene, SceneItem } from './BoardScene.ts';
import { titleStripHeight } from './drawItems.ts';
import { HANDLE_SIZE, handlePoints, type Handle } from './drawOverlay.ts';
import { distanceToPolyline, segmentDistance } from './strokePath.ts';

/** How near (in screen pixels) a pointer must be to a line to hit it. */
const TOLERANCE = 6;

const inside = (r: Rect, p: Point, pad = 0) =>
  p.x >= r.x - pad && p.x <= r.x + r.w + pad && p.y >= r.y - pad && p.y <= r.y + r.h + pad;

function hits(item: SceneItem, p: Point, z: number): boolean {
  const b = item.bounds;
  const tol = TOLERANCE / z;
  if (!b || !inside(b, p, tol)) return false;
  const r = item.record;
  switch (r.type) {
    case 'stroke': return distanceToPolyline(r.points, r.x, r.y, p.x, p.y) <= r.width / 2 + tol;
    // A section is grabbed by its title strip or its edge: inside it the pointer belongs to
    // the board, so that dragging there pans or selects instead of moving the whole section.
    case 'section':
      return p.y <= b.y + titleStripHeight(z) || !inside(b, p, -tol);
    default: return true;
  }
}

/** The front-most item under a board point (arrows first: they are drawn on top), or null. */
export function itemAt(scene: BoardScene, p: Point, z: number, skip?: (item: SceneItem) => boolean): string | null {
  const tol = TOLERANCE / z;
  const arrows = scene.arrows();
  for (let i = arrows.length - 1; i >= 0; i--) {
    const item = arrows[i]!;
    if (item.record.type !== 'arrow' || skip?.(item)) continue;
    const a = resolveArrow(item.record, scene.records);
    if (a && segmentDistance(p.x, p.y, a.start.x, a.start.y, a.end.x, a.end.y) <= tol + 2) return item.id;
  }
  const items = scene.ordered();
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (!skip?.(item) && hits(item, p, z)) return item.id;
  }
  return null;
}

/** Items lying wholly inside a board rectangle (rubber-band selection), arrows left out. */
export function itemsInRect(scene: BoardScene, r: Rect): string[] {
  const ids: string[] = [];
  for (const item of scene.ordered()) {
    const b = item.bounds;
    if (b && b.x >= r.x && b.y >= r.y && b.x + b.w <= r.x + r.w && b.y + b.h <= r.y + r.h) ids.push(item.id);
  }
  return ids;
}

/** The resize handle of `bounds` under a board point, or null. */
export function handleAt(bounds: Rect, p: Point, z: number): Handle | null {
  const reach = (HANDLE_SIZE / 2 + 3) / z;
  for (const [handle, at] of handlePoints(bounds)) {
    if (Math.abs(p.x - at.x) <= reach && Math.abs(p.y - at.y) <= reach) return handle;
  }
  return null;
}

/** Strokes that a circle of `radius` around `p` touches (the eraser). */
export function strokesNear(scene: BoardScene, p: Point, radius: number): string[] {
  const found: string[] = [];
  for (const item of scene.ordered()) {
    const r = item.record;
    if (r.type !== 'stroke' || !item.bounds || !inside(item.bounds, p, radius)) continue;
    if (distanceToPolyline(r.points, r.x, r.y, p.x, p.y) <= r.width / 2 + radius) found.push(item.id);
  }
  return found;
}

/** The rectangle spanned by two points. */
export function rectFrom(a: Point, b: Point): Rect {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), w: Math.abs(a.x - b.x), h: Math.abs(a.y - b.y) };
}

/** A new rectangle after dragging `handle` of `start` by (dx, dy), at least `min` wide and high. */
export function resizeRect(start: Rect, handle: Handle, dx: number, dy: number, min: number): Rect {
  let { x, y, w, h } = start;
  if (handle.includes('e')) w = Math.max(min, start.w + dx);
  if (handle.includes('s')) h = Math.max(min, start.h + dy);
  if (handle.includes('w')) {
    w = Math.max(min, start.w - dx);
    x = start.x + start.w - w;
  }
  if (handle.includes('n')) {
    h = Math.max(min, start.h - dy);
    y = start.y + start.h - h;
  }
  return { x, y, w, h };
}
