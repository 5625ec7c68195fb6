import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLIENT_WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { SocketInflate } from '../../server/yjs/socketInflate.ts';
import { InflateTooLargeError } from '../../server/yjs/syncInflate.ts';

/*
 * One socket's inflater (server/yjs/socketInflate.ts): reads a client that keeps its context,
 * and goes on reading it after it freed its zlib inflater for idleness, from the window it kept.
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
  it('reads on after freeing its inflater, whether the window has wrapped or not, and after a message longer than it', () => {
    const client = clientStream(CLIENT_WINDOW_BITS);
    const socket = new SocketInflate(CLIENT_WINDOW_BITS);
    const check = (message: Buffer) => expect(socket.inflate(client.compress(message), 0)).toEqual(message);
    // Less than the window (2 KiB) sent, then freed: the dictionary is what there is.
    check(Buffer.from(text(20, 1)));
    socket.release();
    expect(socket.holdsInflater).toBe(false);
    check(Buffer.from(text(20, 1)));
    expect(socket.holdsInflater).toBe(true);
    // Many messages: the ring wraps; freed in between, again and again.
    for (let i = 0; i < 60; i++) {
      check(Buffer.from(`${text(15 + (i % 11), i)} ${i}`));
      if (i % 7 === 3) socket.release();
    }
    // One message longer than the window, then one that refers into its end.
    check(Buffer.from(text(1_000, 5)));
    socket.release();
    check(Buffer.from(text(60, 5)));
    socket.close();
    client.close();
  });

  it('frees its inflater by itself when the socket is quiet', async () => {
    const client = clientStream(CLIENT_WINDOW_BITS);
    const socket = new SocketInflate(CLIENT_WINDOW_BITS, 20);
    const message = Buffer.from(text(40, 2));
    expect(socket.inflate(client.compress(message), 0)).toEqual(message);
    await expect.poll(() => socket.holdsInflater).toBe(false);
    expect(socket.inflate(client.compress(message), 0)).toEqual(message);
    socket.close();
    client.close();
  });

  it('refuses a bomb after the context has built up and after a release, and is done once closed', () => {
    const client = clientStream(CLIENT_WINDOW_BITS);
    const socket = new SocketInflate(CLIENT_WINDOW_BITS);
    for (let i = 0; i < 20; i++) socket.inflate(client.compress(Buffer.from(text(30, i))), 100_000);
    socket.release();
    expect(() => socket.inflate(client.compress(Buffer.alloc(1_000_000)), 100_000)).toThrow(InflateTooLargeError);
    socket.close();
    expect(() => socket.inflate(Buffer.from([0x00]), 0)).toThrow();
    client.close();
  });
});
