/**
 * WebSocket close codes of the board channel (`/yjs/...`). 4000-4999 are free for applications;
 * we mirror HTTP status codes so that they read at a glance. Documented in docs/api.md.
 */
export const CloseCode = {
  /** The frame was not a valid y-websocket message (bad varint, unknown type, broken update). */
  badMessage: 4400,
  /** No token, or a token that belongs to no workshop. */
  unauthorized: 4401,
  /** A valid token that may not read this room (another group, another workshop). */
  forbidden: 4403,
  /** The workshop or group in the path does not exist. */
  notFound: 4404,
  /**
   * The workshop was deleted (by its organiser or the retention sweep) while this socket was
   * open: final, like 4404, but a client can tell the people in front of it what happened
   * instead of "not found" or "reconnecting".
   */
  deleted: 4410,
  /**
   * Updates of this socket were refused while its board was locked, and it wrote again after
   * the unlock: its later updates build on the refused ones, so it must sync afresh. In the
   * 4500 range, which stock y-websocket clients treat as "reconnect" (4400-4499 is final).
   */
  resync: 4509,
  /**
   * Too many board sockets: this board or this server process is at its connection cap
   * (MAX_BOARD_SOCKETS_PER_BOARD, MAX_BOARD_SOCKETS). In the 4500 range on purpose, like 4509:
   * "try again later", so stock clients reconnect with their backoff once someone leaves;
   * 4429 would make them give up for good.
   */
  tooMany: 4529,
  /** The server is shutting down; the client should reconnect later. */
  goingAway: 1001,
  /** Set by `ws` itself when a frame exceeds the size limit. */
  tooLarge: 1009,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];
