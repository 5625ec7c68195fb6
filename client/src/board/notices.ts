import type * as decoding from 'lib0/decoding';
import type * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import {
  NOTICE_MESSAGE_TYPE, readBoardNotice, type BoardNotice, type RefusalReason,
} from '../../../shared/schemas/boardNotice.ts';

/** The server undid (part of) one of this laptop's updates; `at` tells two equal refusals apart. */
export interface Refusal {
  reason: RefusalReason;
  limit?: string;
  /** When it arrived (ms): a repeat is a new refusal, shown and announced again. */
  at: number;
}

/** What the server's board notices (docs/api.md, "Board notices") say right now. */
export interface NoticeState {
  /** The server cannot store this board's updates; it keeps them queued and says `ok` when it can. */
  storageFailing: boolean;
  lastRefusal: Refusal | null;
}

export const noNotices: NoticeState = { storageFailing: false, lastRefusal: null };

/** The next state after one notice; pure, so it is tested without a socket. */
export function applyNotice(state: NoticeState, notice: BoardNotice, now: number): NoticeState {
  if (notice.kind === 'storage') {
    const storageFailing = notice.state === 'failing';
    return storageFailing === state.storageFailing ? state : { ...state, storageFailing };
  }
  const lastRefusal: Refusal = { reason: notice.reason, at: now };
  if (notice.limit !== undefined) lastRefusal.limit = notice.limit;
  return { ...state, lastRefusal };
}

type MessageHandler = (
  encoder: encoding.Encoder, decoder: decoding.Decoder, provider: WebsocketProvider, emitSynced: boolean, type: number,
) => void;

/**
 * Lets `provider` read notice frames (type 100) and passes each valid notice on. Without a
 * handler y-websocket logs "Unable to compute message" and drops the frame. The handler writes
 * nothing to `encoder`, so no reply is sent; an invalid notice (another server version) is
 * ignored. Returns a function that removes the handler again.
 */
export function listenForNotices(provider: WebsocketProvider, onNotice: (notice: BoardNotice) => void): () => void {
  const handler: MessageHandler = (_encoder, decoder) => {
    const notice = readBoardNotice(decoder);
    if (notice) onNotice(notice);
  };
  provider.messageHandlers[NOTICE_MESSAGE_TYPE] = handler;
  return () => {
    if (provider.messageHandlers[NOTICE_MESSAGE_TYPE] === handler) delete provider.messageHandlers[NOTICE_MESSAGE_TYPE];
  };
}
