import type { Socket } from 'socket.io-client';
import type {
  Ack, ClientToServerEvents, ControlErrorCode, SessionEventName,
} from '../../../shared/schemas/control.ts';
import type { ControlSocket } from '../control/controlChannel.ts';

/** How long to wait for the server's acknowledgement before telling the user it failed. */
export const ACK_TIMEOUT_MS = 8000;

export type PayloadOf<E extends SessionEventName> = Parameters<ClientToServerEvents[E]>[0];
type ReplyData<E extends SessionEventName> = ClientToServerEvents[E] extends (p: never, ack?: Ack<infer R>) => void ? R : object;

/** Why an event did not go through: the server's code, or no answer (offline, timeout). */
export type SendErrorCode = ControlErrorCode | 'timeout' | 'offline';
export type SendResult<E extends SessionEventName> =
  | ({ ok: true } & ReplyData<E>)
  | { ok: false; error: SendErrorCode; message: string };

/**
 * Sends a session event and resolves with the server's acknowledgement. Never rejects: a
 * refusal, a socket that is not connected and a missing reply all come back as `{ok: false}`,
 * so that every button can say what went wrong.
 */
export function sendControl<E extends SessionEventName>(
  socket: ControlSocket | undefined, event: E, payload: PayloadOf<E>,
): Promise<SendResult<E>> {
  if (!socket?.connected) {
    return Promise.resolve({ ok: false, error: 'offline', message: 'not connected to the server' });
  }
  return new Promise((resolve) => {
    // Untyped: socket.io-client's typed `timeout().emit` cannot take a generic event name.
    (socket as unknown as Socket).timeout(ACK_TIMEOUT_MS).emit(event, payload, (err: unknown, reply: unknown) => {
      if (err) return resolve({ ok: false, error: 'timeout', message: 'no answer from the server' });
      resolve(reply as SendResult<E>);
    });
  });
}
