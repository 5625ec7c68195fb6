import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { PresenceUser } from './BoardConnection.ts';

export interface PresenceEntry {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
}

const snapshots = new WeakMap<Awareness, PresenceEntry[]>();

function readPresence(awareness: Awareness): PresenceEntry[] {
  const entries: PresenceEntry[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user = (state as { user?: Partial<PresenceUser> }).user;
    if (!user || typeof user !== 'object') return; // a viewer that does not announce itself
    entries.push({
      clientId,
      name: typeof user.name === 'string' ? user.name.slice(0, 40) : '',
      color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#52525b',
      self: clientId === awareness.clientID,
    });
  });
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
