import zlib from 'node:zlib';
import type { PerMessageDeflateOptions, WebSocket } from 'ws';

/*
 * permessage-deflate (RFC 7692) done once per room instead of once per socket.
 *
 * A board edit is a Yjs update of ~240 bytes, mostly note text. Deflated alone it shrinks to
 * ~180 bytes; with the context kept from message to message (what came before is the
 * dictionary) to ~100. `ws` keeps that context per socket, so every delivery costs a deflate
 * on libuv's thread pool: in bench:sync that tripled the CPU per delivery. Here the room keeps
 * ONE compressor, and every compressing socket of the room receives the same compressed
 * frames in the same order, so the decompressor of each holds the same window and one
 * compression serves all of them:
 *   - the room's messages go to every compressing socket, its sender included (an echo: a
 *     socket that missed one frame could not read the next, which may point into it);
 *   - anything else a socket is sent goes uncompressed: an uncompressed frame does not enter
 *     the receiver's window (RFC 7692, 6.2), so it cannot put it out of step;
 *   - a socket that has not received a room frame yet cannot read references to earlier ones:
 *     the compressor is reset before the next frame, which then refers to nothing before it.
 * `ws` itself never compresses (every send says `compress: false`, connection.ts). What
 * clients send is inflated in place, synchronously (syncInflate.ts), with the client's
 * context kept where it offered to let the server choose its window (boardDeflateOffer).
 */

/** log2 of the window (4 KiB); the server tells clients it uses no more (server_max_window_bits). */
export const WINDOW_BITS = 12;
/** Frames smaller than this go uncompressed: state vectors, acknowledgements, small presence. */
export const COMPRESS_MIN_BYTES = 128;
/** zlib's hash size (2^(memLevel+9) bytes): small, the window is small. */
const MEM_LEVEL = 3;
/** The tail of a sync flush, which permessage-deflate leaves off every message (RFC 7692, 7.2.1). */
const FLUSH_TAIL = 4;

/**
 * log2 of the window a client may compress with when it keeps its context (2 KiB). Measured
 * on bench:sync's edits (tests/bench/upDeflate.ts): ~104 bytes up per edit at 11 bits, ~114
 * at 10, ~100 at 12, against ~198 for each edit compressed alone. The server keeps each such
 * socket's window, 2^bits bytes (socketInflate.ts): ~3 kB per socket at 11 bits, ~6 kB at 12.
 */
export const CLIENT_WINDOW_BITS = 11;

/**
 * The `ws` server's permessage-deflate settings when compression is on (WS_COMPRESSION=1).
 * `keepClientContext`: for a client that offered client_max_window_bits (Chromium, Safari,
 * `ws`), which lets the server choose its window: it keeps its compression context from
 * message to message within CLIENT_WINDOW_BITS, and the server keeps that socket's window to
 * read what it sends (socketInflate.ts). Otherwise (Firefox offers the bare
 * extension: its window would be 32 KiB) each message it sends stands alone, and one
 * inflater, reset per message, serves all such sockets.
 */
export function boardDeflateOffer(keepClientContext: boolean): PerMessageDeflateOptions {
  return {
    serverMaxWindowBits: WINDOW_BITS,
    // `ws` must compress nothing itself: every send says `compress: false` (connection.ts).
    // (With context takeover `ws` ignores its threshold, so that is no fence.)
    ...(keepClientContext
      // `ws` refuses an offer without client_max_window_bits when this is a number.
      ? { clientMaxWindowBits: CLIENT_WINDOW_BITS }
      // No client_max_window_bits in the answer: RFC 7692 7.1.2.2 forbids it where the
      // client's offer had none (`ws` would refuse that offer outright, HTTP 400).
      : { clientNoContextTakeover: true }),
  };
}

/**
 * True when one of the permessage-deflate offers in a Sec-WebSocket-Extensions header lets
 * the server set the client's window to CLIENT_WINDOW_BITS: it has client_max_window_bits,
 * bare or no smaller than that (RFC 7692 7.1.2.2; `ws` refuses the offer otherwise).
 */
export function offersClientWindow(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((offer) => {
    const [name = '', ...params] = offer.split(';').map((p) => p.trim().toLowerCase());
    if (name !== 'permessage-deflate') return false;
    return params.some((param) => {
      const [key = '', value] = param.split('=').map((p) => p.trim().replace(/^"(.*)"$/, '$1'));
      return key === 'client_max_window_bits' && (value === undefined || Number(value) >= CLIENT_WINDOW_BITS);
    });
  });
}

interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
}

/**
 * True when `ws` negotiated permessage-deflate with context takeover and our window with this
 * socket's client: then it can take the room's frames.
 */
export function takesRoomFrames(ws: WebSocket): boolean {
  const ext = (ws as unknown as { _extensions?: Record<string, { params?: Record<string, unknown> | null } | undefined> })._extensions;
  const params = ext?.['permessage-deflate']?.params;
  if (!params || params.server_no_context_takeover) return false;
  const bits = typeof params.server_max_window_bits === 'number' ? params.server_max_window_bits : 15;
  return bits >= WINDOW_BITS;
}

/**
 * The compressors' output buffer, one for all rooms: compress() is synchronous and its caller
 * copies the result at once (binaryFrame), so no room needs its own. A buffer per room cost
 * 8 KiB each: `Buffer.allocUnsafe` of 4 KiB takes a slice of Node's 8 KiB pool slab and keeps
 * the whole slab alive.
 */
let out = Buffer.allocUnsafeSlow(4096);

/** One room's compressor: a raw deflate stream, sync-flushed after each message. */
export class RoomDeflate {
  // chunkSize: Node's own output buffer, unused here (compress() writes into `out`): the least.
  private readonly stream = zlib.createDeflateRaw({ level: 1, windowBits: WINDOW_BITS, memLevel: MEM_LEVEL, chunkSize: 64 });
  private readonly handle: ZlibHandle;
  private readonly state: Uint32Array;

  constructor() {
    // Node's zlib offers no synchronous call that keeps the stream open (zlib.deflateRawSync
    // closes it), so the native handle is driven directly, as Node's own processChunkSync does.
    const internals = this.stream as unknown as { _handle: ZlibHandle | null; _writeState: Uint32Array };
    if (!internals._handle || !internals._writeState) throw new Error('zlib internals changed: room compression unavailable');
    this.handle = internals._handle;
    this.state = internals._writeState;
  }

  /** Forgets the history: the next message refers to nothing before it. */
  reset(): void {
    this.stream.reset();
  }

  /**
   * The message compressed, as the payload of a permessage-deflate frame. Mostly a view into
   * the shared output buffer: valid until the next call of any room (binaryFrame copies it at once).
   */
  compress(message: Uint8Array): Buffer {
    const chunks: Buffer[] = [];
    let inOff = 0;
    let inLeft = message.byteLength;
    for (;;) {
      this.handle.writeSync(zlib.constants.Z_SYNC_FLUSH, message, inOff, inLeft, out, 0, out.length);
      const [outLeft = 0, inAfter = 0] = this.state;
      const produced = out.subarray(0, out.length - outLeft);
      inOff += inLeft - inAfter;
      inLeft = inAfter;
      if (outLeft !== 0) {
        const all = chunks.length === 0 ? produced : Buffer.concat([...chunks, produced]);
        return all.subarray(0, all.length - FLUSH_TAIL);
      }
      // The output buffer was full: keep what it holds, grow it and go on where zlib stopped.
      chunks.push(Buffer.from(produced));
      out = Buffer.allocUnsafeSlow(out.length * 2);
    }
  }

  close(): void {
    this.stream.close();
  }
}
