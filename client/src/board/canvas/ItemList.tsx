import {
  memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/board/views.ts';
import type { SceneItem } from './BoardScene.ts';
import { canChange } from './input/selectGestures.ts';
import { itemLabel, labelTexts, readingOrder } from './itemLabel.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';
import { useSceneVersion } from './useSceneVersion.ts';

/** The list is built in slices of this many buttons in idle time after the board is drawn. */
const SLICE = 300;

/** Runs `fn` when the browser is idle (soon after the current frame where there is no idle callback). */
export function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 16);
  return () => clearTimeout(timer);
}

/** Arrow keys move a focused item by this much; with Shift by the larger step. */
export const KEY_STEP = 10;
export const KEY_STEP_LARGE = 50;

const TEXT_KINDS = new Set(['note', 'text', 'section', 'case']);

interface Props {
  rt: CanvasRuntime;
  listRef: RefObject<HTMLUListElement | null>;
  frameRef: RefObject<HTMLElement | null>;
  helpId: string;
  startEditing(id: string): void;
  onDeleted(count: number): void;
}

/**
 * The board as a list of buttons, visually hidden but in the Tab order, one per item in
 * reading order: how keyboard and screen-reader users reach what the canvas draws. Focus
 * selects the item and the canvas draws a focus ring around it; arrow keys move it, Enter
 * edits, Delete removes. The outline view is the fuller alternative; this keeps the canvas
 * itself usable without a mouse.
 */
export function ItemList({ rt, listRef, frameRef, helpId, startEditing, onDeleted }: Props) {
  const { t, i18n } = useTranslation();
  // `t` keeps its identity across a language change; the language is what changes the words.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const words = useMemo(() => labelTexts(t), [t, i18n.language]);
  const version = useSceneVersion(rt.scene, 150);
  const peersVersion = useSyncExternalStore(
    (cb) => rt.engine.onDraw(cb), () => rt.engine.overlay.peers,
  );
  const hasFocus = useRef(false);
  const lastOrder = useRef<string[]>([]);
  const order = useMemo(() => {
    const next = readingOrder(rt.scene);
    // While a keyboard user moves an item, the list keeps its order: re-sorting under the
    // focused button would make the browser drop its focus, and Tab would jump.
    const prev = lastOrder.current;
    if (hasFocus.current && prev.length === next.length && next.every((id) => rt.scene.get(id))) {
      const known = new Set(prev);
      if (next.every((id) => known.has(id))) return prev;
    }
    return next;
    // `version` is the scene's change counter: reading order is recomputed when the scene changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rt.scene, version]);
  lastOrder.current = order;
  useEffect(() => rt.focus.flush());

  // A board of thousands of items gets its buttons a slice at a time, so that building the
  // list never holds up a frame; once complete, the list follows the board in full.
  const [shown, setShown] = useState(0);
  const complete = shown >= order.length;
  useEffect(() => {
    if (complete) return;
    return whenIdle(() => setShown((n) => n + SLICE));
  }, [complete, shown]);
  useEffect(() => {
    if (complete) setShown(Infinity);
  }, [complete]);
  const visible = complete ? order : order.slice(0, shown);

  const editingBy = useMemo(() => {
    const map = new Map<string, string>();
    for (const p of peersVersion) if (p.editing) map.set(p.editing, p.name);
    return map;
  }, [peersVersion]);

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    const { actions, selection, engine, tools } = rt;
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step],
    };
    const d = delta[event.key];
    const ids = selection.has(id) ? [...selection.get()] : [id];
    if (d) {
      event.preventDefault();
      if (!tools.editable || !canChange(tools, id)) return;
      actions.moveBy(ids.filter((i) => canChange(tools, i)), d[0], d[1]);
      const b = rt.scene.get(id)?.bounds;
      if (b) engine.reveal(b);
    } else if ((event.key === 'Enter' || event.key === 'F2') && TEXT_KINDS.has(rt.scene.get(id)?.record.type ?? '')) {
      event.preventDefault();
      if (tools.editable && canChange(tools, id)) startEditing(id);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (!tools.editable) return;
      const removable = ids.filter((i) => canChange(tools, i));
      const gone = new Set(removable);
      const at = order.indexOf(id);
      const neighbour = order.slice(at + 1).find((i) => !gone.has(i)) ?? order.slice(0, at).reverse().find((i) => !gone.has(i));
      actions.remove(removable);
      onDeleted(removable.length);
      if (neighbour) rt.focus.request(neighbour);
      else (document.querySelector<HTMLElement>('[data-canvas-add-note]') ?? frameRef.current)?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      selection.clear();
      frameRef.current?.focus();
    }
  }

  // One stable handler for every button, so that memo() skips the buttons whose item did not change.
  const latest = useRef(onKeyDown);
  latest.current = onKeyDown;
  const keyDown = useCallback((e: KeyboardEvent<HTMLButtonElement>, id: string) => latest.current(e, id), []);

  return (
    <ul
      ref={listRef} className="canvas-items visually-hidden" aria-label={t('canvas.items.label')} data-count={visible.length}
      onFocus={() => { hasFocus.current = true; }}
      onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) hasFocus.current = false; }}
    >
      {visible.map((id) => {
        const item = rt.scene.get(id);
        if (!item) return null;
        return (
          <ItemButton
            key={id} item={item} record={item.record} label={itemLabel(words, rt.scene, id, editingBy.get(id) ?? null)}
            votes={rt.scene.votes(id)} helpId={helpId} rt={rt} onKeyDown={keyDown}
          />
        );
      })}
    </ul>
  );
}

interface ButtonProps {
  item: SceneItem;
  /** The item's current record: a new object on every change (the item itself is updated in place). */
  record: ItemRecord;
  label: string;
  votes: number;
  helpId: string;
  rt: CanvasRuntime;
  onKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string): void;
}

const ItemButton = memo(function ItemButton({ item, record: r, label, votes, helpId, rt, onKeyDown }: ButtonProps) {
  const text = r.type === 'note' || r.type === 'text' || r.type === 'case' ? r.text : r.type === 'section' ? r.title : undefined;
  const at = item.bounds;
  return (
    <li>
      <button
        type="button" aria-label={label} aria-describedby={helpId}
        data-item-id={item.id} data-item-kind={r.type} data-note-id={r.type === 'note' ? item.id : undefined}
        data-x={at ? Math.round(at.x) : undefined} data-y={at ? Math.round(at.y) : undefined}
        data-text={text} data-votes={votes}
        onFocus={() => {
          rt.selection.set([item.id]);
          rt.engine.overlay.focusedId = item.id;
          if (item.bounds) rt.engine.reveal(item.bounds);
          rt.engine.invalidate();
        }}
        onBlur={() => {
          if (rt.engine.overlay.focusedId === item.id) rt.engine.overlay.focusedId = null;
          rt.engine.invalidate();
        }}
        onKeyDown={(e) => onKeyDown(e, item.id)}
      />
    </li>
  );
});
