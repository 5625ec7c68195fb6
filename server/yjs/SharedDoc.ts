import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { WebSocket } from 'ws';
import type { Storage } from '../storage/Storage.ts';
import type { Logger } from '../logger.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { applyWithinLimits } from './limitGuard.ts';
import { applyThenRevert } from './revertUpdate.ts';
import { changesAnything } from './updateGuard.ts';
import { MessageType, SyncType, encodeAwareness, encodeMessage, encodeSyncUpdate } from './protocol.ts';

/** One client socket in a room, and whether it may write. */
export interface Connection {
  ws: WebSocket;
  /** Asked for every incoming update, so that a lock set later takes effect at once. */
  canWrite: () => boolean;
  /**
   * Asked for each update that passed `canWrite` (e.g. submitted action points refuse a
   * participant's change to them but not to notes): `apply`, `drop`, or apply and undo at once
   * whatever it changed in the named root map (see revertUpdate.ts for why not drop).
   */
  judge?: (update: Uint8Array) => UpdateVerdict;
  /** Set when an update of this socket was refused: its later updates would depend on it. */
  diverged?: boolean;
  /** Awareness client ids this socket announced; removed when it leaves. */
  awarenessIds: Set<number>;
}

export type UpdateVerdict = 'apply' | 'drop' | { revert: string };

/** Origin of updates that come from storage: they must not be stored again. */
const STORAGE_ORIGIN = Symbol('storage');

/** Compact the stored log after this many appended updates. */
const COMPACT_EVERY = 500;

export class BadMessageError extends Error {
  override name = 'BadMessageError';
}

