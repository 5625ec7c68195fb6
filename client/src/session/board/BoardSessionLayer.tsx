import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/roles.ts';
import type { WorkshopInfo } from '../../../../shared/schemas/workshop.ts';
import type { BoardConnection } from '../../board/BoardConnection.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';
import { CurrentSegment } from '../CurrentSegment.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { useSession } from '../useSession.ts';
import { BoardMessage } from './BoardMessage.tsx';
import { DRAWER_ID, SessionDrawer } from './SessionDrawer.tsx';
import { useDrawer } from './useDrawer.ts';

/** A padlock, drawn (an emoji may be missing from the laptop's fonts). */
function LockIcon() {
  return (
    <svg className="lock-notice__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="2.5" y="7" width="11" height="8" rx="1.5" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" strokeWidth="2" />
    </svg>
  );
}

/**
 * Everything of the session on a group board, mounted once by the board page: the current
 * segment, the timer, the facilitator's message, the lock notice, and a drawer with the
 * action-point panel while the step is open and the ballot while it is open. The board itself
 * turns read-only through useBoardSession (board/), and the server refuses a locked board's
 * updates in any case; the action-point panel here follows the lock too.
 */
export function BoardSessionLayer({ workshop, groupId, socket, connection }: {
  workshop: WorkshopInfo;
  groupId: string;
  /** The board page's control socket (one per page, so that presence counts people once). */
  socket: ControlSocket | undefined;
  connection: BoardConnection | undefined;
}) {
  const { t } = useTranslation();
  const session = useSession(socket);
  const toggle = useRef<HTMLButtonElement>(null);
  const state = session?.state;
  const boardLocked = Boolean(state && (state.locks.all || state.locks.groups.includes(groupId)));
  // Facilitators and organisers may still write on a locked board (to help); the server agrees.
  const locked = boardLocked && !can(workshop, 'writeLockedBoard');
  const stepOpen = Boolean(state?.actionStepOpen);
  const ballotOpen = Boolean(state?.ballot.open) && can(workshop, 'vote');
  const [drawerOpen, setDrawerOpen] = useDrawer(stepOpen, ballotOpen, state !== undefined, `${workshop.id}:${groupId}`);
  const [focusDrawer, setFocusDrawer] = useState(false);

  const toggleLabel = ballotOpen ? t('sessionBoard.toggleBallot') : t('sessionBoard.toggleActionPoints');
  return (
    // The board page lays out the bar and the drawer in its own grid (styles/board.css).
    <div className="session-layer">
      <div className="session-bar" data-locked={locked || undefined}>
        {state && <CurrentSegment agenda={state.agenda} className="session-bar__segment" />}
        {session && <TimerDisplay session={session} variant="board" />}
        <div className="session-bar__lock" role="status">
          {boardLocked && (
            <p className="lock-notice" data-testid="lock-notice">
              <LockIcon />
              {locked ? t('sessionBoard.locked') : t('sessionBoard.lockedForParticipants')}
            </p>
          )}
        </div>
        {(stepOpen || ballotOpen) && (
          <button
            ref={toggle} type="button" className="button button--primary button--small session-bar__toggle"
            aria-expanded={drawerOpen} aria-controls={DRAWER_ID}
            onClick={() => {
              setFocusDrawer(!drawerOpen);
              setDrawerOpen(!drawerOpen);
            }}
          >
            {toggleLabel}
          </button>
        )}
        <BoardMessage message={state?.message ?? null} />
      </div>
      {state && drawerOpen && (stepOpen || ballotOpen) && (
        <SessionDrawer
          workshop={workshop} groupId={groupId} state={state} socket={socket} connection={connection} locked={locked}
          showBallot={ballotOpen} showActionPoints={stepOpen} focusOnOpen={focusDrawer}
          onClose={() => {
            setDrawerOpen(false);
            setFocusDrawer(false);
            toggle.current?.focus();
          }}
        />
      )}
    </div>
  );
}
