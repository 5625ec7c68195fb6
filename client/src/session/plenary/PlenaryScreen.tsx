import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Status.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { WorkshopDeleted } from '../../components/WorkshopDeleted.tsx';
import type { WorkshopAccess } from '../../hooks/useWorkshopAccess.ts';
import { CurrentSegment } from '../CurrentSegment.tsx';
import { MessageBanner } from '../MessageBanner.tsx';
import { SoundToggle } from '../SoundToggle.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { usePlenarySnapshot } from '../usePlenarySnapshot.ts';
import { useSession, useWorkshopTitle } from '../useSession.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useControlChannel } from '../../control/useControlChannel.ts';
import { useTimerSignal, useTimerSound } from '../useTimerSignal.ts';
import { useWorkshopDeleted } from '../useWorkshopDeleted.ts';
import { BeamerRanking } from './BeamerRanking.tsx';
import { JoinQrOverlay } from './JoinQrOverlay.tsx';
import { SpotlightView } from './SpotlightView.tsx';
import { TileGrid } from './TileGrid.tsx';

/**
 * The beamer (1920×1080): title, current segment and timer; a tile per group with its two
 * action points, or the live ranking while the ballot is open; the spotlight and the join QR
 * code over everything when the facilitator asks for them. Updates as the snapshots arrive.
 */
export function PlenaryScreen({ access, token }: { access: WorkshopAccess; token: string }) {
  const { t } = useTranslation();
  const { info, links } = access;
  const socket = useControlChannel(info.id, token);
  const session = useSession(socket);
  const snapshot = usePlenarySnapshot(socket);
  const [soundOn] = useTimerSound();
  useTimerSignal(socket, soundOn);
  const state = session?.state;
  const groups = snapshot?.groups ?? [];
  const spot = snapshot?.spotlight;
  const spotKey = spot ? `${spot.groupId}:${spot.slot}` : null;
  const ballotOpen = Boolean(state?.ballot.open);
  // After closing, the result stays until the facilitator takes it off (or starts a new round).
  const showRanking = ballotOpen || Boolean(state?.plenary.showResult);
  const deleted = useWorkshopDeleted(socket);
  const title = useWorkshopTitle(socket, snapshot?.title ?? info.title);
  useDocumentTitle(`${t('roles.plenary')} · ${title}`);
  // A deleted workshop leaves nothing on the beamer: no title, QR code or action point.
  if (deleted) return <WorkshopDeleted />;

  return (
    <div className="beamer">
      <div className="beamer__head">
        <div className="beamer__titles">
          <h1 className="beamer__title">{title}</h1>
          {state && <CurrentSegment agenda={state.agenda} className="beamer__segment" />}
        </div>
        {session && <TimerDisplay session={session} variant="plenary" />}
        <div className="beamer__join">
          <QrCode className="beamer__join-qr" value={links.join} alt={t('plenary.qrAlt')} size={240} />
          <p className="beamer__join-text">{t('plenary.join')}</p>
        </div>
      </div>
      <MessageBanner message={state?.message ?? null} className="beamer__message" />
      {!snapshot ? <Loading /> : showRanking
        ? <BeamerRanking snapshot={snapshot} open={ballotOpen} voters={state?.ballot.voters ?? 0} />
        : <TileGrid groups={groups} spotlitKey={spotKey} />}
      <div className="beamer__foot"><SoundToggle className="button--ghost" /></div>
      {snapshot && spot && !state?.plenary.showJoinQr && <SpotlightView snapshot={snapshot} />}
      {state?.plenary.showJoinQr && <JoinQrOverlay link={links.join} />}
    </div>
  );
}
