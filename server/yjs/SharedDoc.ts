import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { BoardRoots } from '../../shared/board/boardSchema.ts';
import { CloseCode } from '../../shared/closeCodes.ts';
import { encodeBoardNotice, type BoardNotice } from '../../shared/schemas/boardNotice.ts';
import type { Storage } from '../storage/Storage.ts';
import type { Logger } from '../logger.ts';
import { REMOTE_ORIGIN, type BoardHooks } from './boardHooks.ts';
import { ClientWrites } from './ClientWrites.ts';
import { BadMessageError, readOrFail, send, type Connection } from './connection.ts';
import { takePending } from './pendingUpdates.ts';
import { PresenceBatch, type PresenceChanges } from './presenceBatch.ts';
import { PresenceOwners, PresenceThrottle, decodePresence, encodePresence } from './presenceGuard.ts';
import { MessageType, SyncType, encodeAwareness, encodeMessage, encodeSyncUpdate } from './protocol.ts';
import { groupCommitOf, type GroupCommit } from './GroupCommit.ts';
import { StoreQueue, type QueuedUpdate } from './StoreQueue.ts';
import { changesAnything } from './updateGuard.ts';
import { COMPRESS_MIN_BYTES, RoomDeflate } from './roomDeflate.ts';
import { binaryFrame, writeFrame } from './wsFrame.ts';

export { BadMessageError, type Connection, type ConnectionRights } from './connection.ts';

export interface SharedDocOptions {
  /** How long a socket's pending structs may wait (PendingBounds.maxMs by default). */
  pendingMs?: number | undefined;
  /** The board channel's extensions (boardHooks.ts): told of every stored update and presence change. */
  hooks?: Pick<BoardHooks, 'afterStore' | 'onAwareness' | 'judge'> | undefined;
  /** Told when storing starts failing and when it works again. */
  onHealth?: (doc: SharedDoc, failing: boolean) => void;
  /** The group commit its updates are stored through (by default the storage's, no window). */
  commit?: GroupCommit | undefined;
}

/** Origin of updates that come from storage: they must not be stored again. */
const STORAGE_ORIGIN = Symbol('storage');

/** How long the encoded whole board is kept for joiners (see wholeStateStep2). */
const WHOLE_STATE_KEEP_MS = 5_000;

/** Compact the stored log after this many appended updates, once the board is quiet… */
const COMPACT_EVERY = 500;
/** …for this long (a compaction encodes the whole board: no keystroke should wait for it)… */
const COMPACT_QUIET_MS = 2_000;
/** …or at once past this many, so that the log of a board that never rests stays bounded. */
const COMPACT_AT_MOST = 4 * COMPACT_EVERY;

/**
 * A room's compressor is freed after this long without a frame (~0.1 MB per room in
 * bench:memory). The next frame starts a new one, which refers to nothing before it: every
 * socket can read it.
 */
const DEFLATE_IDLE_MS = 10_000;

/**
 * A loaded board document and the sockets in its room. Every update is stored before it is
 * broadcast (StoreQueue), judged by what its transaction changed (TransactionGuard), and only
 * stored state is ever sent to anyone.
 */
