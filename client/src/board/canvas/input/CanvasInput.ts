import { NOTE_SIZE } from '../../../../../shared/board/schema.ts';
import type { Point } from '../../../../../shared/board/views.ts';
import { panBy, zoomAt, type Camera } from '../camera.ts';
import { handleAt, itemAt } from '../hitTest.ts';
import { arrowGesture, eraserGesture, penGesture, shapeGesture, textGesture } from './createGestures.ts';
import { canChange, panGesture, resizableSelection, selectDown } from './selectGestures.ts';
import type { Gesture, ToolContext, ToolName } from './types.ts';

const EDITABLE_TEXT = new Set(['note', 'text', 'section', 'case']);

export interface InputOptions {
  tool(): ToolName;
  /** The board point under the pointer, or null when it left the canvas (for presence). */
  onPointer(p: Point | null): void;
  /** A press on the canvas: the board region takes keyboard focus. */
  onPress(): void;
}

/**
 * Pointer, wheel and touch input on the canvas, turned into gestures (see selectGestures and
 * createGestures) and camera moves. Framework-free; CanvasBoard creates one per canvas.
 */
export class CanvasInput {
  private gesture: Gesture | null = null;
  private gesturePointer = -1;
  private readonly touches = new Map<number, Point>();
  private pinch: { cam: Camera; dist: number; mid: Point } | null = null;
  private spaceHeld = false;
  private readonly off: (() => void)[] = [];

