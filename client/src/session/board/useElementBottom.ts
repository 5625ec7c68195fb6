import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The bottom edge of an element in the viewport, kept up to date as it resizes: the drawer and
 * the lock shade start there, whatever the header and the session bar hold.
 */
export function useElementBottom(ref: RefObject<HTMLElement | null>): number {
  const [bottom, setBottom] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setBottom(Math.max(0, Math.round(el.getBoundingClientRect().bottom)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return bottom;
}
