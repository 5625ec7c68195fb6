import { useSyncExternalStore } from 'react';
import { WorkshopDeletedEvent } from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { socketStore } from './socketStore.ts';

const noStore = { subscribe: () => () => {}, get: () => undefined };

function parseDeleted(payload: unknown): WorkshopDeletedEvent | undefined {
  const parsed = WorkshopDeletedEvent.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
}

/**
 * True once the server said `workshop:deleted` on this control socket. The event comes only
 * when the organiser (or the retention sweep) deletes the workshop, long after connecting, so
 * the store made on the first render hears it. Every page of every role shows
 * <WorkshopDeleted> then, instead of its content.
 */
export function useWorkshopDeleted(socket: ControlSocket | undefined): boolean {
  const store = socket ? socketStore(socket, 'workshop:deleted', parseDeleted) : noStore;
  return useSyncExternalStore(store.subscribe, store.get) !== undefined;
}
