import { useSyncExternalStore } from 'react';
import { PresenceList, type PresenceMember } from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/useControlSocket.ts';
import { socketStore } from './socketStore.ts';

export const parsePresence = (payload: unknown) => {
  const parsed = PresenceList.safeParse(payload);
  return parsed.success ? parsed.data.members : undefined;
};
const none: PresenceMember[] = [];
const noStore = { subscribe: () => () => {}, get: () => none };

/** Everyone on the workshop's control channel, kept from the socket's first event on. */
export function usePresenceMembers(socket: ControlSocket | undefined): PresenceMember[] {
  const store = socket ? socketStore(socket, 'presence', parsePresence) : noStore;
  return useSyncExternalStore(store.subscribe, () => store.get() ?? none);
}
