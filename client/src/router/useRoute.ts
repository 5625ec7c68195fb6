import { useSyncExternalStore } from 'react';
import { matchRoute, type Route } from './routes.ts';
import { subscribeToLocation } from './navigation.ts';

let navigations = 0;
function subscribe(onChange: () => void): () => void {
  return subscribeToLocation(() => {
    navigations++;
    onChange();
  });
}

/**
 * The current page, and a key that changes with every navigation. The key is a counter, not
 * the URL: pages strip the token fragment with `replaceState`, and that must not remount them;
 * while opening the same path with another token (a new navigation) must.
 */
export function useRoute(): { route: Route; key: number } {
  const key = useSyncExternalStore(subscribe, () => navigations);
  return { route: matchRoute(location.pathname), key };
}
