import { Limits } from '../limits.ts';

/*
 * The rules of a group's two action points as plain data: what a complete action point is,
 * and its state. No Yjs here, so that the plenary snapshot, the export and the UI share them.
 */

/** The parties a participant can tick; anything else goes in the free-text "other" party. */
export const Party = ['gemeente', 'woningcorporatie', 'politie', 'antidiscriminatievoorziening'] as const;
export type Party = (typeof Party)[number];

/** Every group has exactly two slots. */
export const SLOTS = [0, 1] as const;
export type Slot = (typeof SLOTS)[number];

/** A plain, read-only view of one action point. */
export interface ActionPointView {
  title: string;
  /** Why and how, in a few sentences. */
  body: string;
  /** Ticked parties, in the order of `Party`. */
  parties: Party[];
  /** A party that is not in the list, as free text ('' when none). */
  otherParty: string;
  /** One of `parties`, or the `otherParty` text. */
  lead: string;
  timeframe: string;
  /** Notes this action point was started from or linked to. */
  sourceNoteIds: string[];
}

export interface ActionPointsView {
  slots: [ActionPointView, ActionPointView];
  submitted: boolean;
  /** Server or client epoch ms of the submit; null while not submitted. */
  submittedAt: number | null;
}

/** Named problems, so that each UI language words them itself. */
export const ActionPointProblem = {
  titleMissing: 'titleMissing',
  titleTooLong: 'titleTooLong',
  bodyMissing: 'bodyMissing',
  bodyTooLong: 'bodyTooLong',
  noParty: 'noParty',
  otherPartyTooLong: 'otherPartyTooLong',
  leadMissing: 'leadMissing',
  leadNotAParty: 'leadNotAParty',
  timeframeMissing: 'timeframeMissing',
  timeframeTooLong: 'timeframeTooLong',
} as const;
export type ActionPointProblem = (typeof ActionPointProblem)[keyof typeof ActionPointProblem];

/** empty: nothing written yet; draft: started but not complete; complete: no problems. */
export type ActionPointState = 'empty' | 'draft' | 'complete';

export function emptyActionPoint(): ActionPointView {
  return { title: '', body: '', parties: [], otherParty: '', lead: '', timeframe: '', sourceNoteIds: [] };
}

export function emptyActionPoints(): ActionPointsView {
  return { slots: [emptyActionPoint(), emptyActionPoint()], submitted: false, submittedAt: null };
}

/** The parties a lead may be chosen from: the ticked ones plus the other party, if named. */
export function leadCandidates(view: ActionPointView): string[] {
  const other = view.otherParty.trim();
  return other ? [...view.parties, other] : [...view.parties];
}

/** Every problem that keeps `view` from being complete; [] when it is complete. */
export function validateActionPoint(view: ActionPointView): ActionPointProblem[] {
  const problems: ActionPointProblem[] = [];
  const P = ActionPointProblem;
  if (!view.title.trim()) problems.push(P.titleMissing);
  if (view.title.length > Limits.actionTitleLength) problems.push(P.titleTooLong);
  if (!view.body.trim()) problems.push(P.bodyMissing);
  if (view.body.length > Limits.actionBodyLength) problems.push(P.bodyTooLong);
  if (view.parties.length === 0 && !view.otherParty.trim()) problems.push(P.noParty);
  if (view.otherParty.length > Limits.partyNameLength) problems.push(P.otherPartyTooLong);
  if (!view.lead.trim()) problems.push(P.leadMissing);
  else if (!leadCandidates(view).includes(view.lead.trim())) problems.push(P.leadNotAParty);
  if (!view.timeframe.trim()) problems.push(P.timeframeMissing);
  if (view.timeframe.length > Limits.timeframeLength) problems.push(P.timeframeTooLong);
  return problems;
}

export function actionPointState(view: ActionPointView): ActionPointState {
  const blank = !view.title.trim() && !view.body.trim() && view.parties.length === 0
    && !view.otherParty.trim() && !view.lead.trim() && !view.timeframe.trim();
  if (blank) return 'empty';
  return validateActionPoint(view).length === 0 ? 'complete' : 'draft';
}

/** The key of one action point across the workshop: `${groupId}:${slot}`. */
export function apKeyOf(groupId: string, slot: Slot): string {
  return `${groupId}:${slot}`;
}

/** Splits an apKey; undefined when it is not `<groupId>:<0|1>`. */
export function parseApKey(key: string): { groupId: string; slot: Slot } | undefined {
  const match = /^([A-Za-z0-9_-]{1,64}):([01])$/.exec(key);
  if (!match) return undefined;
  return { groupId: match[1] ?? '', slot: Number(match[2]) as Slot };
}
