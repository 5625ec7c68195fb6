import { Limits } from '../../../shared/limits.ts';
import { useLocalStorage } from './useLocalStorage.ts';

const KEY = 'werkbord:displayName';

/** The optional display name, remembered on this device. Empty string when none. */
export function useDisplayName(): [string, (name: string) => void] {
  const [stored, setStored] = useLocalStorage(KEY);
  const set = (name: string) => {
    const trimmed = name.slice(0, Limits.displayNameLength);
    setStored(trimmed.trim() === '' ? null : trimmed);
  };
  return [stored ?? '', set];
}
