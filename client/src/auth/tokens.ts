/**
 * Capability tokens travel only in the URL fragment (`#t=…`), which browsers never send to a
 * server, so they stay out of access logs and Referer headers. A page reads the fragment once,
 * keeps the token in sessionStorage (so that a reload keeps working in this tab) and removes
 * it from the address bar, where a beamer or a photo of a screen would otherwise show it.
 */
const storageKey = (workshopId: string, scope: string) => `werkbord:token:${workshopId}:${scope}`;

/** Also kept in memory, for browsers that refuse sessionStorage. */
const memory = new Map<string, string>();

/** The `t` parameter of a fragment like `#t=abc`, or undefined. */
export function tokenFromFragment(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('t')?.trim();
  return token ? token : undefined;
}

/**
 * The token for this page: from the fragment when present (then stored and removed from the
 * address bar), else the one stored earlier in this tab for the same workshop and scope.
 * `keepInAddressBar`: the organiser page is the one way back into a workshop, so its link
 * stays in (or is put back into) the address bar, where a bookmark or a reload finds it; it
 * is not a page for the beamer.
 */
export function takePageToken(workshopId: string, scope: string, { keepInAddressBar = false } = {}): string | undefined {
  const key = storageKey(workshopId, scope);
  const fromUrl = tokenFromFragment(location.hash);
  if (fromUrl) {
    memory.set(key, fromUrl);
    safeSession(() => sessionStorage.setItem(key, fromUrl));
    if (!keepInAddressBar) history.replaceState(history.state, '', location.pathname + location.search);
    return fromUrl;
  }
  const stored = safeSession(() => sessionStorage.getItem(key)) ?? memory.get(key);
  if (stored && keepInAddressBar) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#t=${encodeURIComponent(stored)}`);
  }
  return stored;
}

/**
 * The token this tab holds for a scope, without reading or changing the address bar: the
 * board asks whether it was opened from the join link (for its "join another group" link).
 */
export function heldPageToken(workshopId: string, scope: string): string | undefined {
  const key = storageKey(workshopId, scope);
  return safeSession(() => sessionStorage.getItem(key)) ?? memory.get(key);
}

/** Storage can throw (private mode, disabled storage); the app then works without it. */
function safeSession<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
