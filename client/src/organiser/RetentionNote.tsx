import { useTranslation } from 'react-i18next';

/**
 * When the server deletes the workshop by itself (docs/api.md, "Retention"): a set time after
 * its date, so it moves along when the organiser changes the date.
 */
export function RetentionNote({ deleteAfter }: { deleteAfter: number | undefined }) {
  const { t, i18n } = useTranslation();
  if (deleteAfter === undefined) return null;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(deleteAfter));
  return (
    <p className="organiser-retention" data-testid="retention-note" data-delete-after={deleteAfter}>
      {t('organiser.retention.note', { date })} {t('organiser.retention.detail')}
    </p>
  );
}
