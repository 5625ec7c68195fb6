import { randomId } from '../../../shared/id.ts';

const key = (workshopId: string) => `werkbord:voter:${workshopId}`;
const memory = new Map<string, string>();

/**
 * This laptop's voter id in a workshop: random, made once and kept in localStorage, so that a
 * reload keeps its votes (`ballot:mine`) and the limit per person holds. Never sent to anyone
 * but the server, which never shares it.
 */
export function voterIdFor(workshopId: string): string {
  try {
    const stored = localStorage.getItem(key(workshopId));
    if (stored && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
    const id = randomId(20);
    localStorage.setItem(key(workshopId), id);
    return id;
  } catch {
    // Storage disabled: one id for as long as this page lives.
    let id = memory.get(workshopId);
    if (!id) {
      id = randomId(20);
      memory.set(workshopId, id);
    }
    return id;
  }
}
