import * as Y from 'yjs';
import { ACTION_POINTS_ROOT } from '../../shared/board/actionPoints.ts';
import { BoardRoots, ROOT_KEY_CHECKS, type BoardRoot } from '../../shared/board/boardSchema.ts';
import { CASE_CARD_ID, itemsOf, votesOf } from '../../shared/board/schema.ts';
import { textLength } from '../../shared/board/fields.ts';
import { Limits } from '../../shared/limits.ts';
import type { RefusalReason } from '../../shared/schemas/boardNotice.ts';

/*
 * Judges what one client transaction actually changed, after Yjs applied it: the changed types
 * of the transaction, which include structs that an earlier update of the sender left pending
 * and this one released. Judging the bytes of the incoming update instead misses exactly those
 * (an action-point edit sent before the note it depends on), see issue 8, finding 1.
 */

/** What the sender may do beyond writing its board (shared/roles.ts). */
export interface JudgeContext {
  mayEditCaseCard: boolean;
  mayEditSubmittedActionPoints: boolean;
  /** Facts from just before the update was applied. */
  caseCardExisted: boolean;
  submittedBefore: boolean;
  /** True when the document (with this transaction) is past its total size cap. */
  overSizeCap: () => boolean;
}

/** An undo: of everything the transaction did (`all`), or of its action-point part only. */
export interface Refusal {
  scope: 'all' | 'actionPoints';
  reason: RefusalReason;
  limit?: string;
  /** Where, for the server log: a path of keys, never content. */
  path: string;
}

/** The board root each root type stands for; null for a root the schema does not know. */
function rootNameOf(doc: Y.Doc, type: Y.AbstractType<unknown>): BoardRoot | null {
  for (const name of Object.keys(BoardRoots) as BoardRoot[]) {
    if (doc.share.get(name) === type) return name;
  }
  return null;
}

const created = (tr: Y.Transaction, type: unknown): boolean => {
  const item = type instanceof Y.AbstractType ? type._item : null;
  return item !== null && item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
};

/**
 * The keys of each root map that the transaction changed (directly or deeper inside), or a
 * problem when it wrote outside the known roots or list content into a map.
 */
function touchedKeys(doc: Y.Doc, tr: Y.Transaction): Map<BoardRoot, Set<string>> | Refusal {
  const touched = new Map<BoardRoot, Set<string>>();
  for (const [type, keys] of tr.changed) {
    let root = type as Y.AbstractType<unknown>;
    let child: Y.AbstractType<unknown> | null = null;
    while (root._item !== null) {
      child = root;
      root = root._item.parent as Y.AbstractType<unknown>;
    }
    const name = rootNameOf(doc, root);
    if (name === null) return { scope: 'all', reason: 'schema', path: 'root' };
    const set = touched.get(name) ?? new Set<string>();
    touched.set(name, set);
    const rootKeys = child === null ? [...keys] : [child._item!.parentSub];
    for (const key of rootKeys) {
      // A null key is list content: a root map (or an entry of one) holds none.
      if (key === null) return { scope: 'all', reason: 'schema', path: name };
      set.add(key);
    }
  }
  return touched;
}

/** The first rule the transaction breaks, or null when it may stand as it is. */
export function judgeTransaction(doc: Y.Doc, tr: Y.Transaction, ctx: JudgeContext): Refusal | null {
  const touched = touchedKeys(doc, tr);
  if (!(touched instanceof Map)) return touched;
  let actionPointsRefusal: Refusal | null = null;
  for (const [root, keys] of touched) {
    const map = doc.getMap<unknown>(root);
    for (const key of keys) {
      const problem = ROOT_KEY_CHECKS[root](key, map.get(key));
      if (problem) return { scope: 'all', ...problem };
    }
    if (root === ACTION_POINTS_ROOT && ctx.submittedBefore && !ctx.mayEditSubmittedActionPoints) {
      actionPointsRefusal = { scope: 'actionPoints', reason: 'submitted', path: ACTION_POINTS_ROOT };
    }
  }
  const items = touched.get('items');
  if (items) {
    const refusal = judgeItems(doc, tr, items, ctx);
    if (refusal) return refusal;
  }
  const votes = touched.get('votes');
  if (votes && votesOf(doc).size > Limits.maxVoteEntries && [...votes].some((k) => votesOf(doc).has(k))) {
    return { scope: 'all', reason: 'limit', limit: 'maxVoteEntries', path: 'votes' };
  }
  if (ctx.overSizeCap()) return { scope: 'all', reason: 'docSize', path: 'doc' };
  return actionPointsRefusal;
}

/** The rules across items: the case card's writers, the item and arrow counts. */
function judgeItems(doc: Y.Doc, tr: Y.Transaction, ids: Set<string>, ctx: JudgeContext): Refusal | null {
  const items = itemsOf(doc);
  if (ids.has(CASE_CARD_ID) && !ctx.mayEditCaseCard) {
    // A participant may lay out the template on an empty board (it creates an empty case
    // card), but never change or remove a case card that is there.
    const card = items.get(CASE_CARD_ID);
    if (ctx.caseCardExisted || (card !== undefined && textLength(card.get('text')) > 0)) {
      return { scope: 'all', reason: 'caseCard', path: `items.${CASE_CARD_ID}` };
    }
  }
  const added = [...ids].filter((id) => created(tr, items.get(id)));
  if (added.length === 0) return null;
  if (items.size > Limits.maxItems) return { scope: 'all', reason: 'limit', limit: 'maxItems', path: 'items' };
  if (added.some((id) => items.get(id)?.get('type') === 'arrow')) {
    let arrows = 0;
    items.forEach((item) => {
      if (item.get('type') === 'arrow') arrows++;
    });
    if (arrows > Limits.maxArrows) return { scope: 'all', reason: 'limit', limit: 'maxArrows', path: 'items' };
  }
  return null;
}
