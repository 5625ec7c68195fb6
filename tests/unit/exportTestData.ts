import * as Y from 'yjs';
import {
  setActionText, setLead, setOtherParty, setParty, setTimeframe,
} from '../../shared/board/actionPoints.ts';
import type { Party, Slot } from '../../shared/board/actionPointRules.ts';
import { readBoard } from '../../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../../shared/board/schema.ts';
import { derivePlenarySnapshot } from '../../shared/plenary.ts';
import { DEFAULT_COVENANT_SUBJECT } from '../../shared/schemas/organiser.ts';
import type { SessionState } from '../../shared/schemas/session.ts';
import type { ExportData } from '../../server/export/exportData.ts';
import { defaultSessionState } from '../../server/session/defaultSession.ts';

/* In-memory export data for unit tests of the writers: real documents, the real snapshot. */

export const local: ChangeOrigin = { kind: 'local' };

export interface ApSpec {
  title: string;
  body?: string;
  parties?: Party[];
  other?: string;
  lead?: string;
  timeframe?: string;
}

export function writeAp(doc: Y.Doc, slot: Slot, ap: ApSpec): void {
  setActionText(doc, slot, 'title', ap.title, local);
  setActionText(doc, slot, 'body', ap.body ?? 'Omdat het helpt.', local);
  for (const p of ap.parties ?? ['gemeente']) setParty(doc, slot, p, true, local);
  if (ap.other) setOtherParty(doc, slot, ap.other, local);
  setLead(doc, slot, ap.lead ?? ap.parties?.[0] ?? 'gemeente', local);
  setTimeframe(doc, slot, ap.timeframe ?? 'dit jaar', local);
}

export function exportDataOf(
  groups: { id: string; name: string; doc: Y.Doc }[],
  change: (s: SessionState) => void = () => {},
  details: Partial<ExportData['workshop']> = {},
): ExportData {
  const session = defaultSessionState();
  change(session);
  const workshop = {
    id: 'w1', title: 'Werkconferentie', date: '2026-03-12', place: 'Utrecht', description: '',
    signingPlace: '', covenantSubject: DEFAULT_COVENANT_SUBJECT, ...details,
  };
  const snapshot = derivePlenarySnapshot({
    workshop: { id: workshop.id, title: workshop.title, groups: groups.map(({ id, name }) => ({ id, name })) },
    boards: Object.fromEntries(groups.map((g) => [g.id, g.doc])),
    session,
  });
  return {
    generatedAt: Date.UTC(2026, 2, 12, 16, 30),
    workshop,
    snapshot,
    groups: groups.map((g) => {
      const board = readBoard(g.doc);
      return { id: g.id, name: g.name, caseText: board.caseCard?.text ?? '', board };
    }),
  };
}

/** Gives `apKey` `n` votes from fresh voters. */
export function votes(s: SessionState, apKey: string, n: number): void {
  for (let i = 0; i < n; i++) s.ballot.votes[`${apKey}-voter-${i}`] = { [apKey]: 1 };
}
