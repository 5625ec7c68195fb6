import type { ControlErrorCode } from '../../shared/schemas/control.ts';
import type { RateLimiter } from '../http/rateLimit.ts';
import type { ControlSocket } from './controlServer.ts';

/** Refusals that an honest client never causes: it sends known events with valid payloads. */
const COUNTED: ReadonlySet<string> = new Set<ControlErrorCode>(['unknown_event', 'invalid_payload', 'forbidden']);

/**
 * Counts a socket's unknown, invalid and forbidden events against `limiter` (keyed by socket)
 * and disconnects the socket past it, with a `control:error` `rate_limited` first. It watches the
 * socket's outgoing `control:error`s, so that every refusal counts, whichever handler made it
 * (presence here, session events in sessionHandlers.ts). Without it a client
 * could make us validate and answer bad events for ever (2,000 were answered one by one).
 */
export function watchBadEvents(socket: ControlSocket, limiter: RateLimiter): void {
  socket.onAnyOutgoing((event: string, error: { code?: string } | undefined) => {
    if (event !== 'control:error' || !COUNTED.has(error?.code ?? '')) return;
    if (limiter.take(socket.id).ok) return;
    socket.emit('control:error', {
      code: 'rate_limited', event: 'control:error', message: 'too many refused events: disconnecting',
    });
    socket.disconnect(true);
  });
  socket.once('disconnect', () => limiter.forget(socket.id));
}
