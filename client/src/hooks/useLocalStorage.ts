import { useCallback, useSyncExternalStore } from 'react';
import { readStored, writeStored } from '../storage/deviceStorage.ts';

const CHANGE_EVENT = 'werkbord:storage';


/** Writes a value and tells every `useLocalStorage` of this tab (the `storage` event only reaches other tabs). */
export function writeLocalStorage(key: string, value: string | null): void {
  writeStored(key, value);
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
  const value = useSyncExternalStore(subscribe, () => readStored(key));
  const set = useCallback((next: string | null) => writeLocalStorage(key, next), [key]);
  return [value, set];
}
