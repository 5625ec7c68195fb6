import type { TFunction } from 'i18next';
import type { PresenceRole } from './presenceUsers.ts';

/** The name shown for someone on a board who gave none: their role ("Begeleider"), or "Anoniem". */
export function unnamedLabel(t: TFunction, role: PresenceRole | null): string {
  if (role === 'facilitator') return t('presence.role.facilitator');
  if (role === 'organiser') return t('presence.role.organiser');
  return t('presence.anonymous');
}
