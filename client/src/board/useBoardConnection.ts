import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLatest } from '../hooks/useLatest.ts';
import { BoardConnection, type BoardConnectionOptions, type ConnectionState } from './BoardConnection.ts';

/**
 * Opens the board channel for as long as the component is mounted. Created in an effect (not
 * during render) so that React's double-mount in development opens and closes it cleanly.
 */
export function useBoardConnection(options: BoardConnectionOptions): BoardConnection | undefined {
  const [connection, setConnection] = useState<BoardConnection>();
  const { workshopId, groupId, token, announce, persist, role } = options;
  // A new name is passed on by the effect below; it must not reconnect.
  const nameRef = useLatest(options.name);
  useEffect(() => {
    const conn = new BoardConnection({ workshopId, groupId, token, announce, persist, role, name: nameRef.current });
    setConnection(conn);
    return () => {
      conn.destroy();
      setConnection(undefined);
    };
  }, [workshopId, groupId, token, announce, persist, role, nameRef]);
  useEffect(() => connection?.setName(options.name), [connection, options.name]);
  return connection;
}

const idle: ConnectionState = {
  phase: 'connecting', loaded: false, synced: false, saved: true, storedLocally: false, locked: false,
  storageFailing: false, lastRefusal: null,
};
const noop = () => () => {};

/** The connection's status, re-rendering on every change. */
export function useConnectionState(connection: BoardConnection | undefined): ConnectionState {
  return useSyncExternalStore(connection?.subscribe ?? noop, connection?.getState ?? (() => idle));
}
