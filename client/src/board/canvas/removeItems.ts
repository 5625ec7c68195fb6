import { canChange } from './input/selectGestures.ts';
import type { CanvasRuntime } from './useCanvasRuntime.ts';

/**
 * Deletes items from the keyboard and moves focus to the item next to `at` in reading order
 * (or back to "Notitie toevoegen" when none is left): focus must never fall to <body>, where a
 * keyboard user would lose their place. Returns how many items were deleted.
 */
export function removeWithFocus(rt: CanvasRuntime, ids: readonly string[], at: string, order: readonly string[], fallback: HTMLElement | null): number {
  const removable = ids.filter((i) => canChange(rt.tools, i));
  // Arrows attached to a removed item go with it: focus must not be sent to one of them.
  const gone = new Set(removable);
  for (const a of rt.scene.arrows()) {
    if (a.record.type === 'arrow' && (gone.has(a.record.from) || gone.has(a.record.to))) gone.add(a.id);
  }
  const i = order.indexOf(at);
  const neighbour = order.slice(i + 1).find((x) => !gone.has(x)) ?? order.slice(0, Math.max(i, 0)).reverse().find((x) => !gone.has(x));
  rt.actions.remove(removable);
  if (neighbour) rt.focus.request(neighbour);
  else (document.querySelector<HTMLElement>('[data-canvas-add-note]') ?? fallback)?.focus();
  return removable.length;
}
