import type * as Y from 'yjs';
import { addArrow } from '../../../../shared/board/arrows.ts';
import { setCaseText } from '../../../../shared/board/caseCard.ts';
import { pasteItems, serializeItems } from '../../../../shared/board/clipboard.ts';
import type { ClipboardData } from '../../../../shared/board/clipboardFormat.ts';
import { duplicateItems } from '../../../../shared/board/duplicate.ts';
import { BoardLimitError, type BoardLimit } from '../../../../shared/board/errors.ts';
import { addTextLabel, setLabelText } from '../../../../shared/board/labels.ts';
import { addNote, setNoteText } from '../../../../shared/board/notes.ts';
import { placeItems, type Placement } from '../../../../shared/board/placeItems.ts';
import { resizeItem } from '../../../../shared/board/resize.ts';
import type { InkColor, NoteColor, ShapeKind } from '../../../../shared/board/schema.ts';
import { setSectionTitle } from '../../../../shared/board/sections.ts';
import { bringItemsToFront, deleteItems, moveItems } from '../../../../shared/board/selection.ts';
import { addShape } from '../../../../shared/board/shapes.ts';
import { addStroke } from '../../../../shared/board/strokes.ts';
import { setItemColor } from '../../../../shared/board/style.ts';
import { applyTemplate } from '../../../../shared/board/templates.ts';
import type { Point, Rect } from '../../../../shared/board/views.ts';
import { castVote, retractVote, type VoteResult } from '../../../../shared/board/votes.ts';
import { Limits } from '../../../../shared/limits.ts';
import { LOCAL } from '../actions.ts';
import type { BoardScene } from './BoardScene.ts';

export interface ActionOptions {
  /** Where new items go: the board, or the private doc during a silent brainstorm. */
  writeDoc: () => Y.Doc;
  /** Called when the model refused a change at a board limit (nothing was written). */
  onLimit: (limit: BoardLimit) => void;
  /**
   * Ends the current undo step (Y.UndoManager.stopCapturing). Yjs merges changes less than
   * half a second apart into one step: without this, ctrl+Z right after a keyboard move and a
   * delete would take back both, and a keyboard user would lose the move they meant to keep.
   */
  undoStep?: () => void;
}

/**
 * The canvas's edits, each one call into the shared model with this person's origin (undo and
 * save tracking rely on LOCAL). Items are edited in the doc that holds them; a BoardLimitError
 * becomes a call to onLimit, so the UI can say which limit was reached.
 */
