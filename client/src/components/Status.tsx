import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A polite loading notice, announced to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** An error the user must notice: announced at once (role="alert"). */
export function ErrorPanel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{title}</h2>
      {children && <div className="error-panel__body">{children}</div>}
    </div>
  );
}
