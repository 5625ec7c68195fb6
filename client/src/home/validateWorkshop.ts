import { Limits } from '../../../shared/limits.ts';

export interface WorkshopDraft {
  title: string;
  groups: string[];
}

/** Problems per field, as translation keys; empty when the draft can be sent. */
export interface DraftErrors {
  title?: 'home.errors.titleRequired' | 'home.errors.titleTooLong';
  groups?: 'home.errors.groupsRequired' | 'home.errors.tooManyGroups';
  /** Per row index. */
  rows: Record<number, 'home.errors.groupTooLong' | 'home.errors.groupDuplicate'>;
}

/**
 * Checks a draft with the same rules as the server (CreateWorkshopInput), so that the user hears
 * about a problem beside the field instead of as a 400. Blank rows are simply left out.
 */
export function validateWorkshop(draft: WorkshopDraft): { errors: DraftErrors; ok: boolean; groups: string[] } {
  const errors: DraftErrors = { rows: {} };
  const title = draft.title.trim();
  if (!title) errors.title = 'home.errors.titleRequired';
  else if (title.length > Limits.titleLength) errors.title = 'home.errors.titleTooLong';

  const seen = new Set<string>();
  const groups: string[] = [];
  draft.groups.forEach((raw, index) => {
    const name = raw.trim();
    if (!name) return;
    if (name.length > Limits.groupNameLength) errors.rows[index] = 'home.errors.groupTooLong';
    else if (seen.has(name.toLowerCase())) errors.rows[index] = 'home.errors.groupDuplicate';
    seen.add(name.toLowerCase());
    groups.push(name);
  });
  if (groups.length === 0) errors.groups = 'home.errors.groupsRequired';
  else if (groups.length > Limits.maxGroups) errors.groups = 'home.errors.tooManyGroups';

  const ok = !errors.title && !errors.groups && Object.keys(errors.rows).length === 0;
  return { errors, ok, groups };
}
