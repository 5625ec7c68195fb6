import type { PlenaryActionPoint } from '../../shared/schemas/plenary.ts';
import type { DecisionStatus } from '../../shared/schemas/session.ts';
import type { ExportData } from './exportData.ts';
import { partiesOf, partyLabel, statusLabel } from './labels.ts';

/** One action point as every export lists it. */
export interface ActionPointRow {
  apKey: string;
  groupId: string;
  groupName: string;
  /** 1 or 2: the action point's number within its group. */
  number: number;
  title: string;
  body: string;
  /** Party labels, ticked ones first. */
  parties: string[];
  lead: string;
  timeframe: string;
  votes: number;
  decision: DecisionStatus | null;
  /** The new text of an amended action point ('' otherwise). */
  amendedText: string;
  themeId: string | null;
  themeTitle: string;
  /** `ingediend`, `compleet` or `concept`. */
  status: string;
  ap: PlenaryActionPoint;
}

/** Every action point that is not empty, in group order then slot order. */
export function actionPointRows(data: ExportData): ActionPointRow[] {
  const themeTitle = new Map(data.snapshot.themes.map((t) => [t.id, t.title]));
  return data.snapshot.groups.flatMap((group) => group.actionPoints
    .filter((ap) => ap.state !== 'empty')
    .map((ap): ActionPointRow => ({
      apKey: ap.apKey,
      groupId: group.id,
      groupName: group.name,
      number: ap.slot + 1,
      title: ap.title.trim(),
      body: ap.body.trim(),
      parties: partiesOf(ap),
      lead: ap.lead ? partyLabel(ap.lead) : '',
      timeframe: ap.timeframe.trim(),
      votes: ap.votes,
      decision: ap.decision?.status ?? null,
      amendedText: ap.decision?.status === 'amended' ? (ap.decision.text ?? '').trim() : '',
      themeId: ap.themeId,
      themeTitle: ap.themeId ? themeTitle.get(ap.themeId) ?? '' : '',
      status: statusLabel(ap),
      ap,
    })));
}
