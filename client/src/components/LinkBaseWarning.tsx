import { useTranslation } from 'react-i18next';
import { workshopApi } from '../api/workshops.ts';
import { useAsync } from '../hooks/useAsync.ts';

/**
 * Warns when the links (and QR codes) this server hands out point at this computer only
 * (localhost): a laptop in the room could not open them. Silent while loading, on failure,
 * and when the links are fine.
 */
export function LinkBaseWarning() {
  const { t } = useTranslation();
  const state = useAsync((signal) => workshopApi.linkBase(signal), []);
  if (state.status !== 'ok' || !state.data.localOnly) return null;
  return (
    <div className="notice notice--warning link-warning" role="note" data-testid="link-warning">
      <p><strong>{t('flow.links.localTitle')}</strong></p>
      <p>{t('flow.links.localDetail', { base: state.data.base })}</p>
    </div>
  );
}
