import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode } from '../../../shared/closeCodes.ts';
import type { BrainstormState } from '../../../shared/schemas/brainstorm.ts';
import { PrivateBoard } from './brainstorm/PrivateBoard.ts';
import { applyNotice, listenForNotices, noNotices, type NoticeState, type Refusal } from './notices.ts';
import { LocalCopy, boardStoreName, privateStoreName } from './offline/LocalCopy.ts';
import { SaveTracker } from './saveTracker.ts';
import { preferredColor } from '../../../shared/presence/colors.ts';
import { presenceId } from './presenceId.ts';
import type { PresenceRole } from './presenceUsers.ts';

export type ConnectionPhase = 'connecting' | 'reconnecting' | 'online' | 'offline' | 'closed';

/** A snapshot of the board channel, replaced (never mutated) on every change. */
export interface ConnectionState {
  phase: ConnectionPhase;
  /** There is a board to show: the first sync with the server is done, or this browser's copy is loaded. */
  loaded: boolean;
  /** The first sync with the server is done: what the board shows includes the stored board. */
  synced: boolean;
  /** Every local edit is stored on the server (never true for edits a lock may have dropped). */
  saved: boolean;
  /** Every local edit is kept in this browser (IndexedDB), so a reload cannot lose it. */
  storedLocally: boolean;
  /** The facilitator locked this board for this person: the server drops their edits. */
  locked: boolean;
  /** The server says it cannot store this board now (a board notice); it keeps the edits queued. */
  storageFailing: boolean;
  /** The last update of this laptop that the server undid, until dismissed. */
  lastRefusal: Refusal | null;
  /** Set when the server refused the socket for good (4401, 4403, 4404, ...). */
  closeCode?: number;
}

export interface PresenceUser {
  name: string;
  color: string;
  /** Stable per device and board (presenceId.ts): others derive this person's colour from it. */
  id: string;
  role?: PresenceRole;
}

export interface BoardConnectionOptions {
  workshopId: string;
  groupId: string;
  token: string;
  /** Read-only viewers (plenary) stay out of presence. */
  announce: boolean;
  name: string;
  /** Staff (facilitator, organiser) announce their role, shown when they give no name. */
  role?: PresenceRole;
  /** Keep the board (and private brainstorm notes) in this browser; default: when announcing (editors). */
  persist?: boolean;
}

/** What the session (control channel) says about this board, for this person. */
export interface BoardSessionFacts {
  locked: boolean;
  brainstorm: Pick<BrainstormState, 'active' | 'round'> | null;
}

/** A lock may drop an edit made this long before the lock reached this laptop. */
const LOCK_RACE_MS = 10_000;

