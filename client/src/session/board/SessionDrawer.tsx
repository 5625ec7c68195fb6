import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicSessionState } from '../../../../shared/schemas/session.ts';
import { can } from '../../../../shared/roles.ts';
import type { WorkshopInfo } from '../../../../shared/schemas/workshop.ts';
import { ActionPointPanel } from '../../actionPoints/ActionPointPanel.tsx';
import { BallotPanel } from '../../ballot/BallotPanel.tsx';
import type { BoardConnection } from '../../board/BoardConnection.ts';
import type { ControlSocket } from '../../control/controlChannel.ts';

export const DRAWER_ID = 'session-drawer';

/** Beside the board: the ballot (when open) and the group's action points (when the step is open). */
export function SessionDrawer({ workshop, groupId, state, socket, connection, locked, showBallot, showActionPoints, focusOnOpen, onClose }: {
  workshop: WorkshopInfo;
  /** The board this drawer belongs to. */
  groupId: string;
  state: PublicSessionState;
  socket: ControlSocket | undefined;
  connection: BoardConnection | undefined;
  locked: boolean;
  showBallot: boolean;
  showActionPoints: boolean;
  /** Move focus into the drawer (it was opened with its toggle, not by the facilitator). */
  focusOnOpen: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const first = useRef<HTMLHeadingElement>(null);
  const drawer = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnOpen) first.current?.focus();
  }, [focusOnOpen]);
  // The ballot comes first: when it opens, show it, wherever the action points were scrolled to.
  useEffect(() => {
    if (showBallot && drawer.current) drawer.current.scrollTop = 0;
  }, [showBallot]);
  const canEdit = can(workshop, 'writeBoard', groupId);
  return (
    <aside ref={drawer} id={DRAWER_ID} className="session-drawer" aria-label={t('sessionBoard.drawer')}>
      <div className="session-drawer__head">
        <button type="button" className="button button--ghost button--small session-drawer__close" onClick={onClose}>
          {t('sessionBoard.hide')}
        </button>
      </div>
      {showBallot && (
        <section className="session-drawer__section" aria-labelledby="ballot-heading">
          <h2 id="ballot-heading" ref={first} tabIndex={-1} className="session-drawer__title">{t('ballot.heading')}</h2>
          <BallotPanel socket={socket} workshopId={workshop.id} session={state} />
        </section>
      )}
      {showActionPoints && connection && (
        <section className="session-drawer__section" aria-labelledby="ap-heading">
          <h2 id="ap-heading" ref={showBallot ? undefined : first} tabIndex={-1} className="session-drawer__title">
            {t('actionPoints.heading')}
          </h2>
          <ActionPointPanel doc={connection.doc} canEdit={canEdit} locked={locked} />
        </section>
      )}
    </aside>
  );
}
