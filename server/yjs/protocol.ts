import * as encoding from 'lib0/encoding';

/**
 * Message types of the y-websocket protocol (first varint of every frame). The byte layout
 * is y-websocket's own; see docs/api.md, "Board channel".
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Sync sub-types, as y-protocols/sync writes them. */
export const SyncType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** Encodes one message: its type followed by the payload that `write` adds. */
export function encodeMessage(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeMessage(MessageType.sync, (e) => {
    encoding.writeVarUint(e, SyncType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return encodeMessage(MessageType.awareness, (e) => encoding.writeVarUint8Array(e, update));
}
