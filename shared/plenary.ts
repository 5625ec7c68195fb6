import * as Y from 'yjs';
import { readActionPoints } from './board/actionPoints.ts';
import {
  SLOTS, actionPointState, apKeyOf, emptyActionPoints, type ActionPointsView, type Slot,
} from './board/actionPointRules.ts';
import { itemsOf } from './board/schema.ts';
import {
  PLENARY_SNAPSHOT_VERSION,
  type BallotItems, type PlenaryActionPoint, type PlenaryGroup, type PlenarySnapshot, type RankEntry,
} from './schemas/plenary.ts';
import { ballotTotals, type PublicSessionState, type SessionState } from './schemas/session.ts';

/*
 * The one function that turns group documents and the session state into what the plenary
 * shows. The server sends its result to the beamer and the console; the export (issue 5)
 * calls it too, without a server, so that both can never tell a different story.
 */

/** What the snapshot needs of one board. */
export interface BoardSummary {
  actionPoints: ActionPointsView;
  noteCount: number;
}

export interface PlenaryInput {
  workshop: { id: string; title: string; groups: readonly { id: string; name: string }[] };
  /** Per group id: its document, or a summary of it; a missing group counts as an empty board. */
  boards: Readonly<Record<string, Y.Doc | BoardSummary | undefined>>;
  /** The stored state (with every voter's votes) or the public one (with totals). */
  session: Pick<SessionState | PublicSessionState, 'plenary' | 'ballot' | 'decisions' | 'themes'>;
}

/** Reads what the snapshot needs from a board document. */
export function summarizeBoard(doc: Y.Doc): BoardSummary {
  let noteCount = 0;
  itemsOf(doc).forEach((item) => {
    if (item instanceof Y.Map && item.get('type') === 'note') noteCount++;
  });
  return { actionPoints: readActionPoints(doc), noteCount };
}

function totalsOf(ballot: PlenaryInput['session']['ballot']): Record<string, number> {
  return 'totals' in ballot ? ballot.totals : ballotTotals(ballot);
}

/** Derives the plenary snapshot: plain JSON, the same for the same input. */
export function derivePlenarySnapshot(input: PlenaryInput): PlenarySnapshot {
  const { workshop, boards, session } = input;
  const totals = totalsOf(session.ballot);
  const themeOf = new Map<string, string>();
  for (const theme of session.themes) for (const key of theme.apKeys) themeOf.set(key, theme.id);
  const revealed = session.plenary.revealed;

  const groups: PlenaryGroup[] = workshop.groups.map((group) => {
    const board = boards[group.id];
    const summary = board instanceof Y.Doc ? summarizeBoard(board)
      : board ?? { actionPoints: emptyActionPoints(), noteCount: 0 };
    const { slots, submitted, submittedAt } = summary.actionPoints;
    const actionPoints = SLOTS.map((slot): PlenaryActionPoint => {
      const view = slots[slot];
      const apKey = apKeyOf(group.id, slot);
      return {
        apKey, slot, ...view,
        state: actionPointState(view),
        submitted,
        votes: totals[apKey] ?? 0,
        decision: session.decisions[apKey] ?? null,
        themeId: themeOf.get(apKey) ?? null,
      };
    }) as [PlenaryActionPoint, PlenaryActionPoint];
    return {
      id: group.id,
      name: group.name,
      noteCount: summary.noteCount,
      submitted,
      submittedAt,
      completeCount: actionPoints.filter((ap) => ap.state === 'complete').length,
      revealed: revealed === 'all' || revealed.includes(group.id),
      actionPoints,
    };
  });

  const byKey = new Map(groups.flatMap((g) => g.actionPoints.map((ap) => [ap.apKey, ap] as const)));
  const themes = session.themes.map((t) => ({
    id: t.id,
    title: t.title,
    apKeys: [...t.apKeys],
    votes: t.apKeys.reduce((sum, key) => sum + (byKey.get(key)?.votes ?? 0), 0),
  }));
  const ranking: RankEntry[] = [];
  const themed = new Set<string>();
  // Only submitted action points are on the ballot: a group still editing is not ranked (and
  // the server refuses votes for it, sessionService.ts), a theme is as soon as one of its is.
  for (const group of groups) {
    if (!group.submitted) continue;
    for (const ap of group.actionPoints) {
      if (ap.state === 'empty') continue;
      if (ap.themeId) {
        if (themed.has(ap.themeId)) continue;
        themed.add(ap.themeId);
        const theme = themes.find((t) => t.id === ap.themeId);
        if (theme) ranking.push({ kind: 'theme', themeId: theme.id, title: theme.title, apKeys: theme.apKeys, votes: theme.votes });
        continue;
      }
      ranking.push({ kind: 'actionPoint', apKey: ap.apKey, groupId: group.id, slot: ap.slot, title: ap.title, votes: ap.votes });
    }
  }
  // Array.prototype.sort is stable, so equal votes keep the group order.
  ranking.sort((a, b) => b.votes - a.votes);

  return {
    version: PLENARY_SNAPSHOT_VERSION,
    workshopId: workshop.id,
    title: workshop.title,
    groups,
    ranking,
    themes,
    spotlight: session.plenary.spotlight,
  };
}

/** What participants' ballots list: every action point that is not empty, of groups that submitted. */
export function ballotItemsOf(
  snapshot: PlenarySnapshot, ballot: { open: boolean; votesPerPerson: number },
): BallotItems {
  const items = snapshot.groups.filter((g) => g.submitted).flatMap((g) => g.actionPoints
    .filter((ap) => ap.state !== 'empty')
    .map((ap) => ({
      apKey: ap.apKey, groupId: g.id, groupName: g.name, slot: ap.slot as Slot,
      title: ap.title, body: ap.body, themeId: ap.themeId,
    })));
  return { open: ballot.open, votesPerPerson: ballot.votesPerPerson, items };
}
