import { constants as zlibConstants, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLIENT_WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { SocketInflate } from '../../server/yjs/socketInflate.ts';
import { InflateDataError, InflateTooLargeError } from '../../server/yjs/syncInflate.ts';

/*
 * One socket's inflation (server/yjs/socketInflate.ts): its window in a ring, one inflater for
 * every socket primed with it before each message: reads clients that keep their context, each
 * with its own bytes only.
 */

const WORDS = ['gemeente', 'buurt', 'bewoners', 'overleg', 'wijkteam', 'samen', 'actie', 'plan'];
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');

/** A client's compressor that keeps its context (as Chromium's): sync-flushed, the 4-byte tail left off. */
function clientStream(windowBits: number) {
  const deflate = createDeflateRaw({ windowBits, memLevel: 8 });
  const internals = deflate as unknown as { _handle: { writeSync(...a: unknown[]): void }; _writeState: Uint32Array };
  const out = Buffer.alloc(256 * 1024);
  return {
    compress(message: Buffer): Buffer {
      internals._handle.writeSync(2 /* Z_SYNC_FLUSH */, message, 0, message.length, out, 0, out.length);
      return Buffer.from(out.subarray(0, out.length - internals._writeState[0]! - 4));
    },
    close: () => deflate.close(),
  };
}

describe('SocketInflate', () => {
  it('reads sockets that keep their context, interleaved through the one shared inflater, as their windows wrap', () => {
    const clients = [0, 1, 2].map(() => clientStream(CLIENT_WINDOW_BITS));
    const sockets = [0, 1, 2].map(() => new SocketInflate(CLIENT_WINDOW_BITS));
    for (let i = 0; i < 80; i++) {
      const k = i % 3;
      // Each socket repeats its own words: its messages refer back into its own window.
      const message = Buffer.from(`${text(15 + (i % 11), k)} socket ${k} ${i}`);
      expect(sockets[k]!.inflate(clients[k]!.compress(message), 0)).toEqual(message);
    }
    // One message longer than the window, then one that refers into its end.
    for (const message of [Buffer.from(text(1_000, 5)), Buffer.from(text(60, 5))]) {
      expect(sockets[1]!.inflate(clients[1]!.compress(message), 0)).toEqual(message);
      expect(sockets[2]!.inflate(clients[2]!.compress(message), 0)).toEqual(message);
    }
    for (const x of [...clients, ...sockets]) x.close();
  });

  it('lets a socket refer to its own bytes only', () => {
    const [one, two] = [new SocketInflate(CLIENT_WINDOW_BITS), new SocketInflate(CLIENT_WINDOW_BITS)];
    const client = clientStream(CLIENT_WINDOW_BITS);
    const secret = Buffer.from(`${text(40, 3)} geheim`);
    expect(one.inflate(client.compress(secret), 0)).toEqual(secret);
    // The same bytes compressed as references into a window holding them: the second socket
    // never sent them, so its window is empty and the references lead nowhere.
    const whole = deflateRawSync(secret, { windowBits: CLIENT_WINDOW_BITS, dictionary: secret, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    const crafted = whole.subarray(0, whole.length - 4);
    expect(() => two.inflate(crafted, 0)).toThrow(InflateDataError);
    // With a window of its own, what the references reach is its own bytes, not the secret.
    const other = clientStream(CLIENT_WINDOW_BITS);
    const own = Buffer.from(text(60, 6));
    expect(two.inflate(other.compress(own), 0)).toEqual(own);
    let read: Buffer | undefined;
    try {
      read = two.inflate(crafted, 0);
    } catch {
      read = undefined;
    }
    expect(read?.includes('geheim') ?? false).toBe(false);
    for (const x of [one, two, client, other]) x.close();
  });

  it('refuses a bomb after the context has built up, and is done once closed', () => {
    const client = clientStream(CLIENT_WINDOW_BITS);
    const socket = new SocketInflate(CLIENT_WINDOW_BITS);
    for (let i = 0; i < 20; i++) socket.inflate(client.compress(Buffer.from(text(30, i))), 100_000);
    expect(() => socket.inflate(client.compress(Buffer.alloc(1_000_000)), 100_000)).toThrow(InflateTooLargeError);
    socket.close();
    expect(() => socket.inflate(Buffer.from([0x00]), 0)).toThrow();
    client.close();
  });
});
