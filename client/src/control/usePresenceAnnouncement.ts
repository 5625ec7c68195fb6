import { useEffect } from 'react';
import type { ControlSocket } from './controlChannel.ts';

/** Tells the workshop who this is (name optional) on every (re)connect. */
export function usePresenceAnnouncement(socket: ControlSocket | undefined, name: string, groupId?: string | null): void {
  useEffect(() => {
    if (!socket) return;
    const send = () => {
      socket.emit('presence:set', groupId === undefined ? { name: name.trim() } : { name: name.trim(), groupId });
    };
    if (socket.connected) send();
    socket.on('connect', send);
    return () => {
      socket.off('connect', send);
    };
  }, [socket, name, groupId]);
}
