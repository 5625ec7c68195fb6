import { useTranslation } from 'react-i18next';
import { GroupBoardList } from '../components/GroupBoardList.tsx';
import { QrCode } from '../components/QrCode.tsx';
import { paths } from '../router/routes.ts';
import { RoleLinksPage } from './RoleLinksPage.tsx';

/**
 * `/w/:id/plenary#t=<plenary token>`: for the beamer. A big title and a join QR code readable
 * from the back of the room; the live action points come in a later version.
 */
export function PlenaryPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <RoleLinksPage workshopId={workshopId} scope="plenary" width="full" className="page--plenary">
      {({ info, links }, token) => (
        <div className="plenary">
          <h1 className="plenary__title">{info.title}</h1>
          <section className="plenary__join" aria-labelledby="plenary-join-heading">
            <QrCode className="plenary__qr" value={links.join} alt={t('plenary.qrAlt')} size={720} />
            <div className="plenary__join-text">
              <h2 id="plenary-join-heading" className="plenary__join-heading">{t('plenary.join')}</h2>
              <p className="plenary__join-hint">{t('plenary.joinHint')}</p>
              <p className="plenary__url">{links.join}</p>
            </div>
          </section>
          <section className="plenary__groups" aria-labelledby="plenary-groups-heading">
            <h2 id="plenary-groups-heading">{t('groups.heading')}</h2>
            <GroupBoardList
              groups={info.groups}
              hrefOf={(id) => `${paths.board(info.id, id)}#t=${encodeURIComponent(token)}`}
            />
          </section>
        </div>
      )}
    </RoleLinksPage>
  );
}
