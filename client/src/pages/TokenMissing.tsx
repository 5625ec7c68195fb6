import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../components/Status.tsx';
import { PageLayout } from '../components/PageLayout.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** A page opened without its `#t=` token (or with a broken one): say what to do instead. */
export function TokenMissing() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.invalidLink.title'));
  return (
    <PageLayout width="narrow">
      <h1 className="visually-hidden">Werkbord</h1>
      <ErrorPanel title={t('errors.invalidLink.title')}>
        <p>{t('errors.invalidLink.detail')}</p>
      </ErrorPanel>
    </PageLayout>
  );
}

/** A page whose first request failed: the error in words, inside the normal frame. */
export function PageFailure({ title, detail }: { title: string; detail: string }) {
  useDocumentTitle(title);
  return (
    <PageLayout width="narrow">
      <h1 className="visually-hidden">Werkbord</h1>
      <ErrorPanel title={title}><p>{detail}</p></ErrorPanel>
    </PageLayout>
  );
}
