/** Limits that both sides know, so the UI can say so before the server refuses. */
export const Limits = {
  titleLength: 120,
  groupNameLength: 60,
  maxGroups: 24,
  displayNameLength: 40,
  /** Largest single WebSocket frame the board channel accepts, in bytes. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Largest JSON body of a REST call. */
  maxJsonBytes: 64 * 1024,
  noteTextLength: 2000,
  maxItems: 5000,
} as const;
