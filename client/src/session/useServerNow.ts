import { useCallback, useSyncExternalStore } from 'react';

/*
 * The clock as an external store: it is read when a subscriber ticks, never while rendering,
 * so a render stays a pure function of its inputs (React may render twice or throw one away).
 */
let clock = Date.now();
const readClock = () => clock;

/**
 * The server's time (`Date.now() + offset`), re-rendering every `intervalMs` until the server
 * time `tickUntil` (Infinity: for as long as mounted; 0: not at all). A quarter second keeps a
 * seconds display from skipping a number without costing much.
 */
export function useServerNow(offset: number, tickUntil: number, intervalMs = 250): number {
  const subscribe = useCallback((notify: () => void) => {
    let timer: number | undefined;
    const tick = () => {
      clock = Date.now();
      if (timer !== undefined && clock + offset >= tickUntil) window.clearInterval(timer);
      notify();
    };
    // A fresh reading whenever what is counted changes (a timer started, a new offset).
    tick();
    if (clock + offset < tickUntil) timer = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(timer);
  }, [offset, tickUntil, intervalMs]);
  return useSyncExternalStore(subscribe, readClock) + offset;
}
