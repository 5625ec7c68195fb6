import * as Y from 'yjs';
import { isSubmitted } from '../../shared/board/actionPoints.ts';
import { CASE_CARD_ID, itemsOf } from '../../shared/board/schema.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { Limits } from '../../shared/limits.ts';
import { encodeBoardNotice } from '../../shared/schemas/boardNotice.ts';
import type { Logger } from '../logger.ts';
import { readOrFail, send, type Connection } from './connection.ts';
import {
  PendingBounds, mergedPending, pendingReleased, pendingTooLarge, takePending,
} from './pendingUpdates.ts';
import type { QueuedUpdate } from './StoreQueue.ts';
import { TransactionGuard, type GuardResult } from './TransactionGuard.ts';
import { judgeTransaction, type Refusal } from './transactionJudge.ts';

/** New bytes between two exact measurements of a document near its size cap. */
const SIZE_RECHECK_BYTES = 64 * 1024;

/** A socket whose updates break the board rules more often than this per minute is closed (4400). */
const MAX_REFUSALS_PER_MINUTE = 30;

export interface ClientWritesOptions {
  doc: Y.Doc;
  docName: string;
  log: Logger;
  /** Queues one update for storage and broadcast (StoreQueue). */
  enqueue: (entry: QueuedUpdate) => void;
  /** The document's encoded size as estimated from what was stored (exact at load and compaction). */
  approxBytes: () => number;
  setApproxBytes: (bytes: number) => void;
  pendingMs?: number | undefined;
  /** Board rules of the registered extensions (BoardHooks.judge), after the built-in ones. */
  judge?: ((doc: Y.Doc, tr: Y.Transaction) => Refusal | null) | undefined;
}

/**
 * Applies the updates of client sockets to one board: each under the board rules
 * (TransactionGuard, transactionJudge), then what it released of the socket's pending structs
 * (pendingUpdates.ts), with the bounds on pending structs and on refusals.
 */
export class ClientWrites {
  private readonly guard: TransactionGuard;
  /** While a client update is applied, its doc updates are collected here instead of queued. */
  private collecting: Uint8Array[] | null = null;
  /** The size last measured exactly under the cap (see overSizeCap). */
  private measuredAt = -Infinity;

  constructor(private readonly options: ClientWritesOptions) {
    this.guard = new TransactionGuard(options.doc);
  }

  /** Takes a doc update that happens during a client apply; false for any other. */
  collect(update: Uint8Array): boolean {
    if (!this.collecting) return false;
    this.collecting.push(update);
    return true;
  }

  apply(conn: Connection, payload: Uint8Array): void {
    const { doc } = this.options;
    this.applyJudged(conn, payload);
    while (conn.pending && pendingReleased(doc, conn.pending)) {
      const retry = mergedPending(conn.pending);
      const since = conn.pending.since;
      conn.pending = undefined;
      this.applyJudged(conn, retry, since);
    }
    this.boundPending(conn);
  }

  private applyJudged(conn: Connection, update: Uint8Array, pendingSince?: number): void {
    const { doc, enqueue } = this.options;
    const context = {
      mayEditCaseCard: conn.rights.editCaseCard,
      mayEditSubmittedActionPoints: conn.rights.editSubmittedActionPoints,
      caseCardExisted: itemsOf(doc).has(CASE_CARD_ID),
      submittedBefore: isSubmitted(doc),
      overSizeCap: () => this.overSizeCap(update.byteLength),
    };
    const collected: Uint8Array[] = [];
    this.collecting = collected;
    let result: GuardResult;
    try {
      result = readOrFail(() => this.guard.apply(update, conn, (tr) => judgeTransaction(doc, tr, context) ?? this.options.judge?.(doc, tr) ?? null));
    } finally {
      this.collecting = null;
      conn.pending = takePending(doc, conn.pending, pendingSince ?? Date.now());
    }
    const { transaction, refusal } = result;
    if (!refusal || !transaction) {
      for (const u of collected) enqueue({ update: u, origin: conn });
      return;
    }
    // The refused content was undone and collected: peers get the outcome (the sender's
    // clocks as deleted structs, and the undo), never the refused bytes.
    enqueue({ update: Y.encodeStateAsUpdate(doc, Y.encodeStateVector(transaction.beforeState)), origin: null });
    this.refused(conn, refusal);
  }

  private refused(conn: Connection, refusal: Refusal): void {
    const { log, docName } = this.options;
    log.warn({ doc: docName, reason: refusal.reason, limit: refusal.limit, path: refusal.path }, 'undid an update that broke a board rule');
    send(conn, encodeBoardNotice({
      kind: 'refused', reason: refusal.reason, ...(refusal.limit ? { limit: refusal.limit } : {}),
    }));
    // An honest client meets a rule now and then (a merge past a limit); a stream of refusals
    // is a hostile one making the server undo megabytes: it is closed for good.
    const now = Date.now();
    conn.refusedAt = (conn.refusedAt ?? []).filter((t) => now - t < 60_000);
    conn.refusedAt.push(now);
    if (conn.refusedAt.length > MAX_REFUSALS_PER_MINUTE) conn.ws.close(CloseCode.badMessage, 'too many refused updates');
  }

  /**
   * The estimate only grows (deleted content is not subtracted), so past the cap the exact
   * size is measured: an encode of the whole document. At most once per SIZE_RECHECK_BYTES
   * of new updates, or a board kept just under the cap would pay a full encode per keystroke.
   */
  private overSizeCap(incoming: number): boolean {
    const approx = this.options.approxBytes() + incoming;
    if (approx <= Limits.maxDocBytes || approx < this.measuredAt + SIZE_RECHECK_BYTES) return false;
    const exact = Y.encodeStateAsUpdate(this.options.doc).byteLength;
    this.options.setApproxBytes(exact);
    // A refused update is undone, so the next one is measured afresh (refusals are bounded per socket).
    const over = exact > Limits.maxDocBytes;
    this.measuredAt = over ? -Infinity : exact;
    return over;
  }

  /** Bounds what a socket has pending, in bytes and in time (pendingUpdates.ts). */
  private boundPending(conn: Connection): void {
    const pending = conn.pending;
    if (!pending) {
      clearTimeout(conn.pendingTimer);
      conn.pendingTimer = undefined;
      return;
    }
    if (pendingTooLarge(pending)) return this.dropPending(conn, 'too large');
    conn.pendingTimer ??= setTimeout(
      () => this.dropPending(conn, 'waited too long'), this.options.pendingMs ?? PendingBounds.maxMs,
    );
  }

  /** The socket must sync afresh: its pending structs are dropped, never stored nor served. */
  private dropPending(conn: Connection, why: string): void {
    clearTimeout(conn.pendingTimer);
    conn.pendingTimer = undefined;
    if (!conn.pending) return;
    conn.pending = undefined;
    this.options.log.warn({ doc: this.options.docName, why }, 'dropped updates whose dependencies never came');
    conn.ws.close(CloseCode.resync, 'sync again');
  }

  /** Forgets what a socket that left still had waiting. */
  forget(conn: Connection): void {
    clearTimeout(conn.pendingTimer);
    conn.pending = undefined;
  }

  destroy(): void {
    this.guard.destroy();
  }
}
