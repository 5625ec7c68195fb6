import type { TFunction } from 'i18next';
import { CloseCode } from '../../../shared/closeCodes.ts';

/** What to tell the user when the server refused the board socket for good. */
export function closeText(t: TFunction, code: number): { title: string; detail: string } {
  switch (code) {
    case CloseCode.unauthorized:
      return { title: t('errors.invalidLink.title'), detail: t('errors.invalidLink.detail') };
    case CloseCode.forbidden:
      return { title: t('errors.boardForbidden.title'), detail: t('errors.boardForbidden.detail') };
    case CloseCode.deleted:
      return { title: t('flow.deleted.title'), detail: t('flow.deleted.detail') };
    case CloseCode.notFound:
      return { title: t('errors.boardNotFound.title'), detail: t('errors.boardNotFound.detail') };
    default:
      return { title: t('errors.boardClosed.title'), detail: t('errors.boardClosed.detail', { code: String(code) }) };
  }
}
