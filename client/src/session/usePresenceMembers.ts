import { useSyncExternalStore } from 'react';
import { PresenceList, type PresenceMember } from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { socketStore } from './socketStore.ts';

const parsePresence = (payload: unknown) => {
  const parsed = PresenceList.safeParse(payload);
  return parsed.success ? parsed.data.members : undefined;
};
const none: PresenceMember[] = [];
const noStore = { subscribe: () => () => {}, get: () => none };

/** The `presence` store of a socket (made before it connects: controlChannel.ts). */
export function presenceStore(socket: ControlSocket) {
  return socketStore(socket, 'presence', parsePresence);
}

/** Everyone on the workshop's control channel, kept from the socket's first event on. */
export function usePresenceMembers(socket: ControlSocket | undefined): PresenceMember[] {
  const store = socket ? presenceStore(socket) : noStore;
  return useSyncExternalStore(store.subscribe, () => store.get() ?? none);
}
