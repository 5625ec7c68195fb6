import { SyncInflate } from './zlibInflate.ts';

/*
 * The inflation of one socket whose client keeps its compression context (roomDeflate.ts,
 * boardDeflateOffer): what it sends may refer to the last 2^windowBits bytes it sent before.
 *
 * A zlib inflater of its own would cost each socket ~20 kB (state, window, Node's objects;
 * tests/bench/upDeflate.ts). All a socket needs to keep between its messages is its window:
 * the last bytes inflated from it. So each socket keeps those in a ring, and one inflater per
 * window size serves every socket: before each message it is reset and primed with that
 * socket's window (SyncInflate.prime), so the message can refer to that socket's own bytes
 * and to nothing else.
 */

/** One inflater per window size, for every socket of the process (all synchronous, one message at a time). */
const shared = new Map<number, SyncInflate>();

export class SocketInflate {
  /** The last bytes inflated, a ring of 2^windowBits bytes: the window. Made at the first message. */
  private ring: Buffer | undefined;
  /** Bytes of the ring in use (until it has wrapped once). */
  private filled = 0;
  /** Where the next byte goes. */
  private head = 0;
  private closed = false;

  constructor(private readonly windowBits: number) {}

  /**
   * Inflates one whole message. Throws as SyncInflate.inflate does (InflateTooLargeError past
   * `maxBytes`, InflateDataError for broken input or a reference past this socket's window);
   * the socket is then closed.
   */
  inflate(data: Uint8Array, maxBytes: number): Buffer {
    if (this.closed) throw new Error('socket inflater closed');
    let inflater = shared.get(this.windowBits);
    if (!inflater) {
      inflater = new SyncInflate(this.windowBits);
      shared.set(this.windowBits, inflater);
    }
    inflater.prime(this.window());
    const out = inflater.inflate(data, true, maxBytes);
    this.remember(out);
    return out;
  }

  close(): void {
    this.closed = true;
    this.ring = undefined;
  }

  /** The window, oldest bytes first, in (at most) two parts. */
  private window(): Buffer[] {
    const ring = this.ring;
    if (!ring || this.filled === 0) return [];
    if (this.filled < ring.length) return [ring.subarray(0, this.filled)];
    return [ring.subarray(this.head), ring.subarray(0, this.head)];
  }

  private remember(out: Buffer): void {
    const ring = (this.ring ??= Buffer.allocUnsafeSlow(1 << this.windowBits));
    const size = ring.length;
    // Only the last `size` bytes of a long message can be referred to.
    let from = Math.max(0, out.length - size);
    while (from < out.length) {
      const n = Math.min(out.length - from, size - this.head);
      out.copy(ring, this.head, from, from + n);
      from += n;
      this.head = (this.head + n) % size;
      this.filled = Math.min(size, this.filled + n);
    }
  }
}
