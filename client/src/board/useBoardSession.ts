import { useEffect, useState } from 'react';
import { can, type Role } from '../../../shared/roles.ts';
import { BrainstormState, NO_BRAINSTORM, brainstormFor } from '../../../shared/schemas/brainstorm.ts';
import type { ControlSocket } from '../control/controlChannel.ts';
import { useSession } from '../session/useSession.ts';
import type { BoardConnection } from './BoardConnection.ts';

/** What the session (control channel) means for one board and the person looking at it. */
export interface BoardSession {
  /** A `session` event arrived (else the values below are defaults or remembered ones). */
  known: boolean;
  /** This board is locked for this person: the server drops their edits, the UI is read-only. */
  locked: boolean;
  actionStepOpen: boolean;
  brainstorm: BrainstormState;
  /** New notes of this person go to their private notes (a participant during a round). */
  privateMode: boolean;
}

const cacheKey = (workshopId: string, groupId: string) => `werkbord:brainstorm:${workshopId}:${groupId}`;

/**
 * This board's brainstorm round as last heard, kept per board: after a reload while the server
 * is unreachable, new notes still stay private during a round, and a round that ended is known.
 */
function readCache(workshopId: string, groupId: string): BrainstormState | null {
  try {
    const parsed = BrainstormState.safeParse(JSON.parse(localStorage.getItem(cacheKey(workshopId, groupId)) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeCache(workshopId: string, groupId: string, state: BrainstormState): void {
  try {
    localStorage.setItem(cacheKey(workshopId, groupId), JSON.stringify(state));
  } catch {
    // Storage disabled: remembered until the reload only.
  }
}

/**
 * Follows the workshop's session for one board, and passes on to the connection what it
 * needs (a lock, for honest save status; the brainstorm round, to reveal private notes when
 * it ends, for everyone at once). Use once per page; the canvas and the outline read the
 * returned value.
 */
export function useBoardSession(
  connection: BoardConnection | undefined,
  socket: ControlSocket | undefined,
  { workshopId, groupId, role }: { workshopId: string; groupId: string; role: Role },
): BoardSession {
  const heard = useSession(socket)?.state;
  const [cached] = useState(() => readCache(workshopId, groupId));
  const mine = heard ? brainstormFor(heard.brainstorm, groupId) : undefined;
  useEffect(() => {
    if (mine) writeCache(workshopId, groupId, mine);
  }, [mine, workshopId, groupId]);

  // Facilitators and organisers write through a lock (server/session/boardRules.ts).
  const lockable = !can({ role }, 'writeLockedBoard');
  const locked = lockable && !!heard && (heard.locks.all || heard.locks.groups.includes(groupId));
  const brainstorm = mine ?? cached ?? NO_BRAINSTORM;
  const known = heard !== undefined;

  // Compared by its fields: a new object with the same values changes nothing.
  const { active, round } = brainstorm;
  const told = known || cached !== null;
  useEffect(() => {
    connection?.setSessionFacts({ locked, brainstorm: told ? { active, round } : null });
  }, [connection, locked, told, active, round]);

  return {
    known,
    locked,
    actionStepOpen: heard?.actionStepOpen ?? false,
    brainstorm,
    privateMode: can({ role }, 'brainstormPrivately') && brainstorm.active,
  };
}
