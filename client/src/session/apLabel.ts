import type { TFunction } from 'i18next';

/** "Groep A · 1: Eén meldpunt" — how lists across groups name an action point. */
export function apLabel(t: TFunction, ap: { groupName: string; slot: number; title: string }): string {
  return t('actionPoints.listLabel', { group: ap.groupName, n: String(ap.slot + 1), title: ap.title.trim() || t('actionPoints.untitled') });
}
