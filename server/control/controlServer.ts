import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import {
  ControlAuth, clientEventSchemas,
  type ClientToServerEvents, type ControlError, type PresenceMember, type ServerToClientEvents,
} from '../../shared/schemas/control.ts';
import type { Principal } from '../../shared/roles.ts';
import { resolveToken } from '../auth/access.ts';
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
}

/**
 * The control channel (Socket.IO): handshake auth, rooms, presence. Every event is validated
 * with its schema from shared/ and answered with `control:error` when invalid.
 */
export function createControlServer(http: HttpServer, { storage, log }: ControlServerOptions): ControlServer {
  const io: ControlServer = new Server(http, {
    // We route /yjs upgrades ourselves; without this engine.io ends them after 1 s.
    destroyUpgrade: false,
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
  });

  io.use((socket, next) => {
    const auth = ControlAuth.safeParse(socket.handshake.auth);
    if (!auth.success) return next(handshakeError('invalid_auth', 'auth must be {workshopId, token}'));
    resolveToken(storage, auth.data.workshopId, auth.data.token).then((access) => {
      if (!access.ok) return next(handshakeError(access.reason, `token refused: ${access.reason}`));
      socket.data.principal = access.principal;
      socket.data.name = '';
      socket.data.groupId = access.principal.groupId ?? null;
      next();
    }, (err: unknown) => {
      log.error({ err }, 'control handshake failed');
      next(handshakeError('internal', 'internal error'));
    });
  });

  async function broadcastPresence(workshopId: string): Promise<void> {
    const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
    const members: PresenceMember[] = sockets.map((s) => ({
      id: s.id,
      role: s.data.principal.role,
      groupId: s.data.groupId,
      name: s.data.name,
    }));
    io.to(rooms.workshop(workshopId)).emit('presence', { members });
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
      if (parsed.data.groupId !== undefined && role !== 'participant') {
        socket.data.groupId = parsed.data.groupId;
      }
      void broadcastPresence(workshopId);
    });

    socket.onAny((event: string) => {
      if (!(event in clientEventSchemas)) fail(event, 'unknown_event', `unknown event "${event}"`);
    });
    socket.on('disconnect', () => void broadcastPresence(workshopId));
    void broadcastPresence(workshopId);
  });

  return io;
}

function handshakeError(code: string, message: string): Error {
  const err = new Error(message) as Error & { data: { code: string } };
  err.data = { code };
  return err;
}
