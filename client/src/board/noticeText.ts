import type { TFunction } from 'i18next';
import { Limits } from '../../../shared/limits.ts';
import type { Refusal } from './notices.ts';

/** Limits the UI can name; another name (a newer server) gets the general sentence. */
const NAMED_LIMITS = [
  'maxItems', 'maxArrows', 'noteTextLength', 'labelTextLength', 'sectionTitleLength', 'caseTextLength',
  'maxStrokePoints', 'maxVoteEntries', 'maxVotesPerPerson', 'actionTitleLength', 'actionBodyLength',
  'partyNameLength', 'timeframeLength', 'maxSourceNotes',
] as const satisfies readonly (keyof typeof Limits)[];
type NamedLimit = (typeof NAMED_LIMITS)[number];

const isNamed = (limit: string | undefined): limit is NamedLimit =>
  (NAMED_LIMITS as readonly string[]).includes(limit ?? '');

/** What the person is told when the server undid one of their updates: which rule, and that it was undone. */
export function refusalText(t: TFunction, refusal: Pick<Refusal, 'reason' | 'limit'>): string {
  if (refusal.reason !== 'limit') return t(`boardNotices.refused.${refusal.reason}`);
  const { limit } = refusal;
  if (!isNamed(limit)) return t('boardNotices.refused.limit');
  return t('boardNotices.refused.limitNamed', { limit: t(`boardNotices.limits.${limit}`, { max: String(Limits[limit]) }) });
}
