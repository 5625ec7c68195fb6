import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { BoardLimit } from '../../../../shared/board/errors.ts';
import type { InkColor, NoteColor } from '../../../../shared/board/schema.ts';
import type { Point } from '../../../../shared/board/views.ts';
import { BoardScene } from './BoardScene.ts';
import { canvasActions, type CanvasActions } from './canvasActions.ts';
import { CanvasEngine } from './CanvasEngine.ts';
import { CanvasInput } from './input/CanvasInput.ts';
import type { ToolContext, ToolName } from './input/types.ts';
import { ItemFocus } from './itemFocus.ts';
import { CanvasPresence } from './presence.ts';
import { SelectionStore } from './selectionStore.ts';
import type { PresenceRole } from '../presenceUsers.ts';

/** The latest values of React state and props, read by the framework-free parts when they need them. */
export interface LiveOptions {
  editable: boolean;
  canEditCase: boolean;
  tool: ToolName;
  ink: InkColor;
  noteColor: NoteColor;
  caseLabel: string;
  /** The name shown for someone who gave none: their role label, or "Anoniem". */
  unnamed(role: PresenceRole | null): string;
  writeDoc(): Y.Doc;
  startEditing(id: string): void;
  setTool(tool: ToolName): void;
  onLimit(limit: BoardLimit): void;
  /** Ends the current undo step, so that a discrete action undoes on its own (see canvasActions). */
  undoStep?(): void;
}

export interface CanvasRuntime {
  scene: BoardScene;
  engine: CanvasEngine;
  selection: SelectionStore;
  actions: CanvasActions;
  input: CanvasInput;
  presence: CanvasPresence | null;
  tools: ToolContext;
  focus: ItemFocus;
  /** The board point under the mouse (new notes from the keyboard go there), or null. */
  pointer(): Point | null;
}

/**
 * Creates the canvas's framework-free parts (scene, engine, input, presence) once the canvas
 * element exists, and tears them down with the board. They read React's current values
 * through `live`, so a new tool or colour does not rebuild them.
 */
export function useCanvasRuntime(
  doc: Y.Doc, awareness: Awareness | null, canvasRef: RefObject<HTMLCanvasElement | null>,
  listRef: RefObject<HTMLElement | null>, live: RefObject<LiveOptions>,
): CanvasRuntime | null {
  const [runtime, setRuntime] = useState<CanvasRuntime | null>(null);
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const scene = new BoardScene(doc);
    const selection = new SelectionStore();
    const engine = new CanvasEngine(canvas, scene, selection, () => live.current.caseLabel);
    const actions = canvasActions(scene, {
      writeDoc: () => live.current.writeDoc(),
      onLimit: (limit) => live.current.onLimit(limit),
      undoStep: () => live.current.undoStep?.(),
    });
    const tools: ToolContext = {
      engine, scene, selection, actions,
      get editable() { return live.current.editable; },
      get canEditCase() { return live.current.canEditCase; },
      ink: () => live.current.ink,
      noteColor: () => live.current.noteColor,
      startEditing: (id) => live.current.startEditing(id),
      setTool: (tool) => live.current.setTool(tool),
    };
    const presence = awareness ? new CanvasPresence(awareness, engine, (role) => live.current.unnamed(role)) : null;
    let pointer: Point | null = null;
    const input = new CanvasInput(tools, {
      tool: () => live.current.tool,
      onPointer: (p) => {
        pointer = p;
        presence?.setCursor(p);
      },
      // The board region takes focus (which also ends an edit in progress by blurring the editor),
      // so that Delete, arrows and ctrl+C act on what was just clicked.
      onPress: () => {
        const frame = canvas.parentElement;
        if (frame && document.activeElement !== frame) frame.focus({ preventScroll: true });
      },
    });
    const focus = new ItemFocus(() => listRef.current);
    setRuntime({ scene, engine, selection, actions, input, presence, tools, focus, pointer: () => pointer });
    return () => {
      input.destroy();
      presence?.destroy();
      engine.destroy();
      scene.destroy();
      setRuntime(null);
    };
  }, [doc, awareness, canvasRef, listRef, live]);
  return runtime;
}
