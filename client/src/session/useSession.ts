import { useSyncExternalStore } from 'react';
import { SessionEvent, type PublicSessionState } from '../../../shared/schemas/session.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { socketStore } from './socketStore.ts';

/** The workshop's session as this screen knows it, with the offset of the server's clock. */
export interface SessionView {
  state: PublicSessionState;
  /**
   * `serverNow - Date.now()` when the state arrived: add it to `Date.now()` for the server's
   * time, so that a laptop whose clock is off still counts the timer down right.
   */
  offset: number;
  /** The workshop's title as it is now (the organiser may change it during the day). */
  title?: string;
}

function parseSession(payload: unknown): SessionView | undefined {
  const parsed = SessionEvent.safeParse(payload);
  if (!parsed.success) return undefined;
  const { state, serverNow, title } = parsed.data;
  return { state, offset: serverNow - Date.now(), ...(title === undefined ? {} : { title }) };
}

const noStore = { subscribe: () => () => {}, get: () => undefined };

/** The `session` store of a socket (made before it connects: controlChannel.ts). */
export function sessionStore(socket: ControlSocket) {
  return socketStore(socket, 'session', parseSession);
}

/** The workshop's title, live: the one the server last sent with the session, else `fallback`. */
export function useWorkshopTitle(socket: ControlSocket | undefined, fallback: string): string {
  return useSession(socket)?.title ?? fallback;
}

/** The latest `session` event of the control channel; undefined until the first arrives. */
export function useSession(socket: ControlSocket | undefined): SessionView | undefined {
  const store = socket ? sessionStore(socket) : noStore;
  return useSyncExternalStore(store.subscribe, store.get);
}
