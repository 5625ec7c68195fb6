import * as Y from 'yjs';
import { Limits } from '../limits.ts';
import type { BoardLimit } from './errors.ts';
import { textLength } from './fields.ts';
import { itemsOf, metaOf, MetaKey, votesOf } from './schema.ts';

export interface LimitViolation {
  limit: BoardLimit | 'maxVotesPerPerson';
  /** The item that breaks the limit; absent for board-wide limits. */
  itemId?: string;
  actual: number;
  max: number;
}

/** The text field and its limit, per item kind. */
const TEXT_LIMITS: Record<string, [key: string, limit: BoardLimit]> = {
  note: ['text', 'noteTextLength'],
  text: ['text', 'labelTextLength'],
  section: ['title', 'sectionTitleLength'],
  case: ['text', 'caseTextLength'],
};

/**
 * Every limit the board breaks, or [] when it keeps them all. The model's functions never
 * write past a limit; this is for the server, which receives raw updates from clients that
 * may not use the model (or a hostile one), to check a board after applying an update and
 * refuse or report it. Scans the whole document: O(items + votes).
 */
export function checkBoardLimits(doc: Y.Doc): LimitViolation[] {
  const found: LimitViolation[] = [];
  const items = itemsOf(doc);
  if (items.size > Limits.maxItems) found.push({ limit: 'maxItems', actual: items.size, max: Limits.maxItems });
  let arrows = 0;
  items.forEach((item, id) => {
    if (!(item instanceof Y.Map)) return;
    const type = item.get('type');
    if (type === 'arrow') arrows++;
    const rule = typeof type === 'string' ? TEXT_LIMITS[type] : undefined;
    if (rule) {
      const [key, limit] = rule;
      const length = textLength(item.get(key));
      if (length > Limits[limit]) found.push({ limit, itemId: id, actual: length, max: Limits[limit] });
    }
    if (type === 'stroke') {
      const raw: unknown = item.get('points');
      const length = raw instanceof Y.Array ? raw.length : Array.isArray(raw) ? raw.length : 0;
      const points = Math.ceil(length / 2);
      if (points > Limits.maxStrokePoints) found.push({ limit: 'maxStrokePoints', itemId: id, actual: points, max: Limits.maxStrokePoints });
    }
  });
  if (arrows > Limits.maxArrows) found.push({ limit: 'maxArrows', actual: arrows, max: Limits.maxArrows });
  const votes = votesOf(doc).size;
  if (votes > Limits.maxVoteEntries) found.push({ limit: 'maxVoteEntries', actual: votes, max: Limits.maxVoteEntries });
  const perPerson = metaOf(doc).get(MetaKey.votesPerPerson);
  if (typeof perPerson === 'number' && perPerson > Limits.maxVotesPerPerson) {
    found.push({ limit: 'maxVotesPerPerson', actual: perPerson, max: Limits.maxVotesPerPerson });
  }
  return found;
}
