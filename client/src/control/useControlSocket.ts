import { useEffect, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import {
  CONTROL_PROTOCOL_VERSION, PresenceList,
  type ClientToServerEvents, type PresenceMember, type ServerToClientEvents,
} from '../../../shared/schemas/control.ts';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The session-control channel (Socket.IO) of one workshop, open while mounted. A refused
 * handshake (bad token) is final: Socket.IO does not retry a middleware error.
 */
export function useControlSocket(workshopId: string, token: string): ControlSocket | undefined {
  const [socket, setSocket] = useState<ControlSocket>();
  useEffect(() => {
    const s: ControlSocket = io({ auth: { workshopId, token, protocol: CONTROL_PROTOCOL_VERSION } });
    s.on('connect_error', (err) => console.warn('control channel:', err.message));
    s.on('control:error', (err) => console.warn('control channel refused an event:', err.event, err.code));
    // The socket is opened in the effect so React's double mount closes it cleanly; state
    // hands it to render. (This hook is replaced by the one control channel, issue 10.)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setSocket(s);
    return () => {
      s.disconnect();
      setSocket(undefined);
    };
  }, [workshopId, token]);
  return socket;
}

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

/** Everyone connected to the workshop's control channel, as the server last reported. */
export function useWorkshopPresence(socket: ControlSocket | undefined): PresenceMember[] {
  const [members, setMembers] = useState<PresenceMember[]>([]);
  useEffect(() => {
    if (!socket) return;
    const onPresence = (payload: unknown) => {
      const parsed = PresenceList.safeParse(payload);
      if (parsed.success) setMembers(parsed.data.members);
    };
    socket.on('presence', onPresence);
    return () => {
      socket.off('presence', onPresence);
    };
  }, [socket]);
  return members;
}
