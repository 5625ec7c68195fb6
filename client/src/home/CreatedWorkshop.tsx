import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { WorkshopLinkList } from '../components/WorkshopLinkList.tsx';

/** What the organiser sees right after creating a workshop: every link, with a QR code. */
export function CreatedWorkshop({ workshop, onAnother }: { workshop: WorkshopCreated; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the result so that screen-reader users hear that it worked.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="created">
      <div className="created__intro">
        <h1 ref={heading} tabIndex={-1}>{t('home.created.title', { title: workshop.title })}</h1>
        <p className="notice notice--warning">{t('home.created.keepSafe')}</p>
      </div>
      <WorkshopLinkList links={workshop.links} groups={workshop.groups} />
      <p>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('home.created.another')}
        </button>
      </p>
    </div>
  );
}
