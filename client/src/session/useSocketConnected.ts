import { useSyncExternalStore } from 'react';
import type { ControlSocket } from '../control/controlChannel.ts';

/** Whether the control channel is connected now (false while it reconnects). */
export function useSocketConnected(socket: ControlSocket | undefined): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!socket) return () => {};
      socket.on('connect', onChange);
      socket.on('disconnect', onChange);
      return () => {
        socket.off('connect', onChange);
        socket.off('disconnect', onChange);
      };
    },
    () => socket?.connected ?? false,
  );
}
