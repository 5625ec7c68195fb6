import { useSyncExternalStore } from 'react';
import { PlenaryEvent, type PlenarySnapshot } from '../../../shared/schemas/plenary.ts';
import type { ControlSocket } from '../control/useControlSocket.ts';
import { socketStore } from './socketStore.ts';

export const parsePlenary = (payload: unknown) => {
  const parsed = PlenaryEvent.safeParse(payload);
  return parsed.success ? parsed.data.snapshot : undefined;
};
const noStore = { subscribe: () => () => {}, get: () => undefined };

/**
 * The latest plenary snapshot (plenary, facilitator and organiser sockets only): the groups'
 * action points, ranking and themes as `derivePlenarySnapshot` made them on the server.
 */
export function usePlenarySnapshot(socket: ControlSocket | undefined): PlenarySnapshot | undefined {
  const store = socket ? socketStore(socket, 'plenary', parsePlenary) : noStore;
  return useSyncExternalStore(store.subscribe, store.get);
}
