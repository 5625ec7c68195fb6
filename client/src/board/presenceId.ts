import { PRESENCE_ID } from '../../../shared/schemas/presence.ts';

/**
 * This device's presence id on one board: random, made once and kept in localStorage, so a
 * person keeps their colour across reloads and sessions. Not the voter id (that one never goes
 * into presence) and not derived from the name.
 */
export function presenceId(workshopId: string, groupId: string): string {
  const key = `werkbord:presence:${workshopId}:${groupId}`;
  try {
    const stored = localStorage.getItem(key);
    if (stored && PRESENCE_ID.test(stored)) return stored;
  } catch {
    // Storage blocked (private mode): a fresh id per page load still works, colours just change.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const id = Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 20);
  try {
    localStorage.setItem(key, id);
  } catch {
    // See above.
  }
  return id;
}
