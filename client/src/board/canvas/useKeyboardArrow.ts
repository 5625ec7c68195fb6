import { useCallback, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InkColor } from '../../../../shared/board/schema.ts';
import { itemName, labelTexts } from './itemLabel.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';

export interface KeyboardArrow {
  /** The item the arrow being made starts from, or null when none is being made. */
  from: string | null;
  /** The spoken and shown name of `from` ("Notitie: Buren maken ruzie"). */
  fromName: string;
  /** Starts an arrow at an item (A on its button, or "Pijl" from the keyboard with it selected). */
  start(id: string): void;
  /** Ends the arrow at `to` (Enter on its button). False when no arrow was being made. */
  finish(to: string): boolean;
  /** Stops making the arrow. False when none was being made. */
  cancel(): boolean;
}

/**
 * Making an arrow without a pointer: A on a focused item starts it there, Tab goes to the item
 * it should point at, Enter makes it (Escape stops). Dragging from one item to another is the
 * only other way, and a keyboard or switch user has no drag. Focus then goes to the new
 * arrow, whose name says what it connects.
 */
export function useKeyboardArrow(rtRef: RefObject<CanvasRuntime | null>, ink: () => InkColor, announce: (text: string) => void): KeyboardArrow {
  const { t } = useTranslation();
  // The name is taken when the arrow starts: what the banner says while Tab moves on.
  const [from, setFrom] = useState<{ id: string; name: string } | null>(null);
  const nameOf = useCallback((id: string) => {
    const rt = rtRef.current;
    return rt ? itemName(labelTexts(t), rt.scene, id) : '';
  }, [rtRef, t]);

  const start = useCallback((id: string) => {
    const rt = rtRef.current;
    const type = rt?.scene.get(id)?.record.type;
    if (!rt || !rt.tools.editable || !type || type === 'arrow') return;
    const name = nameOf(id);
    setFrom({ id, name });
    rt.selection.set([id]);
    rt.focus.request(id);
    announce(t('canvas.connect.started', { name }));
  }, [rtRef, announce, nameOf, t]);

  const finish = useCallback((to: string): boolean => {
    const rt = rtRef.current;
    if (!from || !rt) return false;
    if (to === from.id) {
      announce(t('canvas.connect.same'));
      return true;
    }
    setFrom(null);
    const id = rt.actions.addArrow(from.id, to, ink());
    if (!id) {
      announce(t('canvas.connect.failed'));
      return true;
    }
    rt.selection.set([id]);
    rt.focus.request(id);
    announce(t('canvas.connect.made', { from: nameOf(from.id), to: nameOf(to) }));
    return true;
  }, [rtRef, from, ink, announce, nameOf, t]);

  const cancel = useCallback((): boolean => {
    if (!from) return false;
    setFrom(null);
    announce(t('canvas.connect.cancelled'));
    return true;
  }, [from, announce, t]);

  return { from: from?.id ?? null, fromName: from?.name ?? '', start, finish, cancel };
}
