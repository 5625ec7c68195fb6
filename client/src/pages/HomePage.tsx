import { useTranslation } from 'react-i18next';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { LinkBaseWarning } from '../components/LinkBaseWarning.tsx';
import { PageLayout } from '../components/PageLayout.tsx';
import { CreateWorkshopForm } from '../home/CreateWorkshopForm.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { JUST_CREATED, type JustCreated } from '../organiser/justCreated.ts';
import { navigate } from '../router/navigation.ts';

/**
 * `/`: create a workshop, then go to its organiser page, whose link (token in the fragment)
 * stays in the address bar: a reload or a bookmark brings the organiser back (issue 10).
 */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.documentTitle'));
  const onCreated = (created: WorkshopCreated) => {
    // Path and fragment only: the link's origin (PUBLIC_URL, the LAN address) may differ from
    // the one this browser uses, and history refuses another origin.
    const url = new URL(created.links.organiser ?? '/', location.href);
    const state: JustCreated = { [JUST_CREATED]: true };
    navigate(url.pathname + url.hash, { state });
  };
  return (
    <PageLayout brandLinksHome width="narrow">
      <div className="page-intro">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
      </div>
      <LinkBaseWarning />
      <CreateWorkshopForm onCreated={onCreated} />
    </PageLayout>
  );
}
