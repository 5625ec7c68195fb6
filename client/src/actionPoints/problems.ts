import type { ActionPointProblem } from '../../../shared/board/actionPointRules.ts';

export type ApField = 'title' | 'body' | 'parties' | 'lead' | 'timeframe';

/** The field each named problem (docs/board-schema.md, A4) belongs to. */
export const fieldOfProblem: Record<ActionPointProblem, ApField> = {
  titleMissing: 'title',
  titleTooLong: 'title',
  bodyMissing: 'body',
  bodyTooLong: 'body',
  noParty: 'parties',
  otherPartyTooLong: 'parties',
  leadMissing: 'lead',
  leadNotAParty: 'lead',
  timeframeMissing: 'timeframe',
  timeframeTooLong: 'timeframe',
};

/** The id of a slot's field, for labels, error messages and links from the summary. */
export const fieldId = (slot: number, field: ApField | 'otherParty') => `ap-${slot}-${field}`;
