import { useLayoutEffect, useRef, type RefObject } from 'react';
import { firstFitting, settle, type FitLevel } from './fitSearch.ts';

export type { FitLevel } from './fitSearch.ts';

export interface FitPlan {
  /** Levels for the whole area (type size), most generous first; one is chosen for all boxes. */
  shared: readonly FitLevel[];
  /** Levels for each box on its own (line counts), most generous first. */
  each: readonly FitLevel[];
  /** What every box must show at the shared level chosen (default: the last of `each`). */
  least?: FitLevel;
  /** The boxes (CSS selector inside the container) that must not be cut. */
  boxes: string;
  /**
   * Elements inside a box that must not overflow either: a box's end padding hides what a
   * child's content spills into it, and the box's own measure does not count it as cut.
   */
  inner?: string;
  /**
   * Parts of a box that may each show more than the box's level if the box still fits (their
   * levels most generous first, and the box's own among them): in order, each takes the first.
   */
  parts?: { selector: string; levels: readonly FitLevel[] };
}

/**
 * Whether an element holds more than it shows. No pixel of slack: both sizes are rounded, and
 * a pixel allowed here let a last line reach two pixels into a tile's padding.
 */
function overflows(el: Element): boolean {
  return el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth;
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
 * level (type size) at which every box fits while showing its `least`; then, box by box, the
 * most generous `each` level that still fits that box (a tile with a short text keeps more
 * lines than its neighbour with a long name), then each part. Without it the beamer had one
 * fixed set of line counts and sizes, and what did not fit was clipped mid-line or hidden (a
 * decision badge under the divider). When not even the last shared level fits, the container
 * gets `data-fit="overflow"` so that CSS can let the boxes scroll instead of cut. Runs before
 * paint whenever `content` changes its text, and when the container is resized (window,
 * message banner). A container that grows with its content (the phone layout) fits at once.
 */
export function useFitLevel(ref: RefObject<HTMLElement | null>, plan: FitPlan, content: unknown): void {
  // What the last fit was made for: a new snapshot that changes no text (a vote, a spotlight)
  // needs no new fit, and a fit costs a few dozen layouts.
  const fitted = useRef('');
  useLayoutEffect(() => {
    const container = ref.current;
    if (!container) return;
    let live = true;
    const fit = (force = true) => {
      if (!live) return;
      const made = `${container.clientWidth}×${container.clientHeight}:${container.textContent ?? ''}`;
      if (!force && made === fitted.current) return;
      const boxes = Array.from(container.querySelectorAll<HTMLElement>(plan.boxes));
      const boxCut = (box: HTMLElement) => overflows(box)
        || (plan.inner ? Array.from(box.querySelectorAll(plan.inner)).some(overflows) : false);
      const partsOf = (box: HTMLElement) => (plan.parts ? Array.from(box.querySelectorAll<HTMLElement>(plan.parts.selector)) : []);
      // Every box at its least, its parts inheriting, while the shared level is chosen.
      for (const box of boxes) {
        apply(box, plan.least ?? plan.each.at(-1));
        for (const part of partsOf(box)) clear(part, plan.parts?.levels[0]);
      }
      const shared = firstFitting(plan.shared, (level) => {
        apply(container, level);
        return !overflows(container) && !boxes.some(boxCut);
      });
      apply(container, plan.shared[shared ?? plan.shared.length - 1]);
      if (shared === undefined) container.dataset.fit = 'overflow';
      else delete container.dataset.fit;
      // Boxes are laid out on their own (fixed grid cells): all of them try a level at once,
      // so that a fit costs one layout per level, not one per level and box.
      settle(boxes, plan.each, (box, level) => apply(box, level), boxCut);
      // Then the parts, first of every box, then second...: each shows more if its box still fits.
      const parts = boxes.map(partsOf);
      for (let i = 0; i < Math.max(0, ...parts.map((p) => p.length)); i++) {
        const nth = boxes.flatMap((box, b) => (parts[b]![i] ? [{ box, part: parts[b]![i]! }] : []));
        const left = settle(nth, plan.parts?.levels ?? [], ({ part }, level) => apply(part, level), ({ box }) => boxCut(box));
        for (const { part } of left) clear(part, plan.parts?.levels[0]);
      }
      fitted.current = `${container.clientWidth}×${container.clientHeight}:${container.textContent ?? ''}`;
    };
    fit(false);
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
    if (document.fonts && document.fonts.status !== 'loaded') void document.fonts.ready.then(() => fit());
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [ref, plan, content]);
}
