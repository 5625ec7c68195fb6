import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import {
  CONTROL_PROTOCOL_VERSION, type ClientToServerEvents, type ServerToClientEvents,
} from '../../../shared/schemas/control.ts';
import { ballotStore } from '../ballot/useBallot.ts';
import { plenaryStore } from '../session/usePlenarySnapshot.ts';
import { presenceStore } from '../session/usePresenceMembers.ts';
import { sessionStore } from '../session/useSession.ts';

export type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Where to connect from outside a page (tests, tools); a page connects to its own origin. */
export interface ChannelTarget {
  url: string;
  options?: Partial<ManagerOptions & SocketOptions>;
}

/**
 * WebSocket first, long-polling only when a WebSocket cannot be opened. Socket.IO's default
 * (poll, then upgrade) costs three more round trips before the first event: ~0.5 s per page
 * on venue Wi-Fi (150 ms RTT), paid twice on the way from the join link to a board (the join
 * page's channel and the board's). The board needs a WebSocket for its notes anyway.
 */
const DIRECT_WEBSOCKET: Partial<ManagerOptions & SocketOptions> = {
  transports: ['websocket', 'polling'],
  tryAllTransports: true,
};

/**
 * Opens the session-control channel (Socket.IO) of one workshop. Every store of an event the
 * server sends on connect (`session`, `plenary`, `presence`, `ballot`) listens before the
 * socket connects: those come once on connect and then only on change, so a store made later
 * (a render later, or by a panel that mounts after the board loaded) would miss them and the
 * screen would wait for the next change to show anything. A refused handshake (bad token) is
 * final: Socket.IO does not retry a middleware error.
 */
export function openControlChannel(workshopId: string, token: string, target?: ChannelTarget): ControlSocket {
  const options = {
    ...DIRECT_WEBSOCKET,
    ...target?.options,
    auth: { workshopId, token, protocol: CONTROL_PROTOCOL_VERSION },
    autoConnect: false,
  };
  const socket: ControlSocket = target ? io(target.url, options) : io(options);
  sessionStore(socket);
  plenaryStore(socket);
  presenceStore(socket);
  ballotStore(socket);
  socket.on('connect_error', (err) => console.warn('control channel:', err.message));
  socket.on('control:error', (err) => console.warn('control channel refused an event:', err.event, err.code));
  socket.connect();
  return socket;
}
