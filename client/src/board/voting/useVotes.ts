import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { BoardLimitError, type BoardLimit } from '../../../../shared/board/errors.ts';
import {
  castVote, myVotes, retractVote, setVotesPerPerson, voteCounts, votesLeft, votesPerPerson,
} from '../../../../shared/board/votes.ts';
import { LOCAL } from '../actions.ts';
import { useDocValue } from '../useDocValue.ts';

export interface VotesView {
  /** Counted votes per item (everyone's). */
  counts: ReadonlyMap<string, number>;
  /** This voter's own votes per item, so they can take them back. */
  mine: ReadonlyMap<string, number>;
  left: number;
  perPerson: number;
}

export type VoteOutcome =
  | { ok: true; left: number }
  | { ok: false; reason: 'noVotesLeft' | 'notVotable' | 'badVoter' | 'nothingToTakeBack' | BoardLimit };

const empty: VotesView = { counts: new Map(), mine: new Map(), left: 0, perPerson: 0 };

/**
 * The dot votes on a board as this voter sees them, and casting and taking back a vote
 * (through the model, with the local origin, so undo can take a vote back too).
 */
export function useVotes(doc: Y.Doc, voterId: string | undefined) {
  const read = useCallback((d: Y.Doc): VotesView => {
    if (!voterId) return { ...empty, counts: voteCounts(d), perPerson: votesPerPerson(d) };
    return { counts: voteCounts(d), mine: myVotes(d, voterId), left: votesLeft(d, voterId), perPerson: votesPerPerson(d) };
  }, [voterId]);
  const view = useDocValue(doc, read);
  const actions = useMemo(() => ({
    cast(itemId: string): VoteOutcome {
      if (!voterId) return { ok: false, reason: 'badVoter' };
      try {
        const result = castVote(doc, voterId, itemId, LOCAL);
        return result.ok ? { ok: true, left: votesLeft(doc, voterId) } : result;
      } catch (err) {
        if (err instanceof BoardLimitError) return { ok: false, reason: err.limit };
        throw err;
      }
    },
    retract(itemId: string): VoteOutcome {
      if (!voterId || !retractVote(doc, voterId, itemId, LOCAL)) return { ok: false, reason: 'nothingToTakeBack' };
      return { ok: true, left: votesLeft(doc, voterId) };
    },
    /** The facilitator's setting; `meta` is not in anyone's undo history. */
    setPerPerson(n: number): void {
      setVotesPerPerson(doc, n, LOCAL);
    },
  }), [doc, voterId]);
  return { ...view, ...actions };
}
export type VotesApi = ReturnType<typeof useVotes>;
