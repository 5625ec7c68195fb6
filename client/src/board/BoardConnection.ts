import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SaveTracker } from './saveTracker.ts';
import { userColor } from './userColor.ts';

export type ConnectionPhase = 'connecting' | 'reconnecting' | 'online' | 'offline' | 'closed';

/** A snapshot of the board channel, replaced (never mutated) on every change. */
export interface ConnectionState {
  phase: ConnectionPhase;
  /** The first sync with the server is done: what the board shows is the stored board. */
  loaded: boolean;
  /** Every local edit is stored on the server. */
  saved: boolean;
  /** Set when the server refused the socket for good (4401, 4403, 4404, ...). */
  closeCode?: number;
}

export interface PresenceUser {
  name: string;
  color: string;
}

export interface BoardConnectionOptions {
  workshopId: string;
  groupId: string;
  token: string;
  /** Read-only viewers (plenary) stay out of presence. */
  announce: boolean;
  name: string;
}

/**
 * One group board: its Y.Doc, the y-websocket provider and presence. Framework-free; React
 * reads it through `subscribe`/`getState` (see useBoardConnection).
 */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly saves: SaveTracker;
  private readonly announce: boolean;
  private state: ConnectionState = { phase: 'connecting', loaded: false, saved: true };
  private everConnected = false;
  private closeCode: number | undefined;
  private readonly listeners = new Set<() => void>();

  constructor({ workshopId, groupId, token, announce, name }: BoardConnectionOptions) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.provider = new WebsocketProvider(`${scheme}://${location.host}/yjs/${workshopId}`, groupId, this.doc, {
      params: { token },
      // Every tab talks to the server itself: edits shared only between tabs would look saved
      // while the server (the only durable copy) never saw them.
      disableBc: true,
      connect: false,
    });
    this.saves = new SaveTracker(this.doc, this.provider, this.refresh);
    this.provider.on('status', this.refresh);
    this.provider.on('sync', this.refresh);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
    this.announce = announce;
    if (announce) this.setName(name);
    else this.provider.awareness.setLocalState(null);
    this.provider.connect();
  }

  /** Updates the name others see (an empty name shows as "Anoniem"). */
  setName(name: string): void {
    if (!this.announce) return;
    const user: PresenceUser = { name: name.trim(), color: userColor(this.doc.clientID) };
    this.provider.awareness.setLocalStateField('user', user);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): ConnectionState => this.state;

  destroy(): void {
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    this.saves.destroy();
    this.provider.destroy();
    this.provider.awareness.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private onClosed = ({ code }: { code: number }): void => {
    // y-websocket already stopped reconnecting (close codes 4400-4499 are final).
    this.provider.shouldConnect = false;
    this.closeCode = code;
    this.refresh();
  };

  private refresh = (): void => {
    const p = this.provider;
    if (p.wsconnected) this.everConnected = true;
    let phase: ConnectionPhase;
    if (this.closeCode !== undefined) phase = 'closed';
    else if (p.wsconnected && p.synced) phase = 'online';
    else if (!navigator.onLine) phase = 'offline';
    else if (p.wsconnected || p.wsconnecting) phase = this.everConnected ? 'reconnecting' : 'connecting';
    else phase = this.everConnected ? 'offline' : 'connecting';
    const next: ConnectionState = {
      phase,
      loaded: this.state.loaded || (p.synced && p.wsconnected),
      saved: this.saves.saved,
    };
    if (this.closeCode !== undefined) next.closeCode = this.closeCode;
    const prev = this.state;
    if (prev.phase === next.phase && prev.loaded === next.loaded && prev.saved === next.saved
      && prev.closeCode === next.closeCode) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  };
}
