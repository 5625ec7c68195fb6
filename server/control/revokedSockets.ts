import { hashToken } from '../auth/tokens.ts';
import type { RevokedTokens } from '../auth/revokedTokens.ts';
import { rooms, type ControlServer, type ControlSocket } from './controlServer.ts';

/** The hash of the token a control socket was admitted with (its handshake auth). */
function tokenHashOf(socket: { handshake: { auth: Record<string, unknown> } }): string {
  const token = socket.handshake.auth.token;
  return typeof token === 'string' ? hashToken(token) : '';
}

/**
 * Disconnects the workshop's control sockets that were admitted with one of these (now revoked)
 * tokens (`io server disconnect`, like a deleted workshop's). Resolves with how many.
 */
export async function disconnectTokens(io: ControlServer, workshopId: string, hashes: readonly string[]): Promise<number> {
  const revoked = new Set(hashes);
  const sockets = await io.in(rooms.workshop(workshopId)).fetchSockets();
  const hit = sockets.filter((s) => revoked.has(tokenHashOf(s)));
  for (const s of hit) s.disconnect(true);
  return hit.length;
}

/**
 * Wraps a connection handler: a socket whose token was revoked after its handshake was checked
 * but before it joined its rooms (so `disconnectTokens` could not see it) is disconnected
 * instead of handed on. Not handed on at all, since a handler would otherwise register its
 * 'disconnect' listener after that event already fired (and e.g. keep a watch count up).
 */
export function unlessRevoked(revoked: RevokedTokens, onConnection: (socket: ControlSocket) => void) {
  return (socket: ControlSocket): void => {
    if (revoked.has(tokenHashOf(socket))) socket.disconnect(true);
    else onConnection(socket);
  };
}
