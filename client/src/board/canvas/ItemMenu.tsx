import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VOTABLE, votesLeft } from '../../../../shared/board/votes.ts';
import { boardToScreen } from './camera.ts';
import { canChange } from './input/selectGestures.ts';
import { itemName, labelTexts } from './itemLabel.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';
import { menuItemFor } from '../../components/menuKeys.ts';

export interface ItemMenuActions {
  edit(id: string): void;
  vote(id: string, up: boolean): void;
  arrow(id: string): void;
  duplicate(id: string): void;
  bringToFront(id: string): void;
  remove(id: string): void;
}

const TEXT_KINDS = new Set(['note', 'text', 'section', 'case']);

/**
 * What can be done with one item, as a menu (WAI-ARIA APG menu pattern) opened from its button
 * in the item list with Shift+F10 or the context-menu key: a keyboard user votes, makes an
 * arrow or changes the order right where they are, instead of Shift+Tab through every item
 * before it to the toolbar. ArrowDown/ArrowUp (wrapping), Home and End move, Enter or Space
 * chooses, Escape and Tab close it and give focus back to the item.
 */
export function ItemMenu({ rt, id, voterId, actions, onClose }: {
  rt: CanvasRuntime;
  id: string;
  voterId: string | null;
  actions: ItemMenuActions;
  /** Closes the menu; `refocus` puts focus back on the item's button. */
  onClose(refocus: boolean): void;
}) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  const item = rt.scene.get(id);
  if (!item) return null;
  const type = item.record.type;
  const changeable = canChange(rt.tools, id);
  const votable = !!voterId && !item.isPrivate && VOTABLE.has(type as never);
  const left = voterId ? votesLeft(rt.scene.doc, voterId) : 0;
  const choices: { key: string; label: string; run(): void }[] = [];
  if (changeable && TEXT_KINDS.has(type)) choices.push({ key: 'edit', label: t('canvas.menu.edit'), run: () => actions.edit(id) });
  if (votable && left > 0) choices.push({ key: 'vote', label: t('canvas.menu.vote', { count: left }), run: () => actions.vote(id, true) });
  if (votable && rt.scene.myVotes(id) > 0) choices.push({ key: 'unvote', label: t('canvas.selection.unvote'), run: () => actions.vote(id, false) });
  if (rt.tools.editable && type !== 'arrow') choices.push({ key: 'arrow', label: t('canvas.menu.arrow'), run: () => actions.arrow(id) });
  if (changeable) {
    choices.push({ key: 'duplicate', label: t('canvas.selection.duplicate'), run: () => actions.duplicate(id) });
    choices.push({ key: 'front', label: t('canvas.selection.bringToFront'), run: () => actions.bringToFront(id) });
    choices.push({ key: 'delete', label: t('canvas.selection.delete'), run: () => actions.remove(id) });
  }

  // Beside the item's top-left corner, kept inside the board's frame.
  const at = item.bounds ? boardToScreen(rt.engine.camera, rt.engine.view, { x: item.bounds.x, y: item.bounds.y }) : { x: 0, y: 0 };
  const left0 = Math.max(8, Math.min(at.x, rt.engine.view.w - 240));
  const top0 = Math.max(8, Math.min(at.y, rt.engine.view.h - 40 * Math.max(1, choices.length) - 8));

  function onKeyDown(event: KeyboardEvent) {
    const next = menuItemFor(event.key, active, choices.length);
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
    }
    // The board's own shortcuts (Delete, arrows, letters) must not act while the menu is open.
    event.stopPropagation();
  }

  return (
    <div
      ref={menu} role="menu" className="canvas-item-menu" aria-label={t('canvas.menu.label', { name: itemName(labelTexts(t), rt.scene, id) })}
      style={{ left: left0, top: top0 }} onKeyDown={onKeyDown}
      onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(false); }}
    >
      {choices.map((c, i) => (
        <button
          key={c.key} type="button" role="menuitem" tabIndex={i === active ? 0 : -1} className="canvas-item-menu__item"
          onClick={() => {
            // Focus back on the item first: the action may move it on (to the editor, a neighbour).
            onClose(true);
            c.run();
          }}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
