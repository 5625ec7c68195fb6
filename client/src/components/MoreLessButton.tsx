import { useTranslation } from 'react-i18next';
import type { LineClamp } from '../hooks/useLineClamp.ts';

/**
 * "Meer" / "Minder" under a clamped text (useLineClamp): `aria-expanded` tells a screen reader
 * whether the text it controls is shown whole; `about` names that text for a reader that
 * lists the buttons of a page (several ballot items each have one).
 */
export function MoreLessButton({ clamp, controls, about, className }: {
  clamp: LineClamp;
  /** The id of the clamped text. */
  controls: string;
  about?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  if (!clamp.toggleable) return null;
  return (
    <button
      type="button" className={`more-less ${className ?? ''}`}
      aria-expanded={clamp.expanded} aria-controls={controls}
      onClick={() => clamp.setExpanded(!clamp.expanded)}
    >
      {clamp.expanded ? t('moreLess.less') : t('moreLess.more')}
      {about && <span className="visually-hidden">{` ${t('moreLess.about', { about })}`}</span>}
    </button>
  );
}
