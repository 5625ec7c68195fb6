import { useCallback, useSyncExternalStore } from 'react';

const CHANGE_EVENT = 'werkbord:storage';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled: behave as if nothing was stored
  }
}

/** Writes a value and tells every `useLocalStorage` of this tab (the `storage` event only reaches other tabs). */
export function writeLocalStorage(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled or full: the value lives only until the next reload.
  }
  window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: key }));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** A localStorage string, shared by every component that uses the same key. */
export function useLocalStorage(key: string): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(subscribe, () => read(key));
  const set = useCallback((next: string | null) => writeLocalStorage(key, next), [key]);
  return [value, set];
}
