import { useEffect } from 'react';
import { newVoterId } from '../../../../shared/board/votes.ts';
import { useLocalStorage } from '../../hooks/useLocalStorage.ts';

const VOTER_ID = /^[0-9a-z]{6,64}$/;

/**
 * This laptop's opaque voter id on one board (shared/board/votes.ts): made once, kept in
 * localStorage, never derived from the name and never put in presence. Undefined for the
 * moment between the first render and the id being stored.
 */
export function useVoterId(workshopId: string, groupId: string): string | undefined {
  const [stored, store] = useLocalStorage(`werkbord:voter:${workshopId}:${groupId}`);
  const valid = stored !== null && VOTER_ID.test(stored) ? stored : undefined;
  useEffect(() => {
    if (!valid) store(newVoterId());
  }, [valid, store]);
  return valid;
}
