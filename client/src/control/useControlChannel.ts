import { useCallback, useSyncExternalStore } from 'react';
import { openControlChannel, type ControlSocket } from './controlChannel.ts';

/** Open channels by workshop and token, with how many mounted hooks use each. */
const open = new Map<string, { socket: ControlSocket; users: number }>();

/**
 * The control channel of one workshop, open while at least one component uses it (they share
 * one socket); undefined until it is open. Opened when React subscribes, not while rendering,
 * so that React's double mount in development opens and closes it cleanly.
 */
export function useControlChannel(workshopId: string, token: string): ControlSocket | undefined {
  const key = `${workshopId}\n${token}`;
  const subscribe = useCallback((onChange: () => void) => {
    let entry = open.get(key);
    if (!entry) {
      entry = { socket: openControlChannel(workshopId, token), users: 0 };
      open.set(key, entry);
    }
    entry.users += 1;
    onChange();
    const mine = entry;
    return () => {
      mine.users -= 1;
      if (mine.users > 0) return;
      open.delete(key);
      mine.socket.disconnect();
      onChange();
    };
  }, [key, workshopId, token]);
  return useSyncExternalStore(subscribe, () => open.get(key)?.socket);
}
