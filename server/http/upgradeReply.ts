import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Answers an HTTP upgrade request with a plain HTTP error instead of switching protocols,
 * then closes the socket. The body is the same `{error, message}` JSON as the REST API's.
 * The socket is destroyed once the answer is flushed, whether or not the client closes its end:
 * a hostile client must not be able to hold a refused socket open.
 */
export function refuseUpgrade(
  socket: Duplex, status: number, error: string, message: string, headers: Record<string, string> = {},
): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error, message });
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.on('error', () => { /* the client may already be gone; nothing to tell it */ });
  socket.end(`${lines.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
}
