import type { PresenceRole } from '../../shared/schemas/presence.ts';
import type { WebSocket } from 'ws';
import type { PendingState } from './pendingUpdates.ts';
import type { PresenceThrottle } from './presenceGuard.ts';

/** What a socket's token allows beyond reading the board (shared/permissions.ts decides). */
export interface ConnectionRights {
  editCaseCard: boolean;
  editSubmittedActionPoints: boolean;
  announcePresence: boolean;
  /** The staff role this socket may show in its presence (`user.role`), from its token; none for participants. */
  presenceRole: PresenceRole | null;
}

/** One client socket in a board's room, and what it may do. */
export interface Connection {
  ws: WebSocket;
  /** Asked for every incoming update, so that a lock set later takes effect at once. */
  canWrite: () => boolean;
  rights: ConnectionRights;
  /** Set when an update of this socket was not applied (read-only, locked): later ones depend on it. */
  diverged?: boolean;
  /** Awareness client ids this socket announced; removed when it leaves. */
  awarenessIds: Set<number>;
  /** Structs of this socket still waiting for their dependencies (pendingUpdates.ts). */
  pending?: PendingState;
  pendingTimer?: NodeJS.Timeout;
  presence?: PresenceThrottle;
  /** Takes the room's compressed frames (roomDeflate.ts); set at admission. */
  roomFrames?: boolean;
  /** Has not received a room frame yet: the room's compressor must reset before the next one. */
  roomFramesFresh?: boolean;
  /** When this socket's recent updates were refused (each refusal costs a full undo). */
  refusedAt?: number[];
}

/** A frame that is not a valid message; the socket is closed with CloseCode.badMessage. */
export class BadMessageError extends Error {
  override name = 'BadMessageError';
}

/**
 * Sends one message to one socket, never compressed by `ws`: with context takeover `ws` would
 * compress it with a context of its own (its threshold does not apply then), which would put
 * the socket's window out of step with the room's compressed frames (roomDeflate.ts).
 */
export function send(conn: Connection, message: Uint8Array): void {
  if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(message, { compress: false });
}

/** Runs a read of client bytes, turning any failure into a BadMessageError. */
export function readOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new BadMessageError(err instanceof Error ? err.message : String(err));
  }
}
