import { useTranslation } from 'react-i18next';
import type { BoardViewMode } from './useBoardViewMode.ts';

/** "Canvas | Lijst": two toggle buttons (aria-pressed) in a labelled group. */
export function ViewToggle({ mode, onChange }: { mode: BoardViewMode; onChange: (mode: BoardViewMode) => void }) {
  const { t } = useTranslation();
  return (
    <div className="view-toggle" role="group" aria-label={t('outline.view.label')}>
      {(['canvas', 'outline'] as const).map((m) => (
        <button
          key={m} type="button" className="view-toggle__button" aria-pressed={mode === m}
          onClick={() => onChange(m)}
        >
          {t(`outline.view.${m}`)}
        </button>
      ))}
    </div>
  );
}
