import { useTranslation } from 'react-i18next';
import type { Agenda } from '../../../shared/schemas/session.ts';

/** The agenda segment the facilitator marked as "now", or nothing when none is marked. */
export function CurrentSegment({ agenda, className }: { agenda: Agenda; className?: string }) {
  const { t } = useTranslation();
  const segment = agenda.segments.find((s) => s.id === agenda.currentId);
  if (!segment) return null;
  return (
    <p className={`segment ${className ?? ''}`}>
      <span className="segment__label">{t('agenda.now')}</span>{' '}
      <span className="segment__time">{segment.start}</span>{' '}
      <span className="segment__title">{segment.title}</span>
    </p>
  );
}
