import type { Point } from '../../../../shared/board/views.ts';
import type { BoardScene } from './BoardScene.ts';
import {
  clampZoom, fitCamera, panBy, sameCamera, screenToBoard, zoomAt, type Camera, type ViewSize,
} from './camera.ts';
import { emptyOverlay, type Overlay } from './drawOverlay.ts';
import { renderFrame } from './renderer.ts';
import type { SelectionStore } from './selectionStore.ts';

export type CameraListener = (camera: Camera, byUser: boolean) => void;

/**
 * The drawing half of the canvas board, framework-free: it owns the <canvas>, the camera and
 * the overlay state, and redraws at most once per animation frame when any of them or the
 * scene changed. The camera lives here, not in React state: a pan must not re-render React.
 */
export class CanvasEngine {
  camera: Camera = { x: 0, y: 0, z: 1 };
  view: ViewSize = { w: 0, h: 0 };
  readonly overlay: Overlay = emptyOverlay();
  /** Frames drawn so far (the benchmark checks that the board really redrew). */
  draws = 0;
  /** Milliseconds spent drawing those frames (the benchmark reports the mean). */
  drawMs = 0;
  private readonly ctx: CanvasRenderingContext2D;
  private dpr = 1;
  private frame = 0;
  private followTarget: Camera | null = null;
  private readonly cameraListeners = new Set<CameraListener>();
  private readonly drawListeners = new Set<() => void>();
  private readonly cleanup: (() => void)[] = [];

  constructor(
    readonly canvas: HTMLCanvasElement,
    readonly scene: BoardScene,
    readonly selection: SelectionStore,
    private readonly caseLabel: () => string,
  ) {
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('This browser cannot draw on a canvas');
    this.ctx = ctx;
    // Where a board point is on screen, for scripts and tests: a property read on demand (an
    // attribute written on every frame of a pan costs a style invalidation each time).
    Object.defineProperty(canvas, 'boardCamera', { configurable: true, get: () => ({ ...this.camera, ...this.view }) });
    this.cleanup.push(scene.subscribe(() => {
      selection.prune((id) => scene.get(id) !== undefined);
      this.invalidate();
    }));
    this.cleanup.push(selection.subscribe(() => {
      this.overlay.selection = selection.get();
      this.invalidate();
    }));
    const host = canvas.parentElement ?? canvas;
    const observer = new ResizeObserver(() => this.resize(host));
    this.resize(host, false);
    observer.observe(host);
    // A browser zoom or a move to another screen changes the pixel ratio, maybe not the size.
    const onWindowResize = () => this.resize(host);
    window.addEventListener('resize', onWindowResize);
    this.cleanup.push(() => {
      observer.disconnect();
      window.removeEventListener('resize', onWindowResize);
    });
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    for (const fn of this.cleanup.splice(0)) fn();
    this.cameraListeners.clear();
    this.drawListeners.clear();
  }

  /** The item being typed in (its text is drawn by the editor on top), or null. */
  setEditing(id: string | null): void {
    this.overlay.editingId = id;
    this.invalidate();
  }

  /** Draws the keyboard focus ring around `id` (its button in the item list has the focus). */
  focusItem(id: string): void {
    this.overlay.focusedId = id;
    this.invalidate();
  }

  /** Drops the focus ring of `id`, unless another item took it meanwhile. */
  blurItem(id: string): void {
    if (this.overlay.focusedId === id) this.overlay.focusedId = null;
    this.invalidate();
  }

  /** Schedules one redraw on the next animation frame. */
  invalidate = (): void => {
    if (!this.frame) this.frame = requestAnimationFrame(this.draw);
  };

  onCamera(listener: CameraListener): () => void {
    this.cameraListeners.add(listener);
    return () => this.cameraListeners.delete(listener);
  }

  /** Called after every drawn frame. */
  onDraw(listener: () => void): () => void {
    this.drawListeners.add(listener);
    return () => this.drawListeners.delete(listener);
  }

