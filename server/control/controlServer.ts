import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import {
  ControlAuth, clientEventSchemas,
  type ClientToServerEvents, type ControlError, type PresenceMember, type ServerToClientEvents,
} from '../../shared/schemas/control.ts';
import { can, type Principal } from '../../shared/roles.ts';
import { resolveToken } from '../auth/access.ts';
import { clientAddress } from '../http/clientAddress.ts';
import { RateLimiter } from '../http/rateLimit.ts';
import { KeyedThrottle } from '../session/throttle.ts';
import { watchBadEvents } from './badEvents.ts';
import { originGuard } from './originGuard.ts';
import type { Logger } from '../logger.ts';
import type { Storage } from '../storage/Storage.ts';

interface SocketData {
  principal: Principal;
  name: string;
  groupId: string | null;
}

export type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type ControlServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Room names: one per workshop, one per role in it, one per group board. */
export const rooms = {
  workshop: (id: string) => `w:${id}`,
  role: (id: string, role: string) => `w:${id}:r:${role}`,
  group: (id: string, groupId: string) => `w:${id}:g:${groupId}`,
} as const;

export interface ControlServerOptions {
  storage: Storage;
  log: Logger;
  /** The Origin allowlist (server/http/origins.ts); unset: any origin. */
  originAllowed?: (req: IncomingMessage) => boolean;
  /** Refused tokens per client address, shared with REST and the board channel. */
  authFailures?: RateLimiter;
  /** Unknown, invalid or forbidden events a socket may send per minute before it is dropped. */
  badEventsPerMinute?: number;
  /** Rooms across processes (server/cluster/startCluster.ts); unset: this process only. */
  adapter?: ServerOptions['adapter'] | undefined;
}

/** Presence is broadcast at most this often per workshop (~10 a second), however often it changes. */
const PRESENCE_INTERVAL_MS = 100;

/**
 * The control channel (Socket.IO): handshake auth, rooms, presence. Every event is validated
 * with its schema from shared/ and answered with `control:error` when invalid.
 */
export function createControlServer(http: HttpServer, {
  storage, log, originAllowed, authFailures, badEventsPerMinute = 50, adapter,
}: ControlServerOptions): ControlServer {
  const io: ControlServer = new Server(http, {
    ...(adapter ? { adapter } : {}),
    // We route /yjs upgrades ourselves; without this engine.io ends them after 1 s.
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
  });
  if (originAllowed) io.engine.use(originGuard(originAllowed));
  const badEvents = new RateLimiter(badEventsPerMinute);

  io.use((socket, next) => {
    /** A refused token counts against the client address; past the limit it gets `rate_limited`. */
    const refuse = (code: string, message: string) => {
      const taken = authFailures?.take(clientAddress(socket.request)) ?? { ok: true };
      if (taken.ok) return next(handshakeError(code, message));
      next(handshakeError('rate_limited', `too many refused tokens; try again in ${taken.retryAfterS} s`, {
        retryAfter: taken.retryAfterS,
      }));
      // The refused client gets its connect_error (Socket.IO sends it on the next tick), then
      // loses the connection it flooded us on; close() lets the error drain first.
      setImmediate(() => socket.conn.close());
    };
    const auth = ControlAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return refuse('invalid_auth', 'auth must be {workshopId, token}');
    resolveToken(storage, auth.data.workshopId, auth.data.token).then((access) => {
      if (!access.ok) return refuse(access.reason, `token refused: ${access.reason}`);
      socket.data.principal = access.principal;
      socket.data.name = '';
      socket.data.groupId = access.principal.groupId ?? null;
      next();
    }, (err: unknown) => {
      log.error({ err }, 'control handshake failed');
      next(handshakeError('internal', 'internal error'));
    });
  });

  // Coalesced per workshop: a burst of joins, leaves and `presence:set` (2,000 of them from
  // one socket used to give 2,000 broadcasts to every member) becomes one list per interval.
  const presence = new KeyedThrottle(PRESENCE_INTERVAL_MS, broadcastPresence, (err, workshopId) => {
    log.error({ err, workshopId }, 'presence broadcast failed');
  });
  http.once('close', () => presence.close());

  async function broadcastPresence(workshopId: string): Promise<void> {
    const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
    const members: PresenceMember[] = sockets.map((s) => ({
      id: s.id,
      role: s.data.principal.role,
      groupId: s.data.groupId,
      name: s.data.name,
    }));
    if (members.length === 0) presence.cancel(workshopId);
    else io.to(rooms.workshop(workshopId)).emit('presence', { members });
  }

  io.on('connection', (socket: ControlSocket) => {
    const { workshopId, role, groupId } = socket.data.principal;
    void socket.join([rooms.workshop(workshopId), rooms.role(workshopId, role)]);
    if (groupId) void socket.join(rooms.group(workshopId, groupId));

    const fail = (event: string, code: ControlError['code'], message: string) => {
      socket.emit('control:error', { code, event, message });
    };

    socket.on('presence:set', (payload: unknown) => {
      const parsed = clientEventSchemas['presence:set'].safeParse(payload);
      if (!parsed.success) return fail('presence:set', 'invalid_payload', parsed.error.issues[0]?.message ?? 'invalid');
      if (parsed.data.name !== undefined) socket.data.name = parsed.data.name;
      if (parsed.data.groupId !== undefined && can(socket.data.principal, 'visitBoards')) {
        socket.data.groupId = parsed.data.groupId;
      }
      presence.schedule(workshopId);
    });

    socket.onAny((event: string) => {
      if (!(event in clientEventSchemas)) fail(event, 'unknown_event', `unknown event "${event}"`);
    });
    socket.on('disconnect', () => presence.schedule(workshopId));
    watchBadEvents(socket, badEvents);
    presence.schedule(workshopId);
  });

  return io;
}

function handshakeError(code: string, message: string, extra: Record<string, unknown> = {}): Error {
  const err = new Error(message) as Error & { data: Record<string, unknown> };
  err.data = { code, ...extra };
  return err;
}
