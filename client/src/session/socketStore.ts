import type { Socket } from 'socket.io-client';
import type { ControlSocket } from '../control/controlChannel.ts';

/**
 * The latest payload of one server event on one socket, kept from the moment the store is
 * first asked for. Panels mount at different times (the ballot opens long after the board
 * connected); a listener per component would miss an event sent before it mounted, and the
 * server sends `session` and `plenary` only on connect and on change.
 */
export interface SocketStore<T> {
  subscribe(onChange: () => void): () => void;
  get(): T | undefined;
}

const stores = new WeakMap<ControlSocket, Map<string, SocketStore<unknown>>>();

/**
 * The store of `event` on `socket`, made once per socket and event. `parse` validates the
 * payload (the edge check, as on the server); an invalid one is logged and dropped.
 */
export function socketStore<T>(socket: ControlSocket, event: string, parse: (payload: unknown) => T | undefined): SocketStore<T> {
  let perSocket = stores.get(socket);
  if (!perSocket) {
    perSocket = new Map();
    stores.set(socket, perSocket);
  }
  const existing = perSocket.get(event);
  if (existing) return existing as SocketStore<T>;

  let value: T | undefined;
  const listeners = new Set<() => void>();
  // Untyped: the event name is a parameter here, and `parse` checks what arrives.
  (socket as unknown as Socket).on(event, (payload: unknown) => {
    const next = parse(payload);
    if (next === undefined) {
      console.warn(`control channel: ignored an invalid "${event}" event`);
      return;
    }
    value = next;
    for (const listener of listeners) listener();
  });
  const store: SocketStore<T> = {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    get: () => value,
  };
  perSocket.set(event, store as SocketStore<unknown>);
  return store;
}
