import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../router/Link.tsx';

/** What the page says once the workshop is gone; focus moves here so a screen reader says it. */
export function WorkshopDeleted({ title }: { title: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="organiser-deleted" role="status">
      <h1 ref={heading} tabIndex={-1}>{t('organiser.remove.doneTitle')}</h1>
      <p>{t('organiser.remove.doneDetail', { title })}</p>
      <p><Link href="/">{t('organiser.remove.home')}</Link></p>
    </div>
  );
}
