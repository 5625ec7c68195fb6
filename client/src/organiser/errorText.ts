import type { TFunction } from 'i18next';
import { ApiError } from '../api/http.ts';

/** Why an organiser action failed, as the end of a sentence ("Dat lukte niet: …"). */
export function failureText(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('organiser.errors.unknown');
  if (error.status === 0) return t('organiser.errors.network');
  if (error.status === 401) return t('organiser.errors.unauthorized');
  if (error.status === 403) return t('organiser.errors.forbidden');
  if (error.status === 404) return t('organiser.errors.notFound');
  if (error.status === 409) return t('organiser.errors.conflict');
  if (error.status === 400) return t('organiser.errors.invalid', { detail: error.message });
  if (error.status >= 500) return t('organiser.errors.server');
  return t('organiser.errors.unknown');
}