export function canvasActions(scene: BoardScene, { writeDoc, onLimit, undoStep }: ActionOptions) {
  /** Runs a model call, turning a limit into onLimit. */
  function guard<T>(fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof BoardLimitError) {
        onLimit(err.limit);
        return fallback;
      }
      throw err;
    }
  }
  /** A discrete change (add, delete, vote…) as an undo step of its own (see undoStep). */
  function discrete<T>(fallback: T, fn: () => T): T {
    undoStep?.();
    try {
      return guard(fallback, fn);
    } finally {
      undoStep?.();
    }
  }
  const step = (fn: () => void): void => discrete(undefined, fn);
  /** Ids grouped by the doc that holds them (unknown ids are dropped). */
  function byDoc(ids: Iterable<string>): Map<Y.Doc, string[]> {
    const groups = new Map<Y.Doc, string[]>();
    for (const id of ids) {
      const doc = scene.docOf(id);
      if (!doc) continue;
      const list = groups.get(doc);
      if (list) list.push(id);
      else groups.set(doc, [id]);
    }
    return groups;
  }

  return {
    addNote: (at: Point, color?: NoteColor): string | null =>
      discrete(null, () => addNote(writeDoc(), { x: at.x, y: at.y, ...(color ? { color } : {}) }, LOCAL)),
    addText: (at: Point, color?: InkColor): string | null =>
      discrete(null, () => addTextLabel(writeDoc(), { x: at.x, y: at.y, ...(color ? { color } : {}) }, LOCAL)),
    addShape: (shape: ShapeKind, r: Rect): string | null =>
      discrete(null, () => addShape(writeDoc(), { shape, x: r.x, y: r.y, w: r.w, h: r.h }, LOCAL)),
    addArrow: (from: string, to: string, color?: InkColor): string | null => {
      const doc = scene.docOf(from);
      if (!doc || doc !== scene.docOf(to)) return null;
      return discrete(null, () => addArrow(doc, { from, to, ...(color ? { color } : {}) }, LOCAL));
    },
    /** Adds a pen stroke; one longer than Limits.maxStrokePoints is cut into several. */
    addStroke: (points: readonly number[], color: InkColor, width: number): string[] => discrete([], () => {
      const ids: string[] = [];
      const per = Limits.maxStrokePoints * 2;
      for (let start = 0; start < points.length; start += per - 2) {
        const id = addStroke(writeDoc(), { points: points.slice(start, start + per), color, width }, LOCAL);
        if (id) ids.push(id);
        if (start + per >= points.length) break;
      }
      return ids;
    }),
    /**
     * Sets the text of a note, label, section title or case card; `caret` (in `text`, after the
     * edit) places the change at the caret (replaceText). Returns false at a limit.
     */
    setText: (id: string, text: string, caret?: number): boolean => guard(false, () => {
      const doc = scene.docOf(id);
      const type = scene.get(id)?.record.type;
      if (!doc) return false;
      if (type === 'note') setNoteText(doc, id, text, LOCAL, caret);
      else if (type === 'text') setLabelText(doc, id, text, LOCAL, caret);
      else if (type === 'section') setSectionTitle(doc, id, text, LOCAL, caret);
      else if (type === 'case') setCaseText(doc, text, LOCAL, caret);
      return true;
    }),
    setColor: (ids: Iterable<string>, color: string): void => step(() => {
      for (const [doc, list] of byDoc(ids)) doc.transact(() => list.forEach((id) => setItemColor(doc, id, color, LOCAL)), LOCAL);
    }),
    resize: (id: string, r: Rect): void => {
      const doc = scene.docOf(id);
      if (doc) resizeItem(doc, id, r, LOCAL);
    },
    place: (placements: readonly Placement[]): void => {
      const docs = byDoc(placements.map((p) => p.id));
      for (const [doc, ids] of docs) {
        const mine = new Set(ids);
        placeItems(doc, placements.filter((p) => mine.has(p.id)), LOCAL);
      }
    },
    moveBy: (ids: Iterable<string>, dx: number, dy: number): void => {
      for (const [doc, list] of byDoc(ids)) moveItems(doc, list, dx, dy, LOCAL);
    },
    remove: (ids: Iterable<string>): void => step(() => {
      for (const [doc, list] of byDoc(ids)) deleteItems(doc, list, LOCAL);
    }),
    duplicate: (ids: Iterable<string>): string[] => discrete([], () => {
      const created: string[] = [];
      for (const [doc, list] of byDoc(ids)) created.push(...duplicateItems(doc, list, LOCAL));
      return created;
    }),
    bringToFront: (ids: Iterable<string>): void => step(() => {
      for (const [doc, list] of byDoc(ids)) bringItemsToFront(doc, list, LOCAL);
    }),
    copy: (ids: Iterable<string>): ClipboardData | null => {
      const parts = [...byDoc(ids)].map(([doc, list]) => serializeItems(doc, list));
      const items = parts.flatMap((part) => part.items);
      return parts[0] && items.length > 0 ? { ...parts[0], items } : null;
    },
    paste: (data: ClipboardData, at: Point | null): string[] => discrete([], () => pasteItems(writeDoc(), data, at, LOCAL)),
    /** Lays out the workshop template (case card and four sections) on a board that has none. */
    applyTemplate: (): boolean => discrete(false, () => applyTemplate(scene.doc, 'workshop', {}, LOCAL)),
    vote: (voterId: string, id: string): VoteResult | null => discrete(null, () => castVote(scene.doc, voterId, id, LOCAL)),
    unvote: (voterId: string, id: string): boolean => discrete(false, () => retractVote(scene.doc, voterId, id, LOCAL)),
  };
}

export type CanvasActions = ReturnType<typeof canvasActions>;
