/*
 * `ws`'s permessage-deflate inflation replaced by the synchronous one of zlibInflate.ts, for
 * the board's server sockets (and the sync bench's laptops).
 */
import type { WebSocket } from 'ws';
import { SocketInflate } from './socketInflate.ts';
import { InflateTooLargeError, SyncInflate } from './zlibInflate.ts';

export { InflateDataError, InflateTooLargeError, SyncInflate } from './zlibInflate.ts';

const EMPTY = Buffer.alloc(0);

type Decompress = (data: Buffer, fin: boolean, callback: (err: Error | null, result?: Buffer) => void) => void;
interface DeflateExtension {
  params: Record<string, unknown> | null;
  decompress: Decompress;
  _isServer: boolean;
  _maxPayload: number;
}
interface ReceiverInternals {
  createError(ctor: ErrorConstructor | RangeErrorConstructor, message: string, prefix: boolean, statusCode: number, code: string): Error;
}

/**
 * Clients that compress each message alone (client_no_context_takeover, roomDeflate.ts) are
 * all served by one inflate stream, reset before each message: one 32 KiB window in all.
 */
let shared: SyncInflate | undefined;

/**
 * Makes `ws` inflate what this server socket receives synchronously, in place. A client that
 * sends each message alone is read with the process's shared inflater, reset first; one that
 * keeps its context (what it sends refers to what it sent before) through the socket's own
 * window (socketInflate.ts), kept from its first compressed message until the socket closes:
 * no socket's message can refer to another's bytes. Call before the socket receives its first
 * frame (in the upgrade's callback). False when nothing was negotiated.
 */
export function inflateInPlace(ws: WebSocket): boolean {
  const internals = ws as unknown as { _extensions?: Record<string, DeflateExtension | undefined>; _receiver?: ReceiverInternals };
  const ext = internals._extensions?.['permessage-deflate'];
  if (!ext || !ext._isServer || !ext.params) return false;
  const standalone = Boolean(ext.params.client_no_context_takeover);
  const bits = ext.params.client_max_window_bits;
  const windowBits = typeof bits === 'number' ? bits : 15;
  let own: SocketInflate | undefined;
  let closed = false;
  if (!standalone) {
    ws.once('close', () => {
      closed = true;
      own?.close();
      own = undefined;
    });
  }
  // A message in several frames arrives fragment by fragment; kept until its last one, so
  // that the size limit counts the whole message.
  let fragments: Buffer[] = [];
  ext.decompress = (data, fin, callback) => {
    let result: Buffer | undefined;
    let error: Error | null = null;
    if (!fin) {
      fragments.push(data);
      result = EMPTY;
    } else if (closed) {
      // A frame parsed after the close: nobody reads it, and no inflater is made for it.
      result = EMPTY;
    } else {
      const whole = fragments.length === 0 ? data : Buffer.concat([...fragments, data]);
      fragments = [];
      try {
        if (standalone) {
          shared ??= new SyncInflate();
          shared.reset();
          result = shared.inflate(whole, true, ext._maxPayload);
        } else {
          own ??= new SocketInflate(windowBits);
          result = own.inflate(whole, ext._maxPayload);
        }
      } catch (err) {
        error = receiverError(internals._receiver, err);
      }
    }
    // `ws`'s receiver expects the answer later, as zlib's would come: called back at once it
    // would finish its parsing loop twice.
    process.nextTick(callback, error, result);
  };
  return true;
}

/** The error `ws` itself would raise, with the close code it closes the socket with. */
function receiverError(receiver: ReceiverInternals | undefined, err: unknown): Error {
  const tooLarge = err instanceof InflateTooLargeError;
  const message = err instanceof Error ? err.message : String(err);
  if (!receiver) return err instanceof Error ? err : new Error(message);
  return tooLarge
    ? receiver.createError(RangeError, message, false, 1009, 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
    : receiver.createError(Error, message, false, 1007, 'WS_ERR_INVALID_COMPRESSED_DATA');
}

/**
 * The same for a client socket that keeps context (the server's frames refer to earlier ones):
 * one synchronous inflater of its own. Used by the sync bench's simulated laptops, whose `ws`
 * inflation through the thread pool would make the load generator the bottleneck (browsers
 * inflate natively).
 */
export function inflateInPlaceKeepingContext(ws: WebSocket): boolean {
  const internals = ws as unknown as { _extensions?: Record<string, DeflateExtension | undefined>; _receiver?: ReceiverInternals };
  const ext = internals._extensions?.['permessage-deflate'];
  if (!ext || !ext.params) return false;
  const endpoint = ext._isServer ? 'client' : 'server';
  const bits = ext.params[`${endpoint}_max_window_bits`];
  const inflater = new SyncInflate(typeof bits === 'number' ? bits : 15);
  const resetAfterMessage = Boolean(ext.params[`${endpoint}_no_context_takeover`]);
  ext.decompress = (data, fin, callback) => {
    let result: Buffer | undefined;
    let error: Error | null = null;
    try {
      result = inflater.inflate(data, fin, ext._maxPayload);
      if (fin && resetAfterMessage) inflater.reset();
    } catch (err) {
      error = receiverError(internals._receiver, err);
    }
    process.nextTick(callback, error, result);
  };
  ws.once('close', () => inflater.close());
  return true;
}
