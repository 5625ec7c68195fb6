import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown after the server answered 401: this server was started with ADMIN_TOKEN, and only its
 * holder may create workshops. The field gets focus so that keyboard users land on it.
 */
export function AdminTokenField({ value, onChange, refused }: {
  value: string; onChange: (v: string) => void; refused: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [refused]);
  return (
    <div className="field field--notice">
      <p id="admin-token-hint" className="field__hint" role="alert">
        {refused ? t('home.admin.refused') : t('home.admin.needed')}
      </p>
      <label htmlFor="admin-token" className="field__label">{t('home.admin.label')}</label>
      <input
        id="admin-token" ref={input} className="input" type="password" value={value} autoComplete="off"
        aria-describedby="admin-token-hint" aria-invalid={refused ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
