import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../../../shared/schemas/workshop.ts';
import { workshopApi } from '../api/workshops.ts';
import { usePageToken } from '../auth/usePageToken.ts';
import { BoardView } from '../board/BoardView.tsx';
import { closeText } from '../board/closeText.ts';
import { ConnectionBadge } from '../board/ConnectionBadge.tsx';
import { PresenceList } from '../board/PresenceList.tsx';
import { useBoardConnection, useConnectionState } from '../board/useBoardConnection.ts';
import { usePresence } from '../board/usePresence.ts';
import { NameField } from '../components/NameField.tsx';
import { PageLayout } from '../components/PageLayout.tsx';
import { ErrorPanel, Loading } from '../components/Status.tsx';
import { pageErrorText } from '../components/errorText.ts';
import { usePresenceAnnouncement, useControlSocket } from '../control/useControlSocket.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useDisplayName } from '../hooks/useDisplayName.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { PageFailure, TokenMissing } from './TokenMissing.tsx';

/** `/w/:id/g/:groupId#t=<token>`: one group's board. */
export function BoardPage({ workshopId, groupId }: { workshopId: string; groupId: string }) {
  const { t } = useTranslation();
  const token = usePageToken(workshopId, `g:${groupId}`);
  const info = useAsync(token ? (signal) => workshopApi.info(workshopId, token, signal) : undefined, [workshopId, token]);
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
  const editable = workshop.role !== 'plenary' && workshop.role !== 'join';
  const [name] = useDisplayName();
  const connection = useBoardConnection({ workshopId: workshop.id, groupId, token, announce: editable, name });
  const state = useConnectionState(connection);
  const socket = useControlSocket(workshop.id, token);
  usePresenceAnnouncement(socket, name, workshop.role === 'participant' ? undefined : groupId);

  const header = (
    <div className="board-header">
      <div className="board-header__titles">
        <h1 className="board-header__group">{groupName}</h1>
        <p className="board-header__workshop">{workshop.title}</p>
      </div>
      <ConnectionBadge state={state} editable={editable} />
    </div>
  );

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
      {connection ? (
        <div className="board-layout">
          <BoardView connection={connection} editable={editable} />
          <aside className="board-layout__side panel" aria-label={t('board.sidePanel')}>
            <BoardPresence connection={connection} />
            {editable && <NameField id="board-name" compact />}
          </aside>
        </div>
      ) : <Loading />}
    </PageLayout>
  );
}

function BoardPresence({ connection }: { connection: NonNullable<ReturnType<typeof useBoardConnection>> }) {
  const people = usePresence(connection.provider.awareness);
  return <PresenceList people={people} />;
}
