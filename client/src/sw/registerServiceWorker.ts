/**
 * Registers the app-shell worker (client/src/sw/serviceWorker.ts) in production builds only:
 * in `npm run dev` there is no /sw.js, and a worker would keep stale modules across edits.
 * It registers a few seconds after the page's `load` event: installing downloads the rest of
 * the build and writes it all to the cache, which on slow venue Wi-Fi and a 2-core laptop
 * held the first board back by about a second when it ran at once (npm run bench:venue).
 */
const REGISTER_DELAY_MS = 4000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => {
      // The app works without it; it only cannot open offline.
      console.warn('offline shell unavailable:', err instanceof Error ? err.message : err);
    });
  };
  const later = () => setTimeout(register, REGISTER_DELAY_MS);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
