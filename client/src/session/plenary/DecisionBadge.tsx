import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../shared/schemas/session.ts';

/** The plenary's decision on an action point, as a badge. */
export function DecisionBadge({ decision }: { decision: Decision | null }) {
  const { t } = useTranslation();
  if (!decision) return null;
  return <span className={`decision-badge decision-badge--${decision.status}`}>{t(`decision.${decision.status}`)}</span>;
}
