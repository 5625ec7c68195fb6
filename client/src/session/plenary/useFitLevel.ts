import { useLayoutEffect, type RefObject } from 'react';

/** One way to lay out (part of) a beamer area: CSS custom properties set on an element. */
export type FitLevel = Readonly<Record<`--${string}`, string>>;

export interface FitPlan {
  /** Levels for the whole area (type size), most generous first; one is chosen for all boxes. */
  shared: readonly FitLevel[];
  /** Levels for each box on its own (line counts), most generous first; the last is the least a box shows. */
  each: readonly FitLevel[];
  /** The boxes (CSS selector inside the container) that must not be cut. */
  boxes: string;
  /** Parts of a box (selector inside it) that may each take a more generous level than the box if it still fits. */
  parts?: string;
}

/** Whether an element holds more than it shows (1 px of rounding allowed). */
function overflows(el: Element): boolean {
  return el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
}

function apply(el: HTMLElement, level: FitLevel | undefined): void {
  for (const [name, value] of Object.entries(level ?? {})) el.style.setProperty(name, value);
}

/** Lets an element inherit its box's level again. */
function clear(el: HTMLElement, level: FitLevel | undefined): void {
  for (const name of Object.keys(level ?? {})) el.style.removeProperty(name);
}

/**
 * Lays out a fixed-size beamer area so that nothing in it is cut. First the largest shared
 * level (type size) at which every box fits while showing its least (`each`'s last level);
 * then, box by box, the most generous `each` level that still fits that box (a tile with a
 * short text keeps more lines than its neighbour with a long name). Without it the beamer had
 * one fixed set of line counts and sizes, and what did not fit was clipped mid-line or hidden
 * (a decision badge under the divider). When not even the last shared level fits, the
 * container gets `data-fit="overflow"` so that CSS can let the boxes scroll instead of cut.
 * Runs before paint whenever `content` changes, and when the container is resized (window,
 * message banner). A container that grows with its content (the phone layout) fits at once.
 */
export function useFitLevel(ref: RefObject<HTMLElement | null>, plan: FitPlan, content: unknown): void {
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    let live = true;
    const fit = () => {
      if (!live) return;
      const boxes = Array.from(container.querySelectorAll<HTMLElement>(plan.boxes));
      for (const box of boxes) apply(box, plan.each.at(-1));
      // Parts inherit their box's level until the last step picks theirs.
      for (const part of plan.parts ? Array.from(container.querySelectorAll<HTMLElement>(plan.parts)) : []) clear(part, plan.each[0]);
      const cut = () => overflows(container) || boxes.some(overflows);
      const shared = plan.shared.find((level) => {
        apply(container, level);
        return !cut();
      });
      if (shared) delete container.dataset.fit;
      else container.dataset.fit = 'overflow';
      // Each box is laid out on its own (fixed grid cells), so one box's lines never move another.
      for (const box of boxes) {
        let chosen = plan.each.findIndex((level) => {
          apply(box, level);
          return !overflows(box);
        });
        if (chosen < 0) chosen = plan.each.length - 1;
        // A short action point beside a long one may keep more lines: in order, each part
        // takes the most generous level at which the box still fits.
        for (const part of plan.parts ? Array.from(box.querySelectorAll<HTMLElement>(plan.parts)) : []) {
          const better = plan.each.slice(0, chosen).find((level) => {
            apply(part, level);
            return !overflows(box);
          });
          if (!better) clear(part, plan.each[0]);
        }
      }
    };
    fit();
    let width = container.clientWidth;
    let height = container.clientHeight;
    const observer = new ResizeObserver(() => {
      // Only the container's own size: a level that changes its height (phone layout) must
      // not start a loop.
      if (container.clientWidth === width && container.clientHeight === height) return;
      width = container.clientWidth;
      height = container.clientHeight;
      fit();
    });
    observer.observe(container);
    // Metrics change once a font has loaded.
    void document.fonts?.ready.then(fit);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [ref, plan, content]);
}
