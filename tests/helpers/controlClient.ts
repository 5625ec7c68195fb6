import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents, ControlError, ControlReply, ServerToClientEvents,
} from '../../shared/schemas/control.ts';
import type { PlenarySnapshot } from '../../shared/schemas/plenary.ts';
import type { SessionEvent } from '../../shared/schemas/session.ts';

export type ControlClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A Socket.IO client of the control channel that records every `session` and `plenary` event
 * from the moment it is created, so a test can wait for one that holds without a race.
 */
export interface RecordingClient {
  socket: ControlClient;
  sessions: SessionEvent[];
  snapshots: PlenarySnapshot[];
  errors: ControlError[];
  /** Resolves with the first recorded (or later) session event for which `predicate` holds. */
  sessionWhere(predicate: (e: SessionEvent) => boolean): Promise<SessionEvent>;
  snapshotWhere(predicate: (s: PlenarySnapshot) => boolean): Promise<PlenarySnapshot>;
  nextError(): Promise<ControlError>;
  /** Emits and resolves with the acknowledgement. */
  send(event: string, payload?: unknown): Promise<ControlReply<Record<string, unknown>>>;
  close(): void;
}

function waitIn<T, R>(list: T[], socket: ControlClient, event: 'session' | 'plenary', map: (raw: R) => T, predicate: (v: T) => boolean): Promise<T> {
  const found = list.find(predicate);
  if (found !== undefined) return Promise.resolve(found);
  // Untyped here: the two events carry different payloads, and `map` knows which.
  const untyped = socket as unknown as Socket;
  return new Promise((resolve) => {
    const check = (raw: R) => {
      const value = map(raw);
      if (!predicate(value)) return;
      untyped.off(event, check);
      resolve(value);
    };
    untyped.on(event, check);
  });
}

/** Connects with `token` and resolves once connected and the first session state arrived. */
export async function connectControl(url: string, workshopId: string, token: string): Promise<RecordingClient> {
  const socket: ControlClient = io(url, {
    auth: { workshopId, token }, transports: ['websocket'], reconnection: false, forceNew: true,
  });
  const sessions: SessionEvent[] = [];
  const snapshots: PlenarySnapshot[] = [];
  const errors: ControlError[] = [];
  socket.on('session', (e) => sessions.push(e));
  socket.on('plenary', (e) => snapshots.push(e.snapshot));
  socket.on('control:error', (e) => errors.push(e));
  const client: RecordingClient = {
    socket, sessions, snapshots, errors,
    sessionWhere: (predicate) => waitIn(sessions, socket, 'session', (e: SessionEvent) => e, predicate),
    snapshotWhere: (predicate) => waitIn(snapshots, socket, 'plenary', (e: { snapshot: PlenarySnapshot }) => e.snapshot, predicate),
    nextError: () => new Promise((resolve) => socket.once('control:error', resolve)),
    send: (event, payload) => new Promise((resolve) => {
      (socket as unknown as Socket).emit(event, payload, resolve);
    }),
    close: () => socket.disconnect(),
  };
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  await client.sessionWhere(() => true);
  return client;
}
