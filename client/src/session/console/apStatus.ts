import type { TFunction } from 'i18next';
import type { PlenaryGroup } from '../../../../shared/schemas/plenary.ts';

export type ApStatus = 'submitted' | 'complete' | 'partial' | 'none';

/** A group's action points at a glance: submitted, 2/2 ready as draft, 1/2 or 0/2 complete. */
export function apStatusOf(group: PlenaryGroup | undefined): ApStatus {
  if (!group) return 'none';
  if (group.submitted) return 'submitted';
  if (group.completeCount === 2) return 'complete';
  return group.completeCount === 1 ? 'partial' : 'none';
}

export function apStatusText(t: TFunction, group: PlenaryGroup | undefined): string {
  const status = apStatusOf(group);
  if (status === 'submitted') return t('console.groups.apSubmitted');
  if (status === 'complete') return t('console.groups.apComplete');
  return t('console.groups.apCount', { count: group?.completeCount ?? 0 });
}
