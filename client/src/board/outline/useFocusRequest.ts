import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export type FocusRequest = { key: string; part: 'self' | 'text' };

/**
 * Moves focus to an element that may only exist after the next render (a note just added,
 * moved to another list, or the neighbour of one deleted). Elements register under a key;
 * a request waits until its element is there. Without it focus would fall back to <body>
 * and a keyboard user would have to start from the top of the page.
 */
export function useFocusRequest() {
  const elements = useRef(new Map<string, HTMLElement>());
  // The open request lives in a ref (read only in the layout effect); the counter re-renders,
  // so the effect below runs and looks for the element.
  const pending = useRef<FocusRequest | null>(null);
  const [, rerender] = useState(0);
  const focus = useCallback((request: FocusRequest | null) => {
    pending.current = request;
    rerender((n) => n + 1);
  }, []);
  const register = useCallback((key: string, el: HTMLElement | null) => {
    if (el) elements.current.set(key, el);
    else elements.current.delete(key);
  }, []);
  // After every render: the element may appear only a few renders after the request.
  useLayoutEffect(() => {
    const request = pending.current;
    if (!request) return;
    const el = elements.current.get(request.key);
    if (!el) return;
    const target = request.part === 'text' ? el.querySelector('textarea') ?? el : el;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    pending.current = null;
  });
  return { register, focus };
}
