import { useLayoutEffect, useState, type RefObject } from 'react';

/** Whether a text box shows all of its text, and whether it needs a "Meer"/"Minder" toggle. */
export interface LineClamp {
  /** The whole text is shown (the person asked for it). */
  expanded: boolean;
  /** The text is longer than its clamped box: a toggle is offered. */
  toggleable: boolean;
  setExpanded: (expanded: boolean) => void;
}

/**
 * Follows a box whose CSS clamps its text to a few lines (`.clamp`): it says whether the text
 * is cut, so that a toggle shows only then, and measures again when the box resizes (a phone
 * turned sideways) or the text changes. A new text starts clamped again (a new facilitator
 * message must not push the board down by itself). While expanded the toggle stays, so that
 * "Minder" can close what "Meer" opened.
 */
export function useLineClamp(ref: RefObject<HTMLElement | null>, text: string): LineClamp {
  const [expanded, setExpanded] = useState(false);
  const [cut, setCut] = useState(false);
  const [shownText, setShownText] = useState(text);
  if (shownText !== text) {
    setShownText(text);
    setExpanded(false);
  }
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || expanded) return;
    // scrollHeight counts the lines hidden by -webkit-line-clamp; a pixel of slack for rounding.
    const measure = () => setCut(el.scrollHeight > el.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, text, expanded]);
  return { expanded, toggleable: expanded || cut, setExpanded };
}
