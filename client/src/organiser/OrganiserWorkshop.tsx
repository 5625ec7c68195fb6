import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles.ts';
import type { DetailsReply } from '../../../shared/schemas/organiser.ts';
import type { WorkshopLinks } from '../../../shared/schemas/workshop.ts';
import { Loading } from '../components/Status.tsx';
import { LinkBaseWarning } from '../components/LinkBaseWarning.tsx';
import { WorkshopDeleted } from '../components/WorkshopDeleted.tsx';
import { WorkshopLinkList } from '../components/WorkshopLinkList.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useWorkshopDeleted } from '../session/useWorkshopDeleted.ts';
import { useSession, useWorkshopTitle } from '../session/useSession.ts';
import { useControlChannel } from '../control/useControlChannel.ts';
import { usePresenceMembers } from '../session/usePresenceMembers.ts';
import { ProgrammeSection } from './ProgrammeSection.tsx';
import type { WorkshopAccess } from '../hooks/useWorkshopAccess.ts';
import { ActionPointExports } from './ActionPointExports.tsx';
import { BoardExports } from './BoardExports.tsx';
import { BookmarkNotice } from './BookmarkNotice.tsx';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { DetailsSummary } from './DetailsSummary.tsx';
import { GroupCases } from './GroupCases.tsx';
import { organiserApi } from './organiserApi.ts';
import { RetentionNote } from './RetentionNote.tsx';
import { RotateLinks } from './RotateLinks.tsx';
import { TableCards } from './TableCards.tsx';
import '../styles/organiser.css';

/** A titled section of the page; `className` lets the print stylesheet pick it. */
function Section({ id, title, hint, className, children }: {
  id: string; title: string; hint?: string; className?: string; children: ReactNode;
}) {
  return (
    <section className={`card section organiser-section ${className ?? ''}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {hint && <p className="section-hint">{hint}</p>}
      {children}
    </section>
  );
}

/**
 * The organiser page, composed: details, groups and cases, links (and replacing them), table
 * cards, exports, and deleting the workshop. Each part is its own component in this folder.
 */
export function OrganiserWorkshop({ access, token }: { access: WorkshopAccess; token: string }) {
  const { t } = useTranslation();
  const { info } = access;
  const loaded = useAsync((signal) => organiserApi.details(info.id, token, signal), [info.id, token]);
  const [details, setDetails] = useState<DetailsReply>();
  // Replaced links (RotateLinks) show at once everywhere on the page: list, table cards, cases.
  const [links, setLinks] = useState<WorkshopLinks>(access.links);
  const [deleted, setDeleted] = useState(false);
  // The session socket: its stores listen before it connects, so the first session is not missed.
  const socket = useControlChannel(info.id, token);
  const members = usePresenceMembers(socket);
  const session = useSession(socket);
  // Deleted elsewhere (another organiser tab, the retention sweep): clear the page as well.
  const deletedElsewhere = useWorkshopDeleted(socket);
  const current = details ?? (loaded.status === 'ok' ? loaded.data : undefined);
  // Saved here, or changed in another tab: the session brings every new title.
  const title = useWorkshopTitle(socket, current?.title ?? info.title);
  // Join and participant tokens never get here: they may not read the links (RoleLinksPage).
  const roleName = info.role === 'facilitator' || info.role === 'plenary' ? t(`roles.${info.role}`) : t('roles.organiser');
  useDocumentTitle(`${roleName} · ${title}`);
  // What this token may do, from the server's own permission table: a facilitator's link
  // opened here shows what a facilitator may do, not controls the server would refuse.
  const may = (action: Parameters<typeof can>[1]) => can(info, action);
  const groupHref = (groupId: string) => links.groups?.[groupId];

  if (deleted) return <WorkshopDeleted title={title} />;
  if (deletedElsewhere) return <WorkshopDeleted />;
  return (
    <div className="organiser">
      <div className="page-intro">
        <p className="eyebrow">{roleName}</p>
        <h1>{title}</h1>
        <p className="lead">{may('deleteWorkshop') ? t('organiser.intro') : t('flow.limited', { role: roleName })}</p>
      </div>
      {info.role === 'organiser' && <BookmarkNotice />}
      <LinkBaseWarning />
      {may('editDetails') ? (
        <Section id="details" title={t('organiser.details.heading')} hint={t('organiser.details.hint')}>
          {current ? <DetailsForm workshopId={info.id} token={token} details={current} onSaved={setDetails} /> : <Loading />}
        </Section>
      ) : may('readDetails') && current && (
        <Section id="details" title={t('organiser.details.heading')}>
          <DetailsSummary details={current} />
        </Section>
      )}
      {may('control') && (
        <Section id="programme" title={t('flow.programme.heading')} hint={t('flow.programme.hint')}>
          {session ? <ProgrammeSection agenda={session.state.agenda} socket={socket} /> : <Loading />}
        </Section>
      )}
      {may('editCaseCard') && (
        <Section id="groups" title={t('organiser.groups.heading')} hint={t('organiser.groups.hint')}>
          <GroupCases workshopId={info.id} token={token} groups={info.groups} hrefOf={groupHref} members={members} />
        </Section>
      )}
      <div className="organiser-links">
        <WorkshopLinkList links={links} groups={info.groups} />
      </div>
      {may('rotateLinks') && <Section id="rotate" title={t('organiser.rotate.heading')} hint={t('organiser.rotate.hint')}>
        <RotateLinks
          workshopId={info.id} token={token} groups={info.groups}
          onRotated={(result) => setLinks(result.links)}
          onOwnLinkReplaced={(link) => {
            // Same page, new fragment: reload so that the page reads its new token from it.
            window.location.replace(link);
            window.location.reload();
          }}
        />
      </Section>}
      <Section id="table-cards" title={t('organiser.tableCards.heading')} hint={t('organiser.tableCards.hint')} className="organiser-section--table-cards">
        <TableCards title={title} groups={info.groups} hrefOf={groupHref} />
      </Section>
      {may('export') && (
        <Section id="exports" title={t('organiser.exports.heading')} hint={t('organiser.exports.hint')}>
          <ActionPointExports workshopId={info.id} token={token} />
        </Section>
      )}
      {may('exportBoard') && (
        <Section id="boards" title={t('organiser.boards.heading')} hint={t('organiser.boards.hint')}>
          <BoardExports workshopId={info.id} token={token} groups={info.groups} />
        </Section>
      )}
      {may('deleteWorkshop') && <Section id="delete" title={t('organiser.remove.heading')} className="organiser-section--danger">
        <RetentionNote deleteAfter={current?.deleteAfter} />
        <DeleteWorkshop
          workshopId={info.id} token={token} title={title}
          onDeleted={() => {
            socket?.disconnect();
            setDeleted(true);
          }}
        />
      </Section>}
    </div>
  );
}