  constructor(private readonly t: ToolContext, private readonly options: InputOptions) {
    const canvas = t.engine.canvas;
    const on = <K extends keyof HTMLElementEventMap>(
      target: HTMLElement | Window, type: K, fn: (e: HTMLElementEventMap[K]) => void, opts?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, fn as EventListener, opts);
      this.off.push(() => target.removeEventListener(type, fn as EventListener, opts));
    };
    on(canvas, 'pointerdown', this.down);
    on(canvas, 'pointermove', this.move);
    on(canvas, 'pointerup', this.up);
    on(canvas, 'pointercancel', this.cancel);
    // The pointer for presence is followed on the whole board region: over the text editor
    // (a sibling laid on the canvas) it is still on the board.
    const frame = canvas.parentElement ?? canvas;
    on(frame, 'pointermove', (e) => {
      if (e.target !== canvas) options.onPointer(t.engine.toBoard(e.clientX, e.clientY));
    });
    on(frame, 'pointerleave', () => options.onPointer(null));
    on(canvas, 'dblclick', this.doubleClick);
    // Not passive: ctrl+wheel must not zoom the whole page, and wheel must not scroll it.
    on(canvas, 'wheel', this.wheel, { passive: false });
    on(window, 'keydown', (e) => {
      if (e.key === ' ' && !isTyping(e.target)) this.spaceHeld = true;
    });
    on(window, 'keyup', (e) => {
      if (e.key === ' ') this.spaceHeld = false;
    });
    on(window, 'blur', () => {
      this.spaceHeld = false;
    });
  }

  destroy(): void {
    this.gesture?.cancel();
    for (const fn of this.off.splice(0)) fn();
  }

  /** Ends whatever gesture runs (Escape). */
  abort(): void {
    this.gesture?.cancel();
    this.gesture = null;
  }

  private down = (e: PointerEvent): void => {
    const { t } = this;
    const p = t.engine.toBoard(e.clientX, e.clientY);
    this.options.onPress();
    if (e.pointerType === 'touch') {
      this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.touches.size === 2) return this.startPinch();
      if (this.touches.size > 2) return;
    }
    if (this.gesture || (e.button !== 0 && e.button !== 1)) return;
    e.preventDefault();
    t.engine.canvas.setPointerCapture(e.pointerId);
    this.gesturePointer = e.pointerId;
    this.gesture = this.startGesture(p, e);
    this.setCursor(this.gesture?.cursor);
  };

  private startGesture(p: Point, e: PointerEvent): Gesture | null {
    const { t } = this;
    if (e.button === 1 || this.spaceHeld || !t.editable) return panGesture(t, e, () => t.selection.clear());
    switch (this.options.tool()) {
      case 'select': return selectDown(t, p, e);
      case 'pen': return penGesture(t, p);
      case 'eraser': return eraserGesture(t, p);
      case 'arrow': return arrowGesture(t, p) ?? panGesture(t, e);
      case 'rect': return shapeGesture(t, 'rect', p, e);
      case 'ellipse': return shapeGesture(t, 'ellipse', p, e);
      case 'text': return textGesture(t, p);
    }
  }

  private move = (e: PointerEvent): void => {
    const p = this.t.engine.toBoard(e.clientX, e.clientY);
    this.options.onPointer(p);
    if (e.pointerType === 'touch' && this.touches.has(e.pointerId)) {
      this.touches.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (this.pinch) return this.movePinch();
    }
    if (this.gesture && e.pointerId === this.gesturePointer) this.gesture.move(p, e);
    else if (!this.gesture) this.hover(p);
  };

  private up = (e: PointerEvent): void => {
    this.touches.delete(e.pointerId);
    if (this.pinch && this.touches.size < 2) this.pinch = null;
    if (!this.gesture || e.pointerId !== this.gesturePointer) return;
    const g = this.gesture;
    this.gesture = null;
    g.up(this.t.engine.toBoard(e.clientX, e.clientY), e);
    this.hover(this.t.engine.toBoard(e.clientX, e.clientY));
  };

  private cancel = (e: PointerEvent): void => {
    this.touches.delete(e.pointerId);
    if (this.touches.size < 2) this.pinch = null;
    if (e.pointerId === this.gesturePointer) this.abort();
  };

  private doubleClick = (e: MouseEvent): void => {
    const { t } = this;
    if (!t.editable || this.options.tool() !== 'select') return;
    const p = t.engine.toBoard(e.clientX, e.clientY);
    // An arrow across a note must not keep its text from being edited.
    const hit = itemAt(t.scene, p, t.engine.camera.z, (item) => item.record.type === 'arrow') ?? itemAt(t.scene, p, t.engine.camera.z);
    const type = hit ? t.scene.get(hit)?.record.type : undefined;
    if (hit && type && EDITABLE_TEXT.has(type) && canChange(t, hit)) {
      t.selection.set([hit]);
      t.startEditing(hit);
      return;
    }
    if (hit) return;
    const id = t.actions.addNote({ x: Math.round(p.x - NOTE_SIZE.w / 2), y: Math.round(p.y - NOTE_SIZE.h / 2) }, t.noteColor());
    if (!id) return;
    t.selection.set([id]);
    t.startEditing(id);
  };

  private wheel = (e: WheelEvent): void => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? this.t.engine.view.h : 1;
    const dx = e.deltaX * unit;
    const dy = e.deltaY * unit;
    const { engine } = this.t;
    if (e.ctrlKey || e.metaKey) {
      const r = engine.canvas.getBoundingClientRect();
      // Trackpad pinches arrive as ctrl+wheel with small deltas; a mouse wheel step is ~100.
      engine.zoomAt({ x: e.clientX - r.left, y: e.clientY - r.top }, Math.exp(-Math.max(-100, Math.min(100, dy)) * 0.0025));
    } else if (e.shiftKey && dx === 0) {
      engine.panBy(dy, 0);
    } else {
      engine.panBy(dx, dy);
    }
  };

  private hover(p: Point): void {
    const { t } = this;
    const tool = this.options.tool();
    if (!t.editable || this.spaceHeld) return this.setCursor('grab');
    if (tool !== 'select') return this.setCursor(tool === 'text' ? 'text' : 'crosshair');
    const id = resizableSelection(t);
    const bounds = id ? t.scene.get(id)?.bounds : null;
    const handle = bounds ? handleAt(bounds, p, t.engine.camera.z) : null;
    if (handle) return this.setCursor(`${handle}-resize`);
    this.setCursor(itemAt(t.scene, p, t.engine.camera.z) ? 'move' : 'default');
  }

  private setCursor(cursor = 'default'): void {
    const style = this.t.engine.canvas.style;
    if (style.cursor !== cursor) style.cursor = cursor;
  }

  private startPinch(): void {
    this.abort();
    const [a, b] = [...this.touches.values()] as [Point, Point];
    this.pinch = { cam: this.t.engine.camera, dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: midpoint(a, b) };
  }

  private movePinch(): void {
    const pinch = this.pinch;
    if (!pinch || this.touches.size < 2) return;
    const { engine } = this.t;
    const [a, b] = [...this.touches.values()] as [Point, Point];
    const r = engine.canvas.getBoundingClientRect();
    const mid = midpoint(a, b);
    const zoomed = zoomAt(pinch.cam, engine.view, { x: pinch.mid.x - r.left, y: pinch.mid.y - r.top }, Math.hypot(a.x - b.x, a.y - b.y) / pinch.dist);
    engine.setCamera(panBy(zoomed, pinch.mid.x - mid.x, pinch.mid.y - mid.y));
  }
}

const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