/**
 * One group board: its Y.Doc, the y-websocket provider, presence, the copy kept in this
 * browser, and the private notes of a silent brainstorm. Framework-free; React reads it
 * through `subscribe`/`getState` (see useBoardConnection).
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  /** This person's private notes during a silent brainstorm; the canvas draws them for them only. */
  readonly private: PrivateBoard;
  private readonly saves: SaveTracker;
  private readonly local: LocalCopy | null;
  private readonly announce: boolean;
  private readonly role: PresenceRole | undefined;
  private readonly presenceId: string;
  private state: ConnectionState = {
    phase: 'connecting', loaded: false, synced: false, saved: true, storedLocally: false, locked: false,
    storageFailing: false, lastRefusal: null,
  };
  private notices: NoticeState = noNotices;
  private readonly stopNotices: () => void;
  private everConnected = false;
  private everSynced = false;
  private closeCode: number | undefined;
  private facts: BoardSessionFacts = { locked: false, brainstorm: null };
  private lockedAt = 0;
  private readonly listeners = new Set<() => void>();

  constructor({ workshopId, groupId, token, announce, name, role, persist = announce }: BoardConnectionOptions) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    // Before the provider connects, so that a reload while the server is unreachable still
    // shows the board, and offline edits restored from it are sent once the server is back.
    this.local = persist ? new LocalCopy(boardStoreName(workshopId, groupId), this.doc, () => this.refresh()) : null;
    this.private = new PrivateBoard(persist ? privateStoreName(workshopId, groupId) : null);
    this.provider = new WebsocketProvider(`${scheme}://${location.host}/yjs/${workshopId}`, groupId, this.doc, {
      params: { token },
      // Every tab talks to the server itself: edits shared only between tabs would look saved
      // while the server (the only durable copy) never saw them.
      disableBc: true,
      connect: false,
    });
    this.saves = new SaveTracker(this.doc, this.provider, this.refresh);
    this.stopNotices = listenForNotices(this.provider, (notice) => {
      this.notices = applyNotice(this.notices, notice, Date.now());
      this.holdSaves();
      this.refresh();
    });
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.refresh);
    this.provider.on('closed', this.onClosed);
    // The private notes loaded from this browser may be due (their round ended while away).
    this.private.subscribe(() => {
      if (this.private.getState().ready) this.revealIfDue();
    });
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    this.announce = announce;
    this.role = role;
    this.presenceId = announce ? presenceId(workshopId, groupId) : '';
    if (announce) this.setName(name);
    else this.provider.awareness.setLocalState(null);
    if (navigator.onLine) this.provider.connect();
    this.refresh();
  }

  /** Updates the name others see (an empty name shows as "Anoniem"). */
  setName(name: string): void {
    if (!this.announce) return;
    // The colour published is only this id's preference; readers assign distinct ones (presenceUsers.ts).
    const user: PresenceUser = { name: name.trim(), color: preferredColor(this.presenceId), id: this.presenceId };
    if (this.role) user.role = this.role;
    this.provider.awareness.setLocalStateField('user', user);
  }

  /**
   * Tells the connection what the session says: a lock (whose dropped edits must not show
   * as saved, and are sent again after the unlock) and the brainstorm round (whose end is the
   * moment to reveal the private notes).
   */
  setSessionFacts(facts: BoardSessionFacts): void {
    const wasLocked = this.facts.locked;
    this.facts = facts;
    if (facts.locked !== wasLocked) {
      this.holdSaves();
      if (facts.locked) this.lockedAt = Date.now();
      else if (this.saves.lastLocalEditAt >= this.lockedAt - LOCK_RACE_MS) this.resync();
    }
    this.revealIfDue();
    this.refresh();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ConnectionState => this.state;

  /** Hides the refusal message (the person read it, or pressed its close button). */
  dismissRefusal = (): void => {
    if (!this.notices.lastRefusal) return;
    this.notices = { ...this.notices, lastRefusal: null };
    this.refresh();
  };

  destroy(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.stopNotices();
    this.saves.destroy();
    this.local?.destroy();
    this.private.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  /**
   * A fresh connection: its sync step 2 carries everything the server lacks. Used after an
   * unlock, when the server may have dropped edits that it would otherwise never ask for.
   */
  private resync(): void {
    if (!this.provider.shouldConnect) return;
    this.provider.disconnect();
    this.provider.connect();
  }

  /**
   * The browser says the network is gone. Chromium keeps an open WebSocket "open" for a while
   * after that, so edits would go into a dead socket and the badge would say online; closing
   * it ourselves shows "offline" at once and reconnects as soon as the network is back.
   */
  /**
   * No confirmation counts while the board is locked (the server drops the edits) or while the
   * server cannot store (it answers, but what it holds is not durable): "alles opgeslagen"
   * would not be true.
   */
  private holdSaves(): void {
    this.saves.setHeld(this.facts.locked || this.notices.storageFailing);
  }

  /**
   * A closed socket ends what the server said about its storage: a server that still cannot
   * store says so again on the next connection, and one restarted meanwhile never says `ok`.
   */
  private onStatus = ({ status }: { status: string }): void => {
    if (status === 'disconnected' && this.notices.storageFailing) {
      this.notices = { ...this.notices, storageFailing: false };
      this.holdSaves();
    }
    this.refresh();
  };

  private onOffline = (): void => {
    this.provider.disconnect();
    this.refresh();
  };

  private onOnline = (): void => {
    if (this.closeCode === undefined) this.provider.connect();
    this.refresh();
  };

  private onClosed = ({ code }: { code: number }): void => {
    // y-websocket already stopped reconnecting (close codes 4400-4499 are final).
    this.provider.shouldConnect = false;
    this.closeCode = code;
    // The workshop is gone (deleted by the organiser): its content must not stay on this laptop.
    if (code === CloseCode.notFound || code === CloseCode.deleted) {
      void this.local?.clear();
      void this.private.clearLocal();
    }
    this.refresh();
  };

  private revealIfDue = (): void => {
    const { brainstorm } = this.facts;
    if (brainstorm && this.state.loaded) this.private.revealIfDue(this.doc, brainstorm);
  };

  private refresh = (): void => {
    const p = this.provider;
    if (p.wsconnected) this.everConnected = true;
    if (p.wsconnected && p.synced) this.everSynced = true;
    let phase: ConnectionPhase;
    if (this.closeCode !== undefined) phase = 'closed';
    else if (p.wsconnected && p.synced) phase = 'online';
    else if (!navigator.onLine) phase = 'offline';
    else if (p.wsconnected || p.wsconnecting) phase = this.everConnected ? 'reconnecting' : 'connecting';
    else phase = this.everConnected ? 'offline' : 'connecting';
    const next: ConnectionState = {
      phase,
      loaded: this.everSynced || (this.local?.restored ?? false),
      synced: this.everSynced,
      saved: this.saves.saved,
      storedLocally: this.local?.stored ?? false,
      locked: this.facts.locked,
      storageFailing: this.notices.storageFailing,
      lastRefusal: this.notices.lastRefusal,
    };
    if (this.closeCode !== undefined) next.closeCode = this.closeCode;
    const prev = this.state;
    if (prev.phase === next.phase && prev.loaded === next.loaded && prev.synced === next.synced
      && prev.saved === next.saved && prev.storedLocally === next.storedLocally
      && prev.locked === next.locked && prev.closeCode === next.closeCode
      && prev.storageFailing === next.storageFailing && prev.lastRefusal === next.lastRefusal) return;
    this.state = next;
    if (next.loaded && !prev.loaded) this.revealIfDue();
    for (const listener of this.listeners) listener();
  };
}
