import { useEffect, useState } from 'react';

/**
 * The server's time (`Date.now() + offset`), re-rendering every `intervalMs` while `ticking`.
 * A quarter second keeps a seconds display from skipping a number without costing much.
 */
export function useServerNow(offset: number, ticking: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    if (!ticking) return;
    const timer = window.setInterval(() => setNow(Date.now() + offset), intervalMs);
    return () => window.clearInterval(timer);
  }, [offset, ticking, intervalMs]);
  return now;
}
