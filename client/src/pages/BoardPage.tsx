import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseCode } from '../../../shared/closeCodes.ts';
import { can } from '../../../shared/roles.ts';
import type { WorkshopInfo } from '../../../shared/schemas/workshop.ts';
import { keptWorkshopInfo, workshopInfoKept } from '../api/keptWorkshopInfo.ts';
import { usePageToken } from '../auth/usePageToken.ts';
import { BoardView } from '../board/BoardView.tsx';
import { OutlineView } from '../board/outline/OutlineView.tsx';
import { useBoardViewMode } from '../board/outline/useBoardViewMode.ts';
import { ViewToggle } from '../board/outline/ViewToggle.tsx';
import { closeText } from '../board/closeText.ts';
import { ConnectionBadge } from '../board/ConnectionBadge.tsx';
import { BoardNoticeBar } from '../board/BoardNoticeBar.tsx';
import { BrainstormBanner } from '../board/brainstorm/BrainstormBanner.tsx';
import { PresenceList } from '../board/PresenceList.tsx';
import { useBoardConnection, useConnectionState } from '../board/useBoardConnection.ts';
import { useBoardSession } from '../board/useBoardSession.ts';
import { usePresence } from '../board/usePresence.ts';
import { NameField } from '../components/NameField.tsx';
import { PageLayout } from '../components/PageLayout.tsx';
import { WorkshopDeleted } from '../components/WorkshopDeleted.tsx';
import { ErrorPanel, Loading } from '../components/Status.tsx';
import { pageErrorText } from '../components/errorText.ts';
import { useControlChannel } from '../control/useControlChannel.ts';
import { usePresenceAnnouncement } from '../control/usePresenceAnnouncement.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useDisplayName } from '../hooks/useDisplayName.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { ChooseGroupLink } from '../join/ChooseGroupLink.tsx';
import { BoardSessionLayer } from '../session/board/BoardSessionLayer.tsx';
import { useWorkshopDeleted } from '../session/useWorkshopDeleted.ts';
import { useWorkshopTitle } from '../session/useSession.ts';
import { PageFailure, TokenMissing } from './TokenMissing.tsx';

/** `/w/:id/g/:groupId#t=<token>`: one group's board. */
export function BoardPage({ workshopId, groupId }: { workshopId: string; groupId: string }) {
  const { t } = useTranslation();
  const token = usePageToken(workshopId, `g:${groupId}`);
  // Kept on the device, so that the board also opens while offline (api/keptWorkshopInfo.ts)…
  const fetched = useAsync((signal) => (token ? workshopInfoKept(workshopId, `g:${groupId}`, token, signal) : undefined), [workshopId, groupId, token]);
  // …and opens at once from the kept reply while the server's is on its way: one round trip
  // less before the board connects (a refusal still replaces it with its error).
  const kept = useMemo(() => keptWorkshopInfo(workshopId, `g:${groupId}`), [workshopId, groupId]);
  const info = fetched.status === 'loading' && kept ? { status: 'ok' as const, data: kept } : fetched;
  const group = info.status === 'ok' ? info.data.groups.find((g) => g.id === groupId) : undefined;
  useDocumentTitle(group?.name ?? t('board.documentTitle'));

  if (!token) return <TokenMissing />;
  if (info.status === 'error') return <PageFailure {...pageErrorText(t, info.error)} />;
  if (info.status === 'loading') return <PageLayout width="narrow"><Loading /></PageLayout>;
  if (!group) return <PageFailure title={t('errors.boardNotFound.title')} detail={t('errors.boardNotFound.detail')} />;
  return <BoardScreen workshop={info.data} groupId={groupId} groupName={group.name} token={token} />;
}

function BoardScreen({ workshop, groupId, groupName, token }: {
  workshop: WorkshopInfo; groupId: string; groupName: string; token: string;
}) {
  const { t } = useTranslation();
  // The plenary may look at every board but not write; the server refuses its writes anyway.
  const editable = can(workshop, 'writeBoard', groupId);
  const [typedName] = useDisplayName();
  // Without a name, a facilitator or organiser shows as their role, not as "Anoniem" (issue 10).
  const name = typedName.trim() || (workshop.role === 'facilitator' || workshop.role === 'organiser' ? t(`roles.${workshop.role}`) : '');
  const announce = can(workshop, 'announcePresence');
  // Staff visiting a group's board show as "Begeleider"/"Organisator" rather than "Anoniem".
  const staffRole = workshop.role === 'facilitator' || workshop.role === 'organiser' ? workshop.role : undefined;
  const connection = useBoardConnection({ workshopId: workshop.id, groupId, token, announce, name, role: staffRole });
  const state = useConnectionState(connection);
  const socket = useControlChannel(workshop.id, token);
  // Who may move between boards says which one this is; a participant's group is its token's.
  usePresenceAnnouncement(socket, name, can(workshop, 'visitBoards') ? groupId : undefined);
  const session = useBoardSession(connection, socket, { workshopId: workshop.id, groupId, role: workshop.role });
  const [view, setView] = useBoardViewMode();
  // Whose view the canvas follows (a presence client id), chosen in the online list.
  const [following, setFollowing] = useState<number | null>(null);
  const title = useWorkshopTitle(socket, workshop.title);
  // Told on the control channel, or the board socket closed with 4410: nothing of it stays shown.
  const deleted = useWorkshopDeleted(socket) || state.closeCode === CloseCode.deleted;

  const header = (
    <div className="board-header">
      <div className="board-header__titles">
        <h1 className="board-header__group">{groupName}</h1>
        <p className="board-header__workshop">{title}</p>
        <ChooseGroupLink workshopId={workshop.id} />
      </div>
      <ViewToggle mode={view} onChange={setView} />
      <ConnectionBadge state={state} editable={editable} />
    </div>
  );

  if (deleted) return <PageLayout width="narrow"><WorkshopDeleted /></PageLayout>;
  if (state.closeCode !== undefined) {
    const { title, detail } = closeText(t, state.closeCode);
    return (
      <PageLayout width="full" headerContent={header}>
        <div className="page-narrow"><ErrorPanel title={title}><p>{detail}</p></ErrorPanel></div>
      </PageLayout>
    );
  }
  return (
    <PageLayout width="full" className="page--board" headerContent={header}>
      <BoardSessionLayer workshop={workshop} groupId={groupId} socket={socket} connection={connection} />
      {connection && <BoardNoticeBar connection={connection} editable={editable} />}
      <BrainstormBanner session={session} />
      {connection ? (
        <div className="board-layout">
          {view === 'outline' ? (
            <OutlineView
              connection={connection} workshopId={workshop.id} groupId={groupId} role={workshop.role}
              editable={editable} session={session} socket={socket}
            />
          ) : (
            <BoardView
              connection={connection} editable={editable} workshopId={workshop.id} groupId={groupId} role={workshop.role}
              session={session} follow={following} onFollowEnd={() => setFollowing(null)}
            />
          )}
          <aside className="board-layout__side panel" aria-label={t('board.sidePanel')}>
            <BoardPresence connection={connection} following={following} onFollow={view === 'canvas' ? setFollowing : undefined} />
            {editable && <NameField id="board-name" compact />}
          </aside>
        </div>
      ) : <Loading />}
    </PageLayout>
  );
}

function BoardPresence({ connection, following, onFollow }: {
  connection: NonNullable<ReturnType<typeof useBoardConnection>>;
  following: number | null;
  onFollow?: (clientId: number | null) => void;
}) {
  const people = usePresence(connection.provider.awareness);
  return <PresenceList people={people} following={following} onFollow={onFollow} />;
}
