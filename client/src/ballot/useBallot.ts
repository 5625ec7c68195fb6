import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { BallotItems } from '../../../shared/schemas/plenary.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { sendControl, type SendErrorCode } from '../session/sendControl.ts';
import { socketStore } from '../session/socketStore.ts';
import { voterIdFor } from './voterId.ts';

const parse = (payload: unknown) => {
  const parsed = BallotItems.safeParse(payload);
  return parsed.success ? parsed.data : undefined;
};
const noStore = { subscribe: () => () => {}, get: () => undefined };

/**
 * The `ballot` store of a socket (made before it connects: controlChannel.ts): the server
 * sends the list on connect, possibly long before the ballot panel mounts.
 */
export function ballotStore(socket: ControlSocket) {
  return socketStore(socket, 'ballot', parse);
}

export type VoteOutcome = { ok: true; left: number } | { ok: false; error: SendErrorCode };

/**
 * A participant's side of the ballot: the action points to vote on (the server's `ballot`
 * event), this laptop's own votes (asked again with `ballot:mine` on every connect and when
 * the ballot opens) and `vote`.
 */
export function useBallot(socket: ControlSocket | undefined, workshopId: string, open: boolean, votesPerPerson: number) {
  const store = socket ? ballotStore(socket) : noStore;
  const list = useSyncExternalStore(store.subscribe, store.get);
  const [mine, setMine] = useState<Record<string, number>>({});
  const voterId = voterIdFor(workshopId);

  useEffect(() => {
    if (!socket || !open) return;
    let current = true;
    const ask = () => {
      void sendControl(socket, 'ballot:mine', { voterId }).then((reply) => {
        if (current && reply.ok) setMine(reply.votes);
      });
    };
    ask();
    socket.on('connect', ask);
    return () => {
      current = false;
      socket.off('connect', ask);
    };
  }, [socket, open, voterId]);

  const used = Object.values(mine).reduce((sum, n) => sum + n, 0);
  const vote = useCallback(async (apKey: string, delta: 1 | -1): Promise<VoteOutcome> => {
    const reply = await sendControl(socket, 'ballot:vote', { voterId, apKey, delta });
    if (!reply.ok) return { ok: false, error: reply.error };
    setMine(reply.votes);
    const spent = Object.values(reply.votes).reduce((sum, n) => sum + n, 0);
    return { ok: true, left: Math.max(0, votesPerPerson - spent) };
  }, [socket, voterId, votesPerPerson]);

  return { items: list?.items ?? [], mine, left: Math.max(0, votesPerPerson - used), vote };
}
