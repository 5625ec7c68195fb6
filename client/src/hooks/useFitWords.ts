import { useLayoutEffect, type RefObject } from 'react';

/** The width of the widest word of an element's text, as laid out now. */
function widestWord(el: HTMLElement): number {
  let widest = 0;
  const range = document.createRange();
  for (const node of el.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      widest = Math.max(widest, range.getBoundingClientRect().width);
    }
  }
  return widest;
}

/**
 * Scales an element's text down (never up) until its widest word fits on one line, through
 * the `--fit` factor that its style multiplies its font size by. Without it a long Dutch
 * compound ("Woningcorporaties") in a narrow box breaks inside the word, or sticks out of it;
 * browsers here have no Dutch hyphenation to break it properly. Refitted when the box resizes.
 */
export function useFitWords(ref: RefObject<HTMLElement | null>, text: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      el.style.setProperty('--fit', '1');
      const room = el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) - parseFloat(getComputedStyle(el).paddingRight);
      const widest = widestWord(el);
      // A little slack: a fraction of a pixel more would still wrap inside the word.
      const factor = widest > room && room > 0 ? Math.max(0.4, (room - 1) / widest) : 1;
      el.style.setProperty('--fit', factor.toFixed(3));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text]);
}
