import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopLinkList } from '../../components/WorkshopLinkList.tsx';
import { Loading } from '../../components/Status.tsx';
import { WorkshopDeleted } from '../../components/WorkshopDeleted.tsx';
import type { WorkshopAccess } from '../../hooks/useWorkshopAccess.ts';
import { CurrentSegment } from '../CurrentSegment.tsx';
import { MessageBanner } from '../MessageBanner.tsx';
import { TimerDisplay } from '../TimerDisplay.tsx';
import { useControlRunner } from '../useControlRunner.ts';
import { usePlenarySnapshot } from '../usePlenarySnapshot.ts';
import { usePresenceMembers } from '../usePresenceMembers.ts';
import { useSession, useWorkshopTitle } from '../useSession.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useControlChannel } from '../../control/useControlChannel.ts';
import { useSocketConnected } from '../useSocketConnected.ts';
import { useTimerSignal, useTimerSound } from '../useTimerSignal.ts';
import { useWorkshopDeleted } from '../useWorkshopDeleted.ts';
import { AgendaSection } from './AgendaSection.tsx';
import { BallotSection } from './BallotSection.tsx';
import { BoardsSection } from './BoardsSection.tsx';
import { BrainstormSection } from './BrainstormSection.tsx';
import { ConsoleContext, type ConsoleValue } from './ConsoleContext.ts';
import { DecisionsSection } from './DecisionsSection.tsx';
import { GroupsSection } from './GroupsSection.tsx';
import { MessageSection } from './MessageSection.tsx';
import { PlenarySection } from './PlenarySection.tsx';
import { ThemesSection } from './ThemesSection.tsx';
import { TimerSection } from './TimerSection.tsx';

/**
 * The facilitator's console: every group at a glance and every control of the session.
 * Exported for the organiser page as well (same powers, plus export and delete there).
 */
export function FacilitatorConsole({ access, token, role }: {
  access: WorkshopAccess; token: string; role: 'organiser' | 'facilitator';
}) {
  const { t } = useTranslation();
  const { info, links } = access;
  const socket = useControlChannel(info.id, token);
  const session = useSession(socket);
  const snapshot = usePlenarySnapshot(socket);
  // Read here, from the first event on: the server sends presence only on joins and leaves.
  const members = usePresenceMembers(socket);
  const connected = useSocketConnected(socket);
  const { run, status } = useControlRunner(socket);
  const [soundOn] = useTimerSound();
  useTimerSignal(socket, soundOn);
  const deleted = useWorkshopDeleted(socket);
  const title = useWorkshopTitle(socket, info.title);
  useDocumentTitle(`${t(`roles.${role}`)} · ${title}`);

  const value = useMemo<ConsoleValue | null>(
    () => (socket && session ? { workshop: info, links, token, socket, session, snapshot, members, run } : null),
    [info, links, token, socket, session, snapshot, members, run],
  );

  if (deleted) return <WorkshopDeleted />;
  return (
    <div className="console">
      <div className="console__top">
        <div className="console__titles">
          <p className="eyebrow">{t(`roles.${role}`)} · {t('console.eyebrow')}</p>
          <h1 className="console__title">{title}</h1>
          {session && <CurrentSegment agenda={session.state.agenda} />}
        </div>
        {session && <TimerDisplay session={session} variant="console" />}
        <p className={`console__connection${connected ? '' : ' console__connection--off'}`} role="status">
          {connected ? t('console.connected') : t('console.disconnected')}
        </p>
      </div>
      {session && <MessageBanner message={session.state.message} />}
      <p className={`console__status console__status--${status?.kind ?? 'none'}`} aria-live="polite" data-testid="console-status">
        {status && <span key={status.seq}>{status.text}</span>}
      </p>
      {value ? (
        <ConsoleContext.Provider value={value}>
          <div className="console__grid">
            <div className="console__main">
              <GroupsSection />
              <PlenarySection />
              <BallotSection />
              <DecisionsSection />
              <ThemesSection />
            </div>
            <div className="console__side">
              <TimerSection />
              <MessageSection />
              <BoardsSection />
              <BrainstormSection />
              <AgendaSection />
            </div>
          </div>
        </ConsoleContext.Provider>
      ) : <Loading />}
      <details className="console__links card">
        <summary>{t('console.links')}</summary>
        <WorkshopLinkList links={links} groups={info.groups} />
      </details>
    </div>
  );
}
