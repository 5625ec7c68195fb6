import { useTranslation } from 'react-i18next';
import { PageLayout } from '../components/PageLayout.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { Link } from '../router/Link.tsx';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <PageLayout brandLinksHome width="narrow">
      <div className="page-intro">
        <h1>{t('notFound.title')}</h1>
        <p className="lead">{t('notFound.detail')}</p>
        <p><Link className="button button--primary" href="/">{t('notFound.home')}</Link></p>
      </div>
    </PageLayout>
  );
}