export class SharedDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  private readonly writes: ClientWrites;
  private readonly store: StoreQueue;
  private readonly presenceOwners = new PresenceOwners<Connection>(
    (owner) => owner.ws.readyState !== owner.ws.OPEN,
    (owner, entry) => {
      // Stock y-websocket providers send every presence state they receive back to the server
      // (their awareness handler ignores the origin): such an echo is no newer than the room's
      // state and claims nothing. Probing on echoes pinged every laptop every few seconds and
      // cut those whose pong lagged 5 s behind a busy socket (bench:sync's mid-run reconnects).
      // A laptop that reconnects claims its id with a newer state at its next change.
      if (entry.clock > (this.awareness.meta.get(entry.clientId)?.clock ?? -1)) probeAlive(owner);
    },
  );
  /** The room's presence changes, sent to every socket as one update per interval (presenceBatch.ts). */
  private readonly presence = new PresenceBatch((changes) => this.sendPresence(changes));
  private lastSeq = 0;
  private appendedSinceCompact = 0;
  /** Encoded size of the document, estimated from what was stored (exact at load and compaction). */
  private approxBytes = 0;
  private destroyed = false;
  private compactTimer: NodeJS.Timeout | undefined;
  private compacting = false;
  /** The encoded whole-board answer to joiners (see wholeStateStep2). */
  private wholeState: Uint8Array | undefined;
  /** The room's compressor, while a socket takes compressed room frames (roomDeflate.ts). */
  private deflate: RoomDeflate | undefined;
  /** Frees the compressor after DEFLATE_IDLE_MS without a room frame. */
  private deflateIdle: NodeJS.Timeout | undefined;
  /** The stored state, read once while writes fail (see answerStep1). */
  private storedWhileFailing: Promise<Uint8Array> | undefined;

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly log: Logger,
    private readonly options: SharedDocOptions = {},
  ) {
    // The known roots exist as maps before any update arrives, so that a client cannot
    // create them as another kind of type.
    for (const root of Object.keys(BoardRoots)) this.doc.getMap(root);
    this.writes = new ClientWrites({
      doc: this.doc,
      docName: name,
      log,
      enqueue: (entry) => this.enqueue(entry),
      approxBytes: () => this.approxBytes,
      setApproxBytes: (bytes) => { this.approxBytes = bytes; },
      pendingMs: options.pendingMs,
      judge: options.hooks?.judge?.bind(options.hooks),
    });
    const commit = options.commit ?? groupCommitOf(storage);
    this.store = new StoreQueue({
      write: async (updates) => {
        this.lastSeq = await commit.append(this.name, updates);
      },
      onStored: this.handleStored,
      onHealth: (failing) => {
        this.storedWhileFailing = undefined;
        this.notifyAll({ kind: 'storage', state: failing ? 'failing' : 'ok' });
        this.options.onHealth?.(this, failing);
      },
      onError: (err, attempt) => {
        if (attempt === 1 || attempt % 20 === 0) this.log.error({ err, doc: this.name, attempt }, 'could not store an update; kept in order, retrying');
      },
    });
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
    // A stored gap (a log written before pending structs were kept out) must not be served.
    takePending(this.doc, undefined, Date.now());
    this.lastSeq = stored.lastSeq;
    this.appendedSinceCompact = stored.updates.length;
    this.approxBytes = Y.encodeStateAsUpdate(this.doc).byteLength;
  }

  /** True while this document's updates cannot be stored. */
  get storageFailing(): boolean {
    return this.store.isFailing;
  }

  /**
   * Applies an update that another process stored and published (server/cluster/): it is
   * sent to this room's sockets and the hooks, and never stored or published again.
   */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /** Applies a presence change of another process's sockets. */
  applyRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  private handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    // Any change, ours or another process's, makes the cached whole state stale.
    this.wholeState = undefined;
    if (origin === STORAGE_ORIGIN) return;
    if (origin === REMOTE_ORIGIN) {
      this.broadcast(encodeSyncUpdate(update));
      this.options.hooks?.afterStore?.(this, update, 'remote');
      return;
    }
    if (this.writes.collect(update)) return;
    this.enqueue({ update, origin });
  };

  private enqueue(entry: QueuedUpdate): void {
    this.approxBytes += entry.update.byteLength;
    this.store.push(entry);
  }

  private handleStored = (entries: QueuedUpdate[]): void => {
    this.appendedSinceCompact += entries.length;
    // Corked, each socket gets the whole batch in one write instead of one per update.
    const corked = entries.length > 1 ? this.cork() : [];
    for (const { update, origin } of entries) this.broadcast(encodeSyncUpdate(update), origin);
    for (const socket of corked) socket.uncork();
    for (const { update } of entries) this.options.hooks?.afterStore?.(this, update, 'local');
    this.scheduleCompaction();
  };

  private handleAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (this.destroyed) return;
    this.presence.add([...added, ...updated, ...removed], origin === REMOTE_ORIGIN ? 'remote' : 'local');
  };

  /** One awareness update with every changed client's current state, encoded once for all sockets. */
  private sendPresence({ local, remote }: PresenceChanges): void {
    const all = remote.length === 0 ? local : local.length === 0 ? remote : [...new Set([...local, ...remote])];
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, all);
    this.broadcast(encodeAwareness(update));
    const hooks = this.options.hooks;
    if (!hooks?.onAwareness) return;
    // Only this process's changes are published to the others (server/cluster/docFanout.ts).
    if (local.length > 0) hooks.onAwareness(this, all === local ? update : awarenessProtocol.encodeAwarenessUpdate(this.awareness, local), 'local');
    if (remote.length > 0) hooks.onAwareness(this, all === remote ? update : awarenessProtocol.encodeAwarenessUpdate(this.awareness, remote), 'remote');
  }

  /** Sends `message` to the room, framed once for all its sockets (wsFrame.ts). */
  private broadcast(message: Uint8Array, except?: unknown): void {
    const compressed = message.byteLength >= COMPRESS_MIN_BYTES ? this.roomFrame(message) : undefined;
    let plain: Buffer | undefined;
    for (const conn of this.connections) {
      if (conn.ws.readyState !== conn.ws.OPEN) continue;
      // A socket on the room's compressed stream gets every room frame, its own edits too:
      // one missed frame and it could not read the next (roomDeflate.ts).
      if (compressed && conn.roomFrames) writeFrame(conn.ws, compressed);
      else if (conn !== except) writeFrame(conn.ws, plain ??= binaryFrame(message));
    }
  }

  /** `message` compressed once for every socket that takes room frames; undefined when none does. */
  private roomFrame(message: Uint8Array): Buffer | undefined {
    let takers = false;
    let fresh = false;
    for (const conn of this.connections) {
      if (!conn.roomFrames || conn.ws.readyState !== conn.ws.OPEN) continue;
      takers = true;
      if (conn.roomFramesFresh) {
        fresh = true;
        conn.roomFramesFresh = false;
      }
    }
    if (!takers) return undefined;
    this.deflate ??= new RoomDeflate();
    if (this.deflateIdle) this.deflateIdle.refresh();
    else {
      this.deflateIdle = setTimeout(() => this.freeDeflate(), DEFLATE_IDLE_MS);
      this.deflateIdle.unref();
    }
    // A socket new to the stream has none of the earlier frames this one could point into.
    if (fresh) this.deflate.reset();
    return binaryFrame(this.deflate.compress(message), true);
  }

  /** Corks the TCP socket under every open WebSocket of the room; uncork each afterwards. */
  private cork(): Array<{ uncork(): void }> {
    const corked: Array<{ cork(): void; uncork(): void }> = [];
    for (const conn of this.connections) {
      // `ws` keeps its socket private; without it, sends simply go out one by one.
      const socket = (conn.ws as unknown as { _socket?: { cork(): void; uncork(): void } })._socket;
      if (conn.ws.readyState !== conn.ws.OPEN || !socket) continue;
      socket.cork();
      corked.push(socket);
    }
    return corked;
  }

  private notifyAll(notice: BoardNotice): void {
    this.broadcast(encodeBoardNotice(notice));
  }

  /** Adds a socket: sends our state vector and everyone's presence, as y-websocket expects. */
  add(conn: Connection): void {
    this.connections.add(conn);
    if (conn.roomFrames) conn.roomFramesFresh = true;
    send(conn, encodeMessage(MessageType.sync, (e) => syncProtocol.writeSyncStep1(e, this.doc)));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) {
      send(conn, encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states)));
    }
    if (this.store.isFailing) send(conn, encodeBoardNotice({ kind: 'storage', state: 'failing' }));
  }

  /** Removes a socket, the presence it announced and whatever of it still waits. */
  remove(conn: Connection): void {
    if (!this.connections.delete(conn)) return;
    this.writes.forget(conn);
    conn.presence?.stop();
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    this.presenceOwners.release(conn.awarenessIds);
    if (this.deflate && ![...this.connections].some((c) => c.roomFrames)) this.freeDeflate();
  }

  private freeDeflate(): void {
    clearTimeout(this.deflateIdle);
    this.deflateIdle = undefined;
    this.deflate?.close();
    this.deflate = undefined;
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
      case MessageType.awareness:
        return this.receivePresence(conn, readOrFail(() => decoding.readVarUint8Array(decoder)));
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

  private receivePresence(conn: Connection, update: Uint8Array): void {
    const entries = readOrFail(() => decodePresence(update));
    // Read-only sockets (the beamer) announce nothing; their frames are ignored, not an error.
    if (!conn.rights.announcePresence) return;
    const allowed = this.presenceOwners.filter(conn, conn.awarenessIds, entries, conn.rights.presenceRole);
    if (allowed.length === 0) return;
    conn.presence ??= new PresenceThrottle((held) => {
      if (!this.connections.has(conn)) return;
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodePresence(held), conn);
    });
    conn.presence.push(allowed);
  }

  private async receiveSync(conn: Connection, decoder: decoding.Decoder): Promise<void> {
    const syncType = readOrFail(() => decoding.readVarUint(decoder));
    const payload = readOrFail(() => decoding.readVarUint8Array(decoder));
    if (syncType === SyncType.step1) return this.answerStep1(conn, payload);
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
    this.writes.apply(conn, payload);
  }

  /**
   * Answers a sync step 1 with stored state only. While storage works, that is the live
   * document once the queue has drained; while it fails, the live document holds what is not
   * stored yet, so the answer is read back from storage.
   */
  private async answerStep1(conn: Connection, stateVector: Uint8Array): Promise<void> {
    if (this.store.isFailing) {
      // Nothing new is stored while writes fail, so one read serves every joiner meanwhile.
      this.storedWhileFailing ??= this.storage.loadDoc(this.name).then(
        (stored) => Y.mergeUpdates(stored.updates),
        (err: unknown) => {
          this.storedWhileFailing = undefined;
          throw err;
        },
      );
      const merged = await this.storedWhileFailing;
      const diff = readOrFail(() => Y.diffUpdate(merged, stateVector));
      send(conn, encodeMessage(MessageType.sync, (e) => {
        encoding.writeVarUint(e, SyncType.step2);
        encoding.writeVarUint8Array(e, diff);
      }));
      return;
    }
    await this.store.drained();
    if (stateVector.byteLength === 1 && stateVector[0] === 0) {
      send(conn, this.wholeStateStep2());
      return;
    }
    send(conn, encodeMessage(MessageType.sync, (e) => {
      syncProtocol.writeSyncStep2(e, this.doc, stateVector);
    }));
  }

  /**
   * The answer to a joiner that has nothing yet (an empty state vector): the whole board,
   * encoded once and kept for WHOLE_STATE_KEEP_MS or until the next update, so that a room
   * full of laptops opening a large board at once costs one encode, not one per laptop.
   */
  private wholeStateStep2(): Uint8Array {
    if (!this.wholeState) {
      this.wholeState = encodeMessage(MessageType.sync, (e) => syncProtocol.writeSyncStep2(e, this.doc));
      // Not kept for long: an idle room should not hold a second copy of its board.
      setTimeout(() => { this.wholeState = undefined; }, WHOLE_STATE_KEEP_MS).unref();
    }
    return this.wholeState;
  }

  /** Compacts after COMPACT_QUIET_MS without stored updates (or now, past COMPACT_AT_MOST). */
  private scheduleCompaction(): void {
    if (this.appendedSinceCompact < COMPACT_EVERY) return;
    clearTimeout(this.compactTimer);
    this.compactTimer = undefined;
    if (this.appendedSinceCompact >= COMPACT_AT_MOST) {
      if (this.store.size === 0 && !this.compacting) {
        this.compacting = true;
        void this.compact().finally(() => { this.compacting = false; });
      }
      return;
    }
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      void this.compact();
    }, COMPACT_QUIET_MS);
    this.compactTimer.unref();
  }

  /** Replaces the stored log with one merged update (only when everything is stored). */
  async compact(): Promise<void> {
    await this.store.drained();
    if (this.destroyed) return;
    const merged = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.storage.compactDoc(this.name, merged, this.lastSeq);
      this.appendedSinceCompact = 1;
      this.approxBytes = merged.byteLength;
    } catch (err) {
      this.log.error({ err, doc: this.name }, 'compaction failed');
    }
  }

  /** Waits until everything received so far is stored. */
  flush(): Promise<void> {
    return this.store.drained();
  }

  /** Closes all sockets with `code`, stores a compacted copy, and frees the document. */
  async destroy(code: number = CloseCode.goingAway): Promise<void> {
    clearTimeout(this.compactTimer);
    for (const conn of this.connections) conn.ws.close(code, 'server closing');
    if (this.store.isFailing) {
      // One last try; a compacted copy holds every queued update, so it is all that is needed.
      this.store.stop();
      await this.storeCompactedOnce();
    } else {
      await this.compact();
    }
    this.destroyed = true;
    this.presence.stop();
    this.freeDeflate();
    this.writes.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async storeCompactedOnce(): Promise<void> {
    try {
      await this.storage.compactDoc(this.name, Y.encodeStateAsUpdate(this.doc), this.lastSeq);
    } catch (err) {
      this.log.error({ err, doc: this.name, unstored: this.store.size }, 'could not store the document before unloading');
    }
  }
}

/** How long a socket whose presence id another socket claims has to answer a ping. */
const PROBE_MS = 5_000;
const probing = new WeakSet<Connection>();

/**
 * Pings a socket whose presence id a new socket claims: a laptop that reconnected after a Wi-Fi
 * drop claims its old id while the server still holds the dead socket. Without an answer the
 * old socket is cut, which frees the id; a live one keeps it (nobody else may rename it).
 */
function probeAlive(conn: Connection): void {
  if (probing.has(conn)) return;
  probing.add(conn);
  const timer = setTimeout(() => conn.ws.terminate(), PROBE_MS);
  timer.unref();
  conn.ws.once('pong', () => {
    clearTimeout(timer);
    probing.delete(conn);
  });
  try {
    conn.ws.ping();
  } catch {
    conn.ws.terminate();
  }
}
