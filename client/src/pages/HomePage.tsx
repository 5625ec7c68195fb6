import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { PageLayout } from '../components/PageLayout.tsx';
import { CreatedWorkshop } from '../home/CreatedWorkshop.tsx';
import { CreateWorkshopForm } from '../home/CreateWorkshopForm.tsx';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** `/`: create a workshop, then share its links. */
export function HomePage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<WorkshopCreated>();
  useDocumentTitle(created ? created.title : t('home.documentTitle'));
  return (
    <PageLayout brandLinksHome width={created ? 'wide' : 'narrow'}>
      {created ? (
        <CreatedWorkshop workshop={created} onAnother={() => setCreated(undefined)} />
      ) : (
        <>
          <div className="page-intro">
            <h1>{t('home.title')}</h1>
            <p className="lead">{t('home.intro')}</p>
          </div>
          <CreateWorkshopForm onCreated={setCreated} />
        </>
      )}
    </PageLayout>
  );
}
