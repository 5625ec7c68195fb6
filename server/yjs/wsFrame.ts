import type { WebSocket } from 'ws';

/*
 * A room's broadcast framed once for every socket it goes to. `ws.send` frames each message
 * anew per socket (a header allocated, the payload wrapped) and writes header and payload as
 * two writes under a cork; a board edit goes to every laptop of its room, so here it is
 * framed once, header and payload in one buffer, and written to each socket in one write.
 */

/** A final, unmasked binary frame (RFC 6455, 5.2); `compressed` sets RSV1 (permessage-deflate). */
export function binaryFrame(payload: Uint8Array, compressed = false): Buffer {
  const length = payload.byteLength;
  const head = length < 126 ? 2 : length < 0x10000 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + length);
  frame[0] = 0x80 | (compressed ? 0x40 : 0) | 0x02;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 0x10000) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 0x1_0000_0000), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, head);
  return frame;
}

/**
 * Writes a frame made by binaryFrame to an open socket, through `ws`'s own frame writer (not
 * in its type declarations). Nothing is queued in `ws` before it: the board channel never has
 * `ws` compress (connection.ts), so `ws` writes every message at once, in the order sent.
 */
export function writeFrame(ws: WebSocket, frame: Buffer): void {
  const sender = (ws as unknown as { _sender: { sendFrame(list: Buffer[], cb?: () => void): void } })._sender;
  sender.sendFrame([frame]);
}
