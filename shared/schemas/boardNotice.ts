import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as z from 'zod';

/**
 * Server notices on the board channel (docs/api.md, "Board notices"). y-websocket uses message
 * types 0–3; a stock client ignores (and logs) any other type, so notices never break it.
 * Frame: varUint 100, then a varString holding the JSON of one BoardNotice.
 */
export const NOTICE_MESSAGE_TYPE = 100;

/** Why the server undid (part of) an update of this socket. */
export const RefusalReason = [
  /** A key, type or value the board schema does not allow (docs/board-schema.md). */
  'schema',
  /** A board limit (items, arrows, text length, …); `limit` names it. */
  'limit',
  /** A change to action points that the group has submitted. */
  'submitted',
  /** A change to the case card, which only the facilitator may write. */
  'caseCard',
  /** The document would grow past its total size cap. */
  'docSize',
] as const;
export type RefusalReason = (typeof RefusalReason)[number];

export const BoardNotice = z.discriminatedUnion('kind', [
  /** The server cannot store updates (`failing`) or can again (`ok`); it keeps them queued meanwhile. */
  z.object({ kind: z.literal('storage'), state: z.enum(['failing', 'ok']) }),
  /** An update of this socket was (partly) undone for everyone. */
  z.object({
    kind: z.literal('refused'),
    reason: z.enum(RefusalReason),
    limit: z.string().max(64).optional(),
  }),
]);
export type BoardNotice = z.infer<typeof BoardNotice>;

export function encodeBoardNotice(notice: BoardNotice): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, NOTICE_MESSAGE_TYPE);
  encoding.writeVarString(encoder, JSON.stringify(notice));
  return encoding.toUint8Array(encoder);
}

/** Reads the notice after the message type; `null` for anything that is not a valid notice. */
export function readBoardNotice(decoder: decoding.Decoder): BoardNotice | null {
  try {
    const parsed = BoardNotice.safeParse(JSON.parse(decoding.readVarString(decoder)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
