import { useSyncExternalStore } from 'react';
import { matchRoute, type Route } from './routes.ts';
import { subscribeToLocation } from './navigation.ts';

/*
 * Navigations are counted from this module's load, not from the app's first subscription: a
 * navigation made while the first page is still rendering (the kept join's answer can bring a
 * new token then, join/resumeJoin.ts) must still remount the page. This listener is added
 * first, so the count has moved before any subscriber hears of it.
 */
let navigations = 0;
subscribeToLocation(() => {
  navigations++;
});
const subscribe = (onChange: () => void): (() => void) => subscribeToLocation(onChange);

/**
 * The current page, and a key that changes with every navigation. The key is a counter, not
 * the URL: pages strip the token fragment with `replaceState`, and that must not remount them;
 * while opening the same path with another token (a new navigation) must.
 */
export function useRoute(): { route: Route; key: number } {
  const key = useSyncExternalStore(subscribe, () => navigations);
  return { route: matchRoute(location.pathname), key };
}
