import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { Link } from '../router/Link.tsx';

/**
 * What a page says once its workshop is gone, in place of all its content (title included,
 * except for the organiser who deleted it and knows it). Focus moves here so that a screen
 * reader says it.
 */
export function WorkshopDeleted({ title }: { title?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useDocumentTitle(title === undefined ? t('flow.deleted.title') : t('organiser.remove.doneTitle'));
  return (
    <div className="workshop-deleted" role="status" data-testid="workshop-deleted">
      <h1 ref={heading} tabIndex={-1}>{title === undefined ? t('flow.deleted.title') : t('organiser.remove.doneTitle')}</h1>
      <p>{title === undefined ? t('flow.deleted.detail') : t('organiser.remove.doneDetail', { title })}</p>
      <p><Link href="/">{t('flow.deleted.home')}</Link></p>
    </div>
  );
}
