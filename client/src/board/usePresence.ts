import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUsers, type PresenceRole } from './presenceUsers.ts';

export interface PresenceEntry {
  clientId: number;
  name: string;
  color: string;
  /** Staff visiting the board: shown with a role label. */
  role: PresenceRole | null;
  self: boolean;
}

const snapshots = new WeakMap<Awareness, PresenceEntry[]>();

function readPresence(awareness: Awareness): PresenceEntry[] {
  const entries: PresenceEntry[] = readPresenceUsers(awareness).map(({ clientId, name, color, role, self }) => ({ clientId, name, color, role, self }));
  // Yourself first, then by name, so the list does not jump around.
  return entries.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/**
 * Who is on this board right now, from y-websocket awareness (presence is never stored).
 * Re-renders on 'change' only, not on the 15-second keep-alive renewals.
 */
export function usePresence(awareness: Awareness): PresenceEntry[] {
  return useSyncExternalStore(
    (onChange) => {
      const handler = () => {
        snapshots.delete(awareness);
        onChange();
      };
      awareness.on('change', handler);
      return () => awareness.off('change', handler);
    },
    () => {
      let snapshot = snapshots.get(awareness);
      if (!snapshot) {
        snapshot = readPresence(awareness);
        snapshots.set(awareness, snapshot);
      }
      return snapshot;
    },
  );
}
