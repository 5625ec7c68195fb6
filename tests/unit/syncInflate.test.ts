import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CLIENT_WINDOW_BITS, offersClientWindow, RoomDeflate, WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
import { InflateDataError, InflateTooLargeError, SyncInflate } from '../../server/yjs/syncInflate.ts';

/*
 * The synchronous inflater (server/yjs/syncInflate.ts) against the room's compressor
 * (roomDeflate.ts) and zlib itself: what one compresses, the other reads back, message after
 * message with the context kept, and it refuses what is too large or broken.
 */

const WORDS = ['gemeente', 'buurt', 'bewoners', 'overleg', 'wijkteam', 'samen', 'actie', 'plan'];
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');

describe('SyncInflate', () => {
  it('reads a room stream message by message, each referring to the ones before', () => {
    const deflate = new RoomDeflate();
    const inflate = new SyncInflate(WINDOW_BITS);
    let sent = 0;
    let wire = 0;
    for (let i = 0; i < 200; i++) {
      const message = Buffer.from(text(20 + (i % 30), i));
      const payload = Buffer.from(deflate.compress(message));
      sent += message.length;
      wire += payload.length;
      expect(inflate.inflate(payload, true)).toEqual(message);
    }
    // The context pays: later messages refer to earlier ones.
    expect(wire).toBeLessThan(sent / 2);
    deflate.close();
    inflate.close();
  });

  it('keeps two rooms apart although their compressors share one output buffer', () => {
    const rooms = [new RoomDeflate(), new RoomDeflate()];
    const readers = [new SyncInflate(WINDOW_BITS), new SyncInflate(WINDOW_BITS)];
    for (let i = 0; i < 60; i++) {
      for (const r of [0, 1]) {
        // Every 20th message is larger than the shared buffer, which then grows mid-message.
        const message = Buffer.from(i % 20 === 19 ? text(3_000, i + r) : text(20 + ((i + r) % 25), i * 2 + r));
        // The caller copies at once, as binaryFrame does: the view is the buffer's until the next call.
        const payload = Buffer.from(rooms[r]!.compress(message));
        expect(readers[r]!.inflate(payload, true)).toEqual(message);
      }
    }
    for (const room of rooms) room.close();
    for (const reader of readers) reader.close();
  });

  it('after a reset on both sides, reads a message that stands alone', () => {
    const deflate = new RoomDeflate();
    const inflate = new SyncInflate(WINDOW_BITS);
    inflate.inflate(Buffer.from(deflate.compress(Buffer.from(text(50, 1)))), true);
    deflate.reset();
    inflate.reset();
    const message = Buffer.from(text(50, 1));
    expect(inflate.inflate(Buffer.from(deflate.compress(message)), true)).toEqual(message);
  });

  it('reads a message that inflates to more than its output chunk, and one in fragments', () => {
    const inflate = new SyncInflate(15, 1024);
    const big = Buffer.from(text(10_000, 3));
    // permessage-deflate leaves the sync flush's 4-byte tail off; inflate() puts it back.
    const whole = deflateRawSync(big, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
    const payload = whole.subarray(0, whole.length - 4);
    expect(inflate.inflate(payload, true)).toEqual(big);
    inflate.reset();
    const half = Math.floor(payload.length / 2);
    const first = inflate.inflate(payload.subarray(0, half), false);
    const rest = inflate.inflate(payload.subarray(half), true);
    expect(Buffer.concat([first, rest])).toEqual(big);
  });

  it('refuses a message that inflates past the limit, and broken data, then works again', () => {
    const inflate = new SyncInflate();
    const zeros = deflateRawSync(Buffer.alloc(1_000_000), { finishFlush: 2 });
    expect(() => inflate.inflate(zeros.subarray(0, zeros.length - 4), true, 100_000)).toThrow(InflateTooLargeError);
    expect(() => inflate.inflate(Buffer.from([0xff, 0xff, 0xff]), true)).toThrow(InflateDataError);
    const message = Buffer.from(text(40, 5));
    const ok = deflateRawSync(message, { finishFlush: 2 });
    expect(inflate.inflate(ok.subarray(0, ok.length - 4), true)).toEqual(message);
  });
});

/** A client's compressor that keeps its context (as Chromium's): each message sync-flushed, the 4-byte tail left off. */
function clientStream(windowBits: number) {
  const deflate = createDeflateRaw({ windowBits, memLevel: 8 });
  const internals = deflate as unknown as { _handle: { writeSync(...a: unknown[]): void }; _writeState: Uint32Array };
  const out = Buffer.alloc(64 * 1024);
  return {
    compress(message: Buffer): Buffer {
      internals._handle.writeSync(2 /* Z_SYNC_FLUSH */, message, 0, message.length, out, 0, out.length);
      return Buffer.from(out.subarray(0, out.length - internals._writeState[0]! - 4));
    },
    close: () => deflate.close(),
  };
}

describe('SyncInflate per socket', () => {
  it('reads two clients that keep their context, interleaved, each with an inflater of its own', () => {
    const [one, two] = [clientStream(CLIENT_WINDOW_BITS), clientStream(CLIENT_WINDOW_BITS)];
    const [readOne, readTwo] = [new SyncInflate(CLIENT_WINDOW_BITS), new SyncInflate(CLIENT_WINDOW_BITS)];
    for (let i = 0; i < 100; i++) {
      const a = Buffer.from(`${text(25, i)} een ${i}`);
      const b = Buffer.from(`${text(25, i + 3)} twee ${i}`);
      expect(readOne.inflate(one.compress(a), true)).toEqual(a);
      expect(readTwo.inflate(two.compress(b), true)).toEqual(b);
    }
    // Crossed, a stream is not read back: its references point into the other's window.
    const next = Buffer.from(`${text(25, 7)} een`);
    let crossed: Buffer | undefined;
    try {
      crossed = readTwo.inflate(one.compress(next), true);
    } catch {
      crossed = undefined;
    }
    expect(crossed).not.toEqual(next);
    for (const x of [one, two, readOne, readTwo]) x.close();
  });

  it('refuses a bomb after the context has built up', () => {
    const client = clientStream(CLIENT_WINDOW_BITS);
    const inflate = new SyncInflate(CLIENT_WINDOW_BITS);
    for (let i = 0; i < 20; i++) inflate.inflate(client.compress(Buffer.from(text(30, i))), true, 100_000);
    expect(() => inflate.inflate(client.compress(Buffer.alloc(1_000_000)), true, 100_000)).toThrow(InflateTooLargeError);
    client.close();
    inflate.close();
  });
});

describe('offersClientWindow', () => {
  it('is true where the server may set the client window to CLIENT_WINDOW_BITS', () => {
    // Chromium's and `ws`'s offer.
    expect(offersClientWindow('permessage-deflate; client_max_window_bits')).toBe(true);
    expect(offersClientWindow('permessage-deflate; client_max_window_bits=15')).toBe(true);
    expect(offersClientWindow(`permessage-deflate; client_max_window_bits="${CLIENT_WINDOW_BITS}"`)).toBe(true);
    expect(offersClientWindow('x-webkit-deflate-frame, permessage-deflate; server_max_window_bits=10; Client_Max_Window_Bits')).toBe(true);
    expect(offersClientWindow(`permessage-deflate; client_max_window_bits=${CLIENT_WINDOW_BITS - 2}, permessage-deflate; client_max_window_bits`)).toBe(true);
  });

  it('is false for Firefox\'s bare offer, a smaller window, another extension or none', () => {
    expect(offersClientWindow('permessage-deflate')).toBe(false);
    expect(offersClientWindow(`permessage-deflate; client_max_window_bits=${CLIENT_WINDOW_BITS - 1}`)).toBe(false);
    expect(offersClientWindow('x-client_max_window_bits; client_max_window_bits')).toBe(false);
    expect(offersClientWindow('')).toBe(false);
    expect(offersClientWindow(undefined)).toBe(false);
  });
});
