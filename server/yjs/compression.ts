import type { PerMessageDeflateOptions } from 'ws';

/*
 * permessage-deflate on the board channel (WS_COMPRESSION). A board edit is a Yjs update of
 * about 240 bytes, mostly note text; deflated on its own it shrinks only to ~180 bytes, but
 * with the context kept from message to message (what the socket sent before is the
 * dictionary) to ~100: sticky notes repeat words, keys and client ids. So the context is kept,
 * with a small window so that a socket's compressor stays small: 2 KiB of window and a small
 * hash (zlib: about 16 KiB per socket for deflate, 9 KiB for inflate, instead of ~300 KiB at
 * zlib's defaults). Level 1: the faster level gives within 10 % of the best ratio here.
 */

/** Frames below this many bytes go uncompressed: acknowledgements, state vectors, pings. */
export const COMPRESS_THRESHOLD = 128;
/** log2 of the window, both ways (zlib allows 9–15; 11: 2 KiB). */
export const WINDOW_BITS = 11;

export function boardCompression(enabled: boolean): PerMessageDeflateOptions | false {
  if (!enabled) return false;
  return {
    threshold: COMPRESS_THRESHOLD,
    serverMaxWindowBits: WINDOW_BITS,
    clientMaxWindowBits: WINDOW_BITS,
    zlibDeflateOptions: { level: 1, memLevel: 2 },
    // At most this many compressions of this process run at once on libuv's thread pool.
    concurrencyLimit: 10,
  };
}
