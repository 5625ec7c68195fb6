import { useSyncExternalStore } from 'react';
import { PlenaryEvent, type PlenarySnapshot } from '../../../shared/schemas/plenary.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { socketStore } from './socketStore.ts';

const parsePlenary = (payload: unknown) => {
  const parsed = PlenaryEvent.safeParse(payload);
  return parsed.success ? parsed.data.snapshot : undefined;
};
const noStore = { subscribe: () => () => {}, get: () => undefined };

/** The `plenary` store of a socket (made before it connects: controlChannel.ts). */
export function plenaryStore(socket: ControlSocket) {
  return socketStore(socket, 'plenary', parsePlenary);
}

/**
 * The latest plenary snapshot (plenary, facilitator and organiser sockets only): the groups'
 * action points, ranking and themes as `derivePlenarySnapshot` made them on the server.
 */
export function usePlenarySnapshot(socket: ControlSocket | undefined): PlenarySnapshot | undefined {
  const store = socket ? plenaryStore(socket) : noStore;
  return useSyncExternalStore(store.subscribe, store.get);
}
