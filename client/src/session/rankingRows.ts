import type { PlenaryActionPoint, PlenarySnapshot, RankEntry } from '../../../shared/schemas/plenary.ts';
import { amendedHeadline, amendsText } from '../../../shared/text/amendment.ts';

/** One line of the ballot's ranking, as the console and the beamer draw it. */
export interface RankingRow {
  key: string;
  /** The title to show: an amendment's headline once the plenary amended the point ('' = untitled). */
  title: string;
  /** The group's own title that an amendment replaced; null when nothing replaced it. */
  replaced: string | null;
  origin: { kind: 'theme'; count: number } | { kind: 'actionPoint'; group: string; n: number };
  votes: number;
  /** The bar's length in percent of the most votes shown. */
  share: number;
}

function keyOf(entry: RankEntry): string {
  return entry.kind === 'theme' ? `theme:${entry.themeId}` : entry.apKey;
}

/**
 * The title of a ranked action point. The ranking entry carries the group's title; an
 * amendment ("aangenomen met wijziging") replaces it, as it does on the tiles, so the ranking
 * and the tiles never name one point differently. The replaced title stays beside it only when
 * it reads differently (an amendment of the explanation alone keeps the title).
 */
function titleOf(entry: RankEntry & { kind: 'actionPoint' }, ap: PlenaryActionPoint | undefined): Pick<RankingRow, 'title' | 'replaced'> {
  const text = ap?.decision?.status === 'amended' ? ap.decision.text ?? '' : '';
  const headline = amendedHeadline(text);
  if (!headline) return { title: entry.title, replaced: null };
  return { title: headline, replaced: entry.title && amendsText(headline, entry.title) ? entry.title : null };
}

/** The first `limit` entries of the snapshot's ranking (most votes first), ready to draw. */
export function rankingRows(snapshot: PlenarySnapshot, limit?: number): RankingRow[] {
  const entries = snapshot.ranking.slice(0, limit);
  const max = Math.max(1, ...entries.map((e) => e.votes));
  const points = new Map(snapshot.groups.flatMap((g) => g.actionPoints.map((ap) => [ap.apKey, ap] as const)));
  const groupName = (id: string) => snapshot.groups.find((g) => g.id === id)?.name ?? '';
  return entries.map((entry): RankingRow => {
    const share = (100 * entry.votes) / max;
    if (entry.kind === 'theme') {
      return { key: keyOf(entry), title: entry.title, replaced: null, origin: { kind: 'theme', count: entry.apKeys.length }, votes: entry.votes, share };
    }
    return {
      key: keyOf(entry), ...titleOf(entry, points.get(entry.apKey)),
      origin: { kind: 'actionPoint', group: groupName(entry.groupId), n: entry.slot + 1 },
      votes: entry.votes, share,
    };
  });
}
