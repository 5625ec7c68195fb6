import { useEffect, type RefObject } from 'react';
import { useLatest } from '../../hooks/useLatest.ts';
import { isTyping } from './input/CanvasInput.ts';
import { canChange } from './input/selectGestures.ts';
import type { ToolName } from './input/types.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';

const TOOL_BY_KEY: Record<string, ToolName> = { v: 'select', t: 'text', r: 'rect', o: 'ellipse', a: 'arrow', p: 'pen', e: 'eraser' };
const PAN_STEP = 80;

export interface KeyHandlers {
  editable: boolean;
  addNote(): void;
  setTool(tool: ToolName): void;
  startEditing(id: string): void;
  remove(ids: string[]): void;
  duplicate(): void;
  copy(event: ClipboardEvent): void;
  paste(event: ClipboardEvent): void;
}

/**
 * The board's keyboard shortcuts, on the whole page but never while typing in a field.
 * Keys that act on the selection (Delete, arrows, Enter, ctrl+A) act only when the focus is on
 * the board region itself or nowhere, so Backspace on another button never deletes a note.
 * The item list handles its own keys (they arrive here already handled).
 */
export function useCanvasKeys(rt: CanvasRuntime | null, frame: RefObject<HTMLElement | null>, handlers: KeyHandlers): void {
  const latestRef = useLatest(handlers);
  useEffect(() => {
    if (!rt) return;
    // The board region, an item's button in it, or no focus at all (not a toolbar or form field).
    const onBoard = (target: EventTarget | null) => target === document.body || target === null
      || (target instanceof Node && !!frame.current?.contains(target));
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const h = latestRef.current;
      const { engine, selection } = rt;
      const key = e.key.toLowerCase();
      const mod = e.ctrlKey || e.metaKey;
      const centre = { x: engine.view.w / 2, y: engine.view.h / 2 };
      if (!mod && !e.altKey) {
        if (key === 'n' && h.editable && !e.repeat) return done(e, h.addNote);
        const tool = TOOL_BY_KEY[key];
        if (tool && h.editable && !e.shiftKey) return done(e, () => h.setTool(tool));
        if (e.key === '+' || e.key === '=') return done(e, () => engine.zoomAt(centre, 1.25));
        if (e.key === '-' || e.key === '_') return done(e, () => engine.zoomAt(centre, 1 / 1.25));
        if (e.shiftKey && e.code === 'Digit1') return done(e, () => engine.zoomToFit());
        if (e.shiftKey && e.code === 'Digit0') return done(e, () => engine.setCamera({ ...engine.camera, z: 1 }));
        if (e.key === 'Escape') {
          rt.input.abort();
          h.setTool('select');
          selection.clear();
          return;
        }
      }
      if (!onBoard(e.target)) return;
      const ids = [...selection.get()];
      if ((e.key === 'Delete' || e.key === 'Backspace') && h.editable && ids.length > 0) return done(e, () => h.remove(ids));
      if (mod && key === 'd' && h.editable) return done(e, h.duplicate);
      if (mod && key === 'a') return done(e, () => selection.set(rt.scene.ordered().map((i) => i.id)));
      if (e.key === 'Enter' && ids.length === 1 && h.editable) return done(e, () => h.startEditing(ids[0]!));
      const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const d = arrows[e.key];
      if (!d || mod) return;
      if (ids.length > 0 && h.editable) {
        const step = e.shiftKey ? 50 : 10;
        const movable = ids.filter((id) => canChange(rt.tools, id));
        return done(e, () => rt.actions.moveBy(movable, d[0] * step, d[1] * step));
      }
      done(e, () => engine.panBy(d[0] * PAN_STEP, d[1] * PAN_STEP));
    };
    const onKeyUpSpace = (e: KeyboardEvent) => {
      // Space pans while held: keep it from scrolling or pressing the focused board region.
      if (e.key === ' ' && onBoard(e.target)) e.preventDefault();
    };
    const onCopy = (e: ClipboardEvent) => {
      if (!isTyping(e.target) && rt.selection.size > 0 && onBoard(e.target)) latestRef.current.copy(e);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (!isTyping(e.target) && latestRef.current.editable && onBoard(e.target)) latestRef.current.paste(e);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onKeyUpSpace);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onKeyUpSpace);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [rt, frame, latestRef]);
}

function done(e: KeyboardEvent, fn: () => void): void {
  e.preventDefault();
  fn();
}