/**
 * A loaded board document and the sockets in its room. Every update is stored before it is
 * broadcast: the per-document `queue` orders "append, then send" so that no client ever sees
 * an update that a crash could lose.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  /** Settles when every update so far is stored and broadcast. */
  private queue: Promise<void> = Promise.resolve();
  private lastSeq = 0;
  private appendedSinceCompact = 0;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly log: Logger,
    /** Told of every stored update, e.g. to refresh the plenary snapshot. */
    private readonly onStored?: (doc: SharedDoc) => void,
  ) {
    // The server is not a participant: without this it would show up in everyone's presence.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
  }

  /** Loads the stored log. Broken entries are skipped and logged, never fatal. */
  async load(): Promise<void> {
    const stored = await this.storage.loadDoc(this.name);
    for (const update of stored.updates) {
      try {
        Y.applyUpdate(this.doc, update, STORAGE_ORIGIN);
      } catch (err) {
        this.log.error({ err, doc: this.name }, 'skipped an unreadable stored update');
      }
    }
    this.lastSeq = stored.lastSeq;
    this.appendedSinceCompact = stored.updates.length;
  }

  private handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN) return;
    this.queue = this.queue
      .then(async () => {
        this.lastSeq = await this.storage.appendUpdate(this.name, update);
        this.appendedSinceCompact++;
      })
      .then(
        () => {
          this.broadcast(encodeSyncUpdate(update), origin);
          this.onStored?.(this);
          if (this.appendedSinceCompact >= COMPACT_EVERY) void this.compact();
        },
        (err: unknown) => {
          // Not broadcast: peers would hold what the server may lose. The update stays in
          // memory and is written by the next compaction.
          this.log.error({ err, doc: this.name }, 'could not store an update');
        },
      );
  };

  private handleAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const conn = origin as Connection;
    if (this.connections.has(conn)) {
      for (const id of [...added, ...updated]) conn.awarenessIds.add(id);
      for (const id of removed) conn.awarenessIds.delete(id);
    }
    this.broadcast(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };

  private broadcast(message: Uint8Array, except?: unknown): void {
    for (const conn of this.connections) {
      if (conn !== except) send(conn, message);
    }
  }

  /** Adds a socket: sends our state vector and everyone's presence, as y-websocket expects. */
  add(conn: Connection): void {
    this.connections.add(conn);
    send(conn, encodeMessage(MessageType.sync, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      send(conn, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
  }

  /** Removes a socket and the presence it announced. */
  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
  }

  /**
   * Handles one frame. Throws BadMessageError for anything that is not a valid message;
   * the caller closes that socket with CloseCode.badMessage.
   */
  async receive(conn: Connection, data: Uint8Array): Promise<void> {
    const decoder = decoding.createDecoder(data);
    const type = readOrFail(() => decoding.readVarUint(decoder));
    switch (type) {
      case MessageType.sync:
        return this.receiveSync(conn, decoder);
      case MessageType.awareness: {
        const update = readOrFail(() => decoding.readVarUint8Array(decoder));
        readOrFail(() => awarenessProtocol.applyAwarenessUpdate(this.awareness, update, conn));
        return;
      }
      case MessageType.queryAwareness: {
        const ids = [...this.awareness.getStates().keys()];
        send(conn, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)));
        return;
      }
      case MessageType.auth:
        return; // Auth happens at the upgrade; a client-sent auth message has no meaning here.
      default:
        throw new BadMessageError(`unknown message type ${type}`);
    }
  }

  private async receiveSync(conn: Connection, decoder: decoding.Decoder): Promise<void> {
    const syncType = readOrFail(() => decoding.readVarUint(decoder));
    const payload = readOrFail(() => decoding.readVarUint8Array(decoder));
    if (syncType === SyncType.step1) {
      // Without this wait a client could receive state that is not yet durable.
      await this.queue;
      const reply = encodeMessage(MessageType.sync, (e) => {
        syncProtocol.writeSyncStep2(e, this.doc, payload);
      });
      send(conn, reply);
      return;
    }
    if (syncType !== SyncType.step2 && syncType !== SyncType.update) {
      throw new BadMessageError(`unknown sync message ${syncType}`);
    }
    if (!conn.canWrite()) {
      // Read-only or locked: neither applied nor stored. Only a real change diverges: every
      // client answers our sync step 1 with a step 2, mostly an empty one.
      if (!conn.diverged && changesAnything(this.doc, payload)) conn.diverged = true;
      return;
    }
    if (conn.diverged) {
      // Writable again (unlocked), but this update builds on refused ones and would wait for
      // them forever. On reconnect the client sends everything we lack, this update included.
      conn.ws.close(CloseCode.resync, 'sync again');
      return;
    }
    // Decoding first rejects malformed bytes before they can half-apply to the live document.
    readOrFail(() => Y.decodeUpdate(payload));
    const verdict = conn.judge?.(payload) ?? 'apply';
    if (verdict === 'drop') {
      conn.diverged = true;
      return;
    }
    const { refused } = readOrFail(() => applyWithinLimits(this.doc, conn, () => {
      if (verdict === 'apply') Y.applyUpdate(this.doc, payload, conn);
      else applyThenRevert(this.doc, payload, conn, this.doc.getMap(verdict.revert));
    }));
    if (refused.length > 0) {
      this.log.warn({ doc: this.name, limits: refused.map((v) => v.limit) }, 'undid an update that broke a board limit');
    }
  }

  /** Replaces the stored log with one merged update. */
  async compact(): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.destroyed) return;
      const merged = Y.encodeStateAsUpdate(this.doc);
      await this.storage.compactDoc(this.name, merged, this.lastSeq);
      this.appendedSinceCompact = 1;
    };
    this.queue = this.queue.then(run).catch((err: unknown) => {
      this.log.error({ err, doc: this.name }, 'compaction failed');
    });
    await this.queue;
  }

  /** Waits until everything received so far is stored. */
  flush(): Promise<void> {
    return this.queue;
  }

  /** Closes all sockets with `code`, stores a compacted copy, and frees the document. */
  async destroy(code: number = CloseCode.goingAway): Promise<void> {
    for (const conn of this.connections) conn.ws.close(code, 'server closing');
    await this.compact();
    this.destroyed = true;
    this.awareness.destroy();
    this.doc.destroy();
  }
}

function send(conn: Connection, message: Uint8Array): void {
  if (conn.ws.readyState === conn.ws.OPEN) conn.ws.send(message);
}

function readOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    throw new BadMessageError(err instanceof Error ? err.message : String(err));
  }
}

