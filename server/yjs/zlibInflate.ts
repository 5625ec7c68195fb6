import zlib from 'node:zlib';

/*
 * permessage-deflate inflation on the main thread, synchronously, instead of `ws`'s own.
 *
 * `ws` inflates every compressed frame through an asynchronous zlib stream: a write, a flush
 * and a trip through libuv's thread pool per message, ~30 µs of CPU for a 200-byte board
 * edit (more than inflating it takes). Browsers compress every message once permessage-deflate
 * is negotiated, so with compression on, each incoming edit would pay that. Inflating a board
 * edit in place takes a few µs. Node offers no synchronous call that keeps a stream open, so
 * the native handle is driven directly, as Node's own zlib.inflateRawSync does inside.
 */

/** The end of a sync flush, which permessage-deflate leaves off every message (RFC 7692, 7.2.2). */
const TRAILER = Buffer.from([0x00, 0x00, 0xff, 0xff]);
const EMPTY = Buffer.alloc(0);
/** The header of a stored block, its lengths filled in by prime(). */
const STORED_HEADER = Buffer.alloc(5);
/** The output buffer every inflater shares unless given its own. */
const SHARED_OUT_BYTES = 16 * 1024;
let sharedOut: Buffer | undefined;
/** Stands in for each zlib stream's own (unused) output buffer. */
const UNUSED_OUT = Buffer.allocUnsafeSlow(64);

interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Buffer, outOff: number, outLen: number): void;
  reset(): void;
  onerror: (message: string, errno: number) => void;
}

/** A message that inflates past the allowed size (`ws` closes with 1009). */
export class InflateTooLargeError extends RangeError {
  override name = 'InflateTooLargeError';
}

/** Bytes that are not a valid deflate stream (`ws` closes with 1007). */
export class InflateDataError extends Error {
  override name = 'InflateDataError';
}

/** A raw inflate stream driven synchronously; keeps its window from message to message until reset(). */
export class SyncInflate {
  private readonly stream: zlib.InflateRaw;
  private readonly handle: ZlibHandle;
  private readonly state: Uint32Array;
  private out: Buffer;
  private failure: string | undefined;

  /**
   * `chunkBytes`: an output buffer of its own of that size; by default the one every inflater
   * shares (inflate() runs to the end synchronously and copies out what it yields), so that
   * an inflater per socket costs its zlib state and window, not 16 KiB more.
   */
  constructor(windowBits = 15, chunkBytes?: number, dictionary?: Uint8Array) {
    // `dictionary`: the window as an earlier inflater of the same stream left it (socketInflate.ts).
    this.stream = zlib.createInflateRaw({ windowBits, chunkSize: 64, ...(dictionary ? { dictionary } : {}) });
    const internals = this.stream as unknown as { _handle: ZlibHandle | null; _writeState: Uint32Array; _outBuffer: Buffer };
    if (!internals._handle || !internals._writeState) throw new Error('zlib internals changed: synchronous inflate unavailable');
    this.handle = internals._handle;
    this.state = internals._writeState;
    // The stream's own output buffer (used by its stream API only, never here) is a slice of
    // Node's 8 KiB buffer pool and would keep a whole slab alive per inflater.
    internals._outBuffer = UNUSED_OUT;
    // Node's own handler destroys the stream on the first error; here an error is reported by
    // inflate() and the stream reset for the next message.
    this.handle.onerror = (message) => { this.failure = message; };
    this.out = chunkBytes === undefined ? (sharedOut ??= Buffer.allocUnsafeSlow(SHARED_OUT_BYTES)) : Buffer.allocUnsafe(chunkBytes);
  }

  /**
   * Inflates one fragment of a message (`fin`: its last), sync-flushed: returns all the bytes
   * it yields. Throws InflateTooLargeError past `maxBytes` (0: no limit) and InflateDataError
   * for broken input; after either, the stream is reset.
   */
  inflate(data: Uint8Array, fin: boolean, maxBytes = 0): Buffer {
    const chunks: Buffer[] = [];
    let total = 0;
    const feed = (input: Uint8Array) => {
      let inOff = 0;
      let inLeft = input.byteLength;
      for (;;) {
        this.write(zlib.constants.Z_SYNC_FLUSH, input, inOff, inLeft);
        const [outLeft = 0, inAfter = 0] = this.state;
        const produced = this.out.length - outLeft;
        if (produced > 0) {
          total += produced;
          if (maxBytes > 0 && total > maxBytes) {
            this.reset();
            throw new InflateTooLargeError('Max payload size exceeded');
          }
          chunks.push(Buffer.from(this.out.subarray(0, produced)));
        }
        inOff += inLeft - inAfter;
        inLeft = inAfter;
        // zlib stops when its output is full; otherwise it took all the input it could.
        if (outLeft !== 0) return;
      }
    };
    feed(data);
    if (fin) feed(TRAILER);
    if (chunks.length === 0) return EMPTY;
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  }

  /** One zlib step into the output buffer; broken input resets the stream and throws InflateDataError. */
  private write(flush: number, input: Uint8Array, inOff: number, inLeft: number): void {
    this.handle.writeSync(flush, input, inOff, inLeft, this.out, 0, this.out.length);
    if (this.failure === undefined) return;
    const message = this.failure;
    this.failure = undefined;
    this.reset();
    throw new InflateDataError(message);
  }

  /** Forgets the window: the next message refers to nothing before it. */
  reset(): void {
    this.handle.reset();
  }

  /**
   * Forgets the window and fills it with `window` (its parts in order, at most 65,535 bytes in
   * all), as if it had just inflated those bytes: the next message may refer to them and to
   * nothing else. Fed as one stored deflate block (RFC 1951 3.2.4) whose output is dropped;
   * a permessage-deflate message starts on a block boundary, so it may follow at once.
   */
  prime(window: readonly Uint8Array[]): void {
    this.reset();
    const length = window.reduce((sum, part) => sum + part.byteLength, 0);
    if (length === 0) return;
    if (length > 0xffff) throw new RangeError('a primed window holds at most 65,535 bytes');
    // BFINAL 0, BTYPE 00 (stored), padded to the byte; LEN and its one's complement NLEN.
    STORED_HEADER.writeUInt16LE(length, 1);
    STORED_HEADER.writeUInt16LE(~length & 0xffff, 3);
    for (const input of [STORED_HEADER, ...window]) {
      let inOff = 0;
      let inLeft = input.byteLength;
      for (;;) {
        this.write(zlib.constants.Z_NO_FLUSH, input, inOff, inLeft);
        const [outLeft = 0, inAfter = 0] = this.state;
        inOff += inLeft - inAfter;
        inLeft = inAfter;
        if (outLeft !== 0) break;
      }
    }
  }

  close(): void {
    this.stream.close();
  }
}
