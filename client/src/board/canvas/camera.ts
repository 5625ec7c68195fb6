import type { Point, Rect } from '../../../../shared/board/views.ts';

/**
 * Where the user looks: (x, y) is the board point at the centre of the canvas, z the zoom
 * (screen pixels per board unit). Centre-based rather than corner-based, so that a camera
 * shared through awareness ("follow") shows the same middle on a screen of another size.
 */
export interface Camera {
  x: number;
  y: number;
  z: number;
}

/** The canvas size in CSS pixels. */
export interface ViewSize {
  w: number;
  h: number;
}

export const ZOOM = { min: 0.04, max: 4, step: 1.25 } as const;

export const clampZoom = (z: number): number => Math.min(ZOOM.max, Math.max(ZOOM.min, z));

export function screenToBoard(cam: Camera, view: ViewSize, p: Point): Point {
  return { x: (p.x - view.w / 2) / cam.z + cam.x, y: (p.y - view.h / 2) / cam.z + cam.y };
}

export function boardToScreen(cam: Camera, view: ViewSize, p: Point): Point {
  return { x: (p.x - cam.x) * cam.z + view.w / 2, y: (p.y - cam.y) * cam.z + view.h / 2 };
}

/** The board area in view. */
export function visibleRect(cam: Camera, view: ViewSize): Rect {
  const w = view.w / cam.z;
  const h = view.h / cam.z;
  return { x: cam.x - w / 2, y: cam.y - h / 2, w, h };
}

/** Zooms by `factor` keeping the board point under the screen point `at` where it is. */
export function zoomAt(cam: Camera, view: ViewSize, at: Point, factor: number): Camera {
  const z = clampZoom(cam.z * factor);
  const anchor = screenToBoard(cam, view, at);
  return { x: anchor.x - (at.x - view.w / 2) / z, y: anchor.y - (at.y - view.h / 2) / z, z };
}

/** Pans by a distance in screen pixels. */
export function panBy(cam: Camera, dx: number, dy: number): Camera {
  return { x: cam.x + dx / cam.z, y: cam.y + dy / cam.z, z: cam.z };
}

/** The camera that shows `bounds` whole, with `padding` screen pixels around it, at most 100 %. */
export function fitCamera(bounds: Rect | null, view: ViewSize, padding = 48): Camera {
  if (!bounds || bounds.w <= 0 || bounds.h <= 0) return { x: bounds?.x ?? 0, y: bounds?.y ?? 0, z: 1 };
  const z = clampZoom(Math.min(1, (view.w - 2 * padding) / bounds.w, (view.h - 2 * padding) / bounds.h));
  return { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2, z };
}

/** A step on the zoom ladder (+/− buttons and keys), kept around the view's centre. */
export function zoomStep(cam: Camera, direction: 1 | -1): Camera {
  return { ...cam, z: clampZoom(direction > 0 ? cam.z * ZOOM.step : cam.z / ZOOM.step) };
}

export function sameCamera(a: Camera, b: Camera): boolean {
  return a.x === b.x && a.y === b.y && a.z === b.z;
}

/** A camera read from an untrusted source (awareness of another client), or null. */
export function parseCamera(v: unknown): Camera | null {
  if (!v || typeof v !== 'object') return null;
  const { x, y, z } = v as Record<string, unknown>;
  if (typeof x !== 'number' || typeof y !== 'number' || typeof z !== 'number') return null;
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return null;
  return { x, y, z: clampZoom(z) };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.w && b.x <= a.x + a.w && a.y <= b.y + b.h && b.y <= a.y + a.h;
}

/** The smallest rectangle holding every rectangle given, or null for none. */
export function unionRect(rects: Iterable<Rect>): Rect | null {
  let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x); y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.w); y1 = Math.max(y1, r.y + r.h);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : null;
}
