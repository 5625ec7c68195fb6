import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { RoomDeflate, WINDOW_BITS } from '../../server/yjs/roomDeflate.ts';
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
