import * as Y from 'yjs';
import { Party, emptyActionPoint, type ActionPointView, type ActionPointsView } from './actionPointRules.ts';

/* Reading a group's action points out of its board document (docs/board-schema.md). */

/** Name of the root map; the server's board rules look for it (server/yjs/transactionJudge.ts). */
export const ACTION_POINTS_ROOT = 'actionPoints';

export function actionPointsOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(ACTION_POINTS_ROOT);
}

export function isSubmitted(doc: Y.Doc): boolean {
  return actionPointsOf(doc).get('submitted') === true;
}

/** The Y.Text of a slot's title or body, or null before the action step created it: a field anchors its caret in it. */
export function actionText(doc: Y.Doc, slot: number, field: 'title' | 'body'): Y.Text | null {
  const map = actionPointsOf(doc).get(String(slot));
  const text = map instanceof Y.Map ? map.get(field) : null;
  return text instanceof Y.Text ? text : null;
}

function str(v: unknown): string {
  if (v instanceof Y.Text) return v.toString();
  return typeof v === 'string' ? v : '';
}

function readSlot(value: unknown): ActionPointView {
  if (!(value instanceof Y.Map)) return emptyActionPoint();
  const parties = value.get('parties');
  const ids = value.get('sourceNoteIds');
  return {
    title: str(value.get('title')),
    body: str(value.get('body')),
    parties: parties instanceof Y.Map ? Party.filter((p) => parties.get(p) === true) : [],
    otherParty: str(value.get('otherParty')),
    lead: str(value.get('lead')),
    timeframe: str(value.get('timeframe')),
    sourceNoteIds: ids instanceof Y.Array ? ids.toArray().filter((id): id is string => typeof id === 'string') : [],
  };
}

/** Both action points as plain data; tolerant of missing or malformed fields. */
export function readActionPoints(doc: Y.Doc): ActionPointsView {
  const root = actionPointsOf(doc);
  const at = root.get('submittedAt');
  return {
    slots: [readSlot(root.get('0')), readSlot(root.get('1'))],
    submitted: root.get('submitted') === true,
    submittedAt: typeof at === 'number' && Number.isFinite(at) ? at : null,
  };
}
