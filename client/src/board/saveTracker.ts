import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

const CONFIRM_DELAY_MS = 300;

/**
 * Knows whether every local edit is stored on the server ("alles opgeslagen").
 *
 * The y-websocket protocol has no acknowledgement, but our server answers a SyncStep1 only after
 * everything it received before is durable (server/yjs/SharedDoc.ts, receiveSync), and it
 * handles one socket's frames in order. So after local edits we send a SyncStep1 and count the
 * SyncStep2 replies: when the reply to a request sent at local edit N arrives, edits 1..N are
 * stored. Each step1 on a socket gets exactly one step2, in order, which `pending` mirrors.
 */
export class SaveTracker {
  private localSeq = 0;
  private confirmedSeq = 0;
  /** One entry per SyncStep1 in flight on the current socket: the local seq it confirms. */
  private pending: Array<number | null> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** While the board is locked the server drops our updates but still answers SyncStep1. */
  private held = false;
  /** When the last local edit was made (ms), to know whether a lock may have dropped it. */
  lastLocalEditAt = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly onChange: () => void,
  ) {
    const original = provider.messageHandlers[messageSync];
    if (original) {
      provider.messageHandlers[messageSync] = (encoder, decoder, prov, emitSynced, type) => {
        const syncType = decoding.readVarUint(decoding.clone(decoder));
        original(encoder, decoder, prov, emitSynced, type);
        if (syncType === syncProtocol.messageYjsSyncStep2) this.onStep2();
      };
    }
    doc.on('update', this.onUpdate);
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSync);
  }

  /** True when the server has stored every local edit made so far. */
  get saved(): boolean {
    return this.confirmedSeq >= this.localSeq;
  }

  /**
   * Holds confirmations while the board is locked: the server's reply to a SyncStep1 then
   * proves nothing, because it dropped our updates (server/session/boardRules.ts). Without
   * this, "alles opgeslagen" would show for edits that were thrown away.
   */
  setHeld(held: boolean): void {
    this.held = held;
    if (!held && !this.saved) this.schedule();
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
  }

  private onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) return; // came from the server: nothing to save
    const wasSaved = this.saved;
    this.localSeq++;
    this.lastLocalEditAt = Date.now();
    if (wasSaved) this.onChange();
    this.schedule();
  };

  private onStatus = ({ status }: { status: string }): void => {
    // The provider sends its own SyncStep1 right after announcing 'connected'.
    if (status === 'connected') this.pending = [null];
    if (status === 'disconnected') this.pending = [];
  };

  /** After a (re)connect the offline edits reach the server in our SyncStep2; confirm them. */
  private onSync = (synced: boolean): void => {
    if (synced && !this.saved) this.schedule();
  };

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.held) return;
    this.timer = setTimeout(() => {
      // One confirmation in flight at a time; its reply schedules the next if needed.
      if (this.pending.length === 0) this.requestConfirmation();
    }, CONFIRM_DELAY_MS);
  }

  private requestConfirmation(): void {
    const ws = this.provider.ws;
    if (!this.provider.wsconnected || !this.provider.synced || !ws || ws.readyState !== ws.OPEN) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
    this.pending.push(this.localSeq);
  }

  private onStep2(): void {
    const seq = this.pending.shift();
    if (seq === null || seq === undefined || this.held) return;
    const wasSaved = this.saved;
    this.confirmedSeq = Math.max(this.confirmedSeq, seq);
    if (this.saved !== wasSaved) this.onChange();
    if (!this.saved) this.schedule();
  }
}
