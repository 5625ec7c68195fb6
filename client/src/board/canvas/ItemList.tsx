import {
  memo, useCallback, useEffect, useMemo, useState, useSyncExternalStore, type KeyboardEvent, type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemRecord } from '../../../../shared/board/views.ts';
import { useLatest } from '../../hooks/useLatest.ts';
import type { SceneItem } from './BoardScene.ts';
import { canChange } from './input/selectGestures.ts';
import { itemLabel, labelTexts, readingOrder } from './itemLabel.ts';
import { removeWithFocus } from './removeItems.ts';
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

/** Whether two orders hold the same items (in any order). */
function sameItems(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const known = new Set(a);
  return b.every((id) => known.has(id));
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
  /** Opens the item's menu (Shift+F10 or the context-menu key; see ItemMenu). */
  onMenu(id: string): void;
  /** Making an arrow by keyboard (useKeyboardArrow): A starts it, Enter ends it, Escape stops. */
  arrow: { from: string | null; start(id: string): void; finish(to: string): boolean; cancel(): boolean };
}

/**
 * The board as a list of buttons, visually hidden but in the Tab order, one per item in
 * reading order: how keyboard and screen-reader users reach what the canvas draws. Focus
 * selects the item and the canvas draws a focus ring around it; arrow keys move it, Enter
 * edits, Delete removes. The outline view is the fuller alternative; this keeps the canvas
 * itself usable without a mouse.
 */
export function ItemList({ rt, listRef, frameRef, helpId, startEditing, onDeleted, onMenu, arrow }: Props) {
  const { t } = useTranslation();
  // react-i18next gives a new `t` when the language changes, so the labels follow it.
  const words = useMemo(() => labelTexts(t), [t]);
  const version = useSceneVersion(rt.scene, 150);
  const peersVersion = useSyncExternalStore(
    (cb) => rt.engine.onDraw(cb), () => rt.engine.overlay.peers,
  );
  const [hasFocus, setHasFocus] = useState(false);
  // Sorted again when the scene changes (it is updated in place: `version` says when). While
  // a keyboard user moves an item, the list keeps its order: re-sorting under the focused
  // button would make the browser drop its focus, and Tab would jump. The previous order is
  // state adjusted while rendering, React's pattern for a value that depends on the last one.
  const [list, setList] = useState(() => ({ scene: rt.scene, version, order: readingOrder(rt.scene) }));
  if (list.scene !== rt.scene || list.version !== version) {
    const next = readingOrder(rt.scene);
    setList({ scene: rt.scene, version, order: hasFocus && sameItems(list.order, next) ? list.order : next });
  }
  const { order } = list;
  useEffect(() => rt.focus.flush());

  // A board of thousands of items gets its buttons a slice at a time, so that building the
  // list never holds up a frame; once complete, the list follows the board in full.
  const [shown, setShown] = useState(0);
  const complete = shown >= order.length;
  useEffect(() => {
    if (complete) return;
    return whenIdle(() => setShown((n) => n + SLICE));
  }, [complete, shown]);
  // Once complete, the list stays complete when the board grows.
  if (complete && shown !== Infinity) setShown(Infinity);
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
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    if (arrow.from && (event.key === 'Enter' || event.key === 'Escape')) {
      // An arrow is being made: Enter points it here, Escape stops (focus stays put).
      event.preventDefault();
      if (event.key === 'Enter') arrow.finish(id);
      else arrow.cancel();
    } else if (plain && event.key.toLowerCase() === 'a' && rt.scene.get(id)?.record.type !== 'arrow') {
      // Without this, A would pick the arrow tool, which only a pointer can use.
      event.preventDefault();
      if (tools.editable) arrow.start(id);
    } else if (d) {
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
      onDeleted(removeWithFocus(rt, ids, id, order, frameRef.current));
    } else if (event.key === 'F10' && event.altKey) {
      // To the toolbar's actions on the selection, past no other item: Shift+Tab would pass
      // every item before this one, each taking the selection as it gets focus.
      event.preventDefault();
      const actionsGroup = document.querySelector<HTMLElement>('[data-selection-actions]');
      actionsGroup?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      event.preventDefault();
      if (tools.editable) onMenu(id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      selection.clear();
      frameRef.current?.focus();
    }
  }

  // One stable handler for every button, so that memo() skips the buttons whose item did not change.
  const latestRef = useLatest(onKeyDown);
  const keyDown = useCallback((e: KeyboardEvent<HTMLButtonElement>, id: string) => latestRef.current(e, id), [latestRef]);

  return (
    <ul
      ref={listRef} className="canvas-items visually-hidden" aria-label={t('canvas.items.label')} data-count={visible.length}
      onFocus={() => setHasFocus(true)}
      onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHasFocus(false); }}
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
        data-text={text} data-votes={votes} data-private={item.isPrivate || undefined}
        onFocus={() => {
          rt.selection.set([item.id]);
          rt.engine.focusItem(item.id);
          if (item.bounds) rt.engine.reveal(item.bounds);
        }}
        onBlur={() => rt.engine.blurItem(item.id)}
        onKeyDown={(e) => onKeyDown(e, item.id)}
      />
    </li>
  );
});
