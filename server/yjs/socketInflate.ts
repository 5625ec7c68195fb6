import { SyncInflate } from './zlibInflate.ts';

/*
 * The inflater of one socket whose client keeps its compression context (roomDeflate.ts,
 * boardDeflateOffer): what it sends refers to the last 2^windowBits bytes it sent before.
 *
 * A zlib inflater costs ~17 kB at 11 bits (state, window, Node's objects; tests/bench/
 * upDeflate.ts), and most open boards are quiet most of the time. So after IDLE_MS without a
 * message the inflater is freed and only its window is kept: the last bytes it yielded, which
 * are exactly what the client's next message may refer to. The next message gets a new
 * inflater with that window as its dictionary (RFC 7692 8.2.3.4 relies on no more).
 */

/** A socket's inflater is freed after this long without a compressed message. */
export const IDLE_MS = 10_000;

export class SocketInflate {
  private inflater: SyncInflate | undefined;
  /** The last bytes inflated, a ring of 2^windowBits bytes: the window. Made at the first message. */
  private ring: Buffer | undefined;
  /** Bytes of the ring in use (until it has wrapped once). */
  private filled = 0;
  /** Where the next byte goes. */
  private head = 0;
  private idle: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly windowBits: number, private readonly idleMs = IDLE_MS) {}

  /** True while a zlib inflater is held (not freed for idleness, not closed). */
  get holdsInflater(): boolean {
    return this.inflater !== undefined;
  }

  /**
   * Inflates one whole message. Throws as SyncInflate.inflate does (InflateTooLargeError past
   * `maxBytes`, InflateDataError for broken input); the socket is then closed.
   */
  inflate(data: Uint8Array, maxBytes: number): Buffer {
    if (this.closed) throw new Error('socket inflater closed');
    this.inflater ??= new SyncInflate(this.windowBits, undefined, this.filled > 0 ? this.window() : undefined);
    const out = this.inflater.inflate(data, true, maxBytes);
    this.remember(out);
    if (this.idle) {
      this.idle.refresh();
    } else {
      this.idle = setTimeout(() => this.release(), this.idleMs);
      this.idle.unref();
    }
    return out;
  }

  /** Frees the zlib inflater, keeping only the window; the next message makes a new one. */
  release(): void {
    clearTimeout(this.idle);
    this.idle = undefined;
    this.inflater?.close();
    this.inflater = undefined;
  }

  close(): void {
    this.release();
    this.closed = true;
    this.ring = undefined;
  }

  /** The window, oldest byte first. */
  private window(): Buffer {
    const ring = this.ring!;
    if (this.filled < ring.length) return ring.subarray(0, this.filled);
    return Buffer.concat([ring.subarray(this.head), ring.subarray(0, this.head)], ring.length);
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
