import type { TFunction } from 'i18next';
import { ApiError } from '../api/http.ts';

/** A title and an explanation for a failed load of a page that needs a token. */
export function pageErrorText(t: TFunction, error: unknown): { title: string; detail: string } {
  if (error instanceof ApiError) {
    switch (error.status) {
      case 0: return { title: t('errors.network.title'), detail: t('errors.network.detail') };
      case 401: return { title: t('errors.invalidLink.title'), detail: t('errors.invalidLink.detail') };
      case 403: return { title: t('errors.forbidden.title'), detail: t('errors.forbidden.detail') };
      case 404: return { title: t('errors.workshopNotFound.title'), detail: t('errors.workshopNotFound.detail') };
      default:
        if (error.status >= 500) return { title: t('errors.server.title'), detail: t('errors.server.detail') };
    }
  }
  return { title: t('errors.unknown.title'), detail: t('errors.unknown.detail') };
}
