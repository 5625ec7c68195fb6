/** Messages between the sync bench (bench.ts) and its laptop workers (worker.ts). */

/** Where one board lives on one server, and how a client reaches it. */
export interface RoomSpec {
  /** Which client speaks to the server: a stock y-websocket provider or Hocuspocus's own. */
  client: 'y-websocket' | 'hocuspocus';
  /** y-websocket: the server URL the provider appends `/<room>` to; Hocuspocus: its URL. */
  url: string;
  room: string;
  params: Record<string, string>;
}

export interface LaptopSpec {
  /** Global index: seeds this laptop's edits, so every server gets the same ones. */
  index: number;
  roomIndex: number;
  room: RoomSpec;
  /** Milliseconds after the connect command at which this laptop opens its socket. */
  delayMs: number;
  /** A light laptop (lightLaptop.ts) instead of a provider: edits the same, decodes instead of applying. */
  light?: boolean;
}

export type ToWorker =
  | { type: 'connect'; laptops: LaptopSpec[] }
  | { type: 'edit'; startAt: number; seconds: number; rate: number }
  | { type: 'progress' }
  | { type: 'collect' }
  | { type: 'seed'; room: RoomSpec; notes: number; seed: number }
  | { type: 'lateJoin'; room: RoomSpec; times: number; expectItems: number }
  | { type: 'close' };

export interface EditStats {
  /** Edits sent, by room index. */
  sentByRoom: Record<number, number>;
  delivered: number;
  latencies: number[];
  bytesIn: number;
  bytesOut: number;
  /** CPU seconds this worker used while editing and draining. */
  cpuSeconds: number;
  /** Wall-clock seconds of the same window. */
  wallSeconds: number;
  /** Laptops whose socket was not open at collect time. */
  disconnected: number;
  /** Sockets opened again while editing (a dropped connection, then a full resync). */
  reconnects: number;
  /** Close code and reason of every socket that closed while editing. */
  closes: string[];
}

export type FromWorker =
  | { type: 'connected'; joinMs: number[]; failed: number }
  | { type: 'edited'; sentByRoom: Record<number, number> }
  | { type: 'progress'; delivered: number }
  | { type: 'stats'; stats: EditStats }
  | { type: 'seeded'; bytes: number }
  | { type: 'joined'; joinMs: number[] }
  | { type: 'error'; message: string };
