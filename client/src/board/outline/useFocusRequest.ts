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
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const register = useCallback((key: string, el: HTMLElement | null) => {
    if (el) elements.current.set(key, el);
    else elements.current.delete(key);
  }, []);
  // The element may appear in any later render (not only when `request` changes), so the
  // effect checks after every render; it sets state only once, when the element is there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (!request) return;
    const el = elements.current.get(request.key);
    if (!el) return;
    const target = request.part === 'text' ? el.querySelector('textarea') ?? el : el;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
    setRequest(null);
  });
  return { register, focus: setRequest };
}
