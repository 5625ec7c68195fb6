import { useTranslation } from 'react-i18next';
import type { WorkshopDetails } from '../../../shared/schemas/organiser.ts';

/** The details for a token that may read but not change them (a facilitator's link). */
export function DetailsSummary({ details }: { details: WorkshopDetails }) {
  const { t, i18n } = useTranslation();
  const date = details.date
    ? new Date(`${details.date}T12:00:00Z`).toLocaleDateString(i18n.resolvedLanguage, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : '–';
  return (
    <dl className="organiser-summary">
      <div><dt>{t('organiser.details.title')}</dt><dd>{details.title}</dd></div>
      <div><dt>{t('organiser.details.date')}</dt><dd>{date}</dd></div>
      <div><dt>{t('organiser.details.place')}</dt><dd>{details.place || '–'}</dd></div>
    </dl>
  );
}
