import type { InkColor, NoteColor } from '../../../../../shared/board/schema.ts';
import type { Point } from '../../../../../shared/board/views.ts';
import type { BoardScene } from '../BoardScene.ts';
import type { CanvasActions } from '../canvasActions.ts';
import type { CanvasEngine } from '../CanvasEngine.ts';
import type { SelectionStore } from '../selectionStore.ts';

export const TOOLS = ['select', 'text', 'rect', 'ellipse', 'arrow', 'pen', 'eraser'] as const;
export type ToolName = (typeof TOOLS)[number];

/** What a pointer gesture may use: the engine, the model's actions, and a few UI callbacks. */
export interface ToolContext {
  engine: CanvasEngine;
  scene: BoardScene;
  selection: SelectionStore;
  actions: CanvasActions;
  editable: boolean;
  /** Facilitators and organisers edit the case card; participants only read it. */
  canEditCase: boolean;
  ink(): InkColor;
  noteColor(): NoteColor;
  startEditing(id: string): void;
  setTool(tool: ToolName): void;
}

/** One pointer gesture, from pointerdown to pointerup (or cancel). */
export interface Gesture {
  move(p: Point, e: PointerEvent): void;
  up(p: Point, e: PointerEvent): void;
  cancel(): void;
  /** The CSS cursor while the gesture runs. */
  cursor?: string;
}

/**
 * Runs `fn` with the latest arguments at most once per animation frame: a mouse sends more
 * events than a screen shows, and each write is a document update sent to everyone.
 */
export function perFrame<A extends unknown[]>(fn: (...args: A) => void) {
  let latest: A | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    const args = latest;
    latest = null;
    if (args) fn(...args);
  };
  return {
    call(...args: A) {
      latest = args;
      if (!frame) frame = requestAnimationFrame(run);
    },
    flush() {
      if (frame) cancelAnimationFrame(frame);
      run();
    },
    cancel() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      latest = null;
    },
  };
}

/** Screen distance (CSS pixels) a pointer must travel before a press becomes a drag. */
export const DRAG_THRESHOLD = 3;

export function movedFar(a: { clientX: number; clientY: number }, b: { clientX: number; clientY: number }): boolean {
  return Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY) > DRAG_THRESHOLD;
}
