import { useTranslation } from 'react-i18next';
import type { WorkshopAccess } from '../hooks/useWorkshopAccess.ts';
import { GroupBoardList } from '../components/GroupBoardList.tsx';
import { WorkshopLinkList } from '../components/WorkshopLinkList.tsx';
import { useControlChannel } from '../control/useControlChannel.ts';
import { usePresenceMembers } from '../session/usePresenceMembers.ts';

/** Organiser and facilitator, first version: the workshop's links and its group boards. */
export function ManageWorkshop({ access, token, role }: {
  access: WorkshopAccess; token: string; role: 'organiser' | 'facilitator';
}) {
  const { t } = useTranslation();
  const { info, links } = access;
  const socket = useControlChannel(info.id, token);
  const members = usePresenceMembers(socket);
  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">{t(`roles.${role}`)}</p>
        <h1>{info.title}</h1>
      </div>
      <section className="card section" aria-labelledby="groups-heading">
        <h2 id="groups-heading">{t('groups.heading')}</h2>
        <GroupBoardList groups={info.groups} hrefOf={(id) => links.groups?.[id]} members={members} />
      </section>
      <WorkshopLinkList links={links} groups={info.groups} />
    </>
  );
}
