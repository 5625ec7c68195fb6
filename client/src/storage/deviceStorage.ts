/*
 * localStorage, read and written so that a disabled or full storage (private windows, a
 * locked-down laptop) never throws: reads then find nothing and writes last until the reload.
 * What the device keeps is an optimisation (a faster start, an offline start); the server's
 * answer always decides.
 */

/** The stored string, or null when there is none or storage is unavailable. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The stored JSON value, or null when there is none, it is not JSON, or storage is unavailable. */
export function readStoredJson(key: string): unknown {
  const text = readStored(key);
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}

/** Stores `value`, or removes the key for null; does nothing when storage is unavailable. */
export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Disabled or full: the value lives only until the next reload.
  }
}