  /** Moves the camera. `byUser` marks a pan or zoom by this person (it ends following someone). */
  setCamera(next: Camera, byUser = true): void {
    const cam = { x: next.x, y: next.y, z: clampZoom(next.z) };
    if (!Number.isFinite(cam.x) || !Number.isFinite(cam.y) || sameCamera(cam, this.camera)) return;
    this.camera = cam;
    if (byUser) this.followTarget = null;
    for (const l of this.cameraListeners) l(cam, byUser);
    this.invalidate();
  }

  panBy(dx: number, dy: number): void {
    this.setCamera(panBy(this.camera, dx, dy));
  }

  zoomAt(at: Point, factor: number): void {
    this.setCamera(zoomAt(this.camera, this.view, at, factor));
  }

  /** Shows the whole board (at most 100 %). */
  zoomToFit(): void {
    this.setCamera(fitCamera(this.scene.contentBounds(), this.view));
  }

  /** Glides towards a camera over the next frames (following someone's view). */
  follow(target: Camera | null): void {
    this.followTarget = target;
    this.invalidate();
  }

  toBoard(clientX: number, clientY: number): Point {
    const r = this.canvas.getBoundingClientRect();
    return screenToBoard(this.camera, this.view, { x: clientX - r.left, y: clientY - r.top });
  }

  /** Pans just enough to bring a board rectangle into view (keyboard focus moving off-screen). */
  reveal(r: { x: number; y: number; w: number; h: number }, margin = 40): void {
    const { camera: c, view } = this;
    const halfW = view.w / 2 / c.z;
    const halfH = view.h / 2 / c.z;
    const m = margin / c.z;
    let { x, y } = c;
    if (r.w + 2 * m > 2 * halfW) x = r.x + r.w / 2;
    else if (r.x - m < x - halfW) x = r.x - m + halfW;
    else if (r.x + r.w + m > x + halfW) x = r.x + r.w + m - halfW;
    if (r.h + 2 * m > 2 * halfH) y = r.y + r.h / 2;
    else if (r.y - m < y - halfH) y = r.y - m + halfH;
    else if (r.y + r.h + m > y + halfH) y = r.y + r.h + m - halfH;
    this.setCamera({ x, y, z: c.z });
  }

  /** Sizes the canvas to its box; a resize clears the canvas, so it is redrawn at once unless `now` is false. */
  private resize(host: Element, now = true): void {
    const w = Math.max(1, host.clientWidth);
    const h = Math.max(1, host.clientHeight);
    const dpr = window.devicePixelRatio || 1;
    if (w === this.view.w && h === this.view.h && dpr === this.dpr) return;
    this.view = { w, h };
    this.dpr = dpr;
    this.canvas.width = Math.round(w * dpr);
    this.canvas.height = Math.round(h * dpr);
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    if (now) this.draw();
    else this.invalidate();
  }

  private draw = (): void => {
    this.frame = 0;
    const target = this.followTarget;
    if (target) {
      const c = this.camera;
      const t = 0.3;
      const next = { x: c.x + (target.x - c.x) * t, y: c.y + (target.y - c.y) * t, z: c.z + (target.z - c.z) * t };
      const close = Math.abs(next.x - target.x) * c.z < 0.5 && Math.abs(next.y - target.y) * c.z < 0.5 && Math.abs(next.z - target.z) < 0.002;
      this.setCamera(close ? target : next, false);
    }
    if (this.view.w <= 1 && this.view.h <= 1) return;
    const started = performance.now();
    renderFrame(this.ctx, {
      scene: this.scene, camera: this.camera, view: this.view, dpr: this.dpr, overlay: this.overlay, caseLabel: this.caseLabel(),
    });
    this.draws++;
    this.drawMs += performance.now() - started;
    const count = String(this.scene.size);
    if (this.canvas.dataset.count !== count) this.canvas.dataset.count = count;
    for (const l of this.drawListeners) l();
  };
}
