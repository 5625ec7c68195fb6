import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';
import { CONTROL_PROTOCOL_VERSION } from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/useControlSocket.ts';
import { parsePlenary } from './usePlenarySnapshot.ts';
import { parsePresence } from './usePresenceMembers.ts';
import { sessionStore } from './useSession.ts';
import { socketStore } from './socketStore.ts';

/**
 * The control channel for the console and the beamer. Unlike a socket made by
 * `useControlSocket`, its stores listen before it connects: the server sends `session`,
 * `plenary` and `presence` once on connect, and a store made a render later could miss them
 * (then the screen would wait for the next change to show anything).
 */
export function useSessionSocket(workshopId: string, token: string): ControlSocket | undefined {
  const [socket, setSocket] = useState<ControlSocket>();
  useEffect(() => {
    const s: ControlSocket = io({ auth: { workshopId, token, protocol: CONTROL_PROTOCOL_VERSION }, autoConnect: false });
    sessionStore(s);
    socketStore(s, 'plenary', parsePlenary);
    socketStore(s, 'presence', parsePresence);
    s.on('connect_error', (err) => console.warn('control channel:', err.message));
    s.on('control:error', (err) => console.warn('control channel refused an event:', err.event, err.code));
    s.connect();
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
