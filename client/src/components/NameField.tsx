import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import { useDisplayName } from '../hooks/useDisplayName.ts';

/** The optional display name, remembered on this device; shared by the join page and the board. */
export function NameField({ id = 'display-name', compact = false }: { id?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const [name, setName] = useDisplayName();
  return (
    <div className={`field ${compact ? 'field--compact' : ''}`}>
      <label htmlFor={id} className="field__label">{t('name.label')}</label>
      {!compact && <p id={`${id}-hint`} className="field__hint">{t('name.hint')}</p>}
      <input
        id={id} className="input" type="text" value={name} maxLength={Limits.displayNameLength}
        autoComplete="nickname" placeholder={compact ? t('name.anonymous') : undefined}
        aria-describedby={compact ? undefined : `${id}-hint`}
        onChange={(e) => setName(e.target.value)}
      />
    </div>
  );
}
