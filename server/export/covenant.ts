import { Party } from '../../shared/board/actionPointRules.ts';
import type { ExportData } from './exportData.ts';
import { PARTY_LABEL } from './labels.ts';
import { actionPointRows, type ActionPointRow } from './rows.ts';

/*
 * What goes into the draft covenant, as plain data (the DOCX writer only lays it out):
 * adopted and amended action points become numbered articles, grouped under their theme (when
 * the plenary merged them into one) or else under their lead party; groups and the articles
 * within them are ordered by plenary votes, ties keeping the order of the groups on the board.
 * Parked action points go to an appendix, and those without a decision to a second one, so
 * that nothing the groups wrote is lost.
 */

export interface Article {
  /** 1, 2, 3… across the whole covenant. */
  number: number;
  row: ActionPointRow;
  /** The text of the article: the amended text when the plenary amended it, else the body. */
  text: string;
}

export interface ArticleGroup {
  kind: 'theme' | 'lead';
  /** The theme's title, or the lead party ('' when the action point names none). */
  title: string;
  votes: number;
  articles: Article[];
}

export interface CovenantModel {
  workshop: ExportData['workshop'];
  generatedAt: number;
  groupCount: number;
  /** Partners to sign: every party named in an article (the fixed list first), or the fixed list. */
  parties: string[];
  chapters: ArticleGroup[];
  parked: ActionPointRow[];
  undecided: ActionPointRow[];
}

const byVotes = <T extends { votes: number }>(a: T, b: T) => b.votes - a.votes;

export function covenantModel(data: ExportData): CovenantModel {
  const rows = actionPointRows(data);
  const adopted = rows.filter((r) => r.decision === 'adopted' || r.decision === 'amended');

  const groups = new Map<string, Omit<ArticleGroup, 'articles'> & { rows: ActionPointRow[] }>();
  for (const row of adopted) {
    const key = row.themeId ? `theme:${row.themeId}` : `lead:${row.lead.toLowerCase()}`;
    let group = groups.get(key);
    if (!group) {
      group = row.themeId
        ? { kind: 'theme', title: row.themeTitle, votes: 0, rows: [] }
        : { kind: 'lead', title: row.lead, votes: 0, rows: [] };
      groups.set(key, group);
    }
    group.votes += row.votes;
    group.rows.push(row);
  }
  // Array.prototype.sort is stable: equal votes keep the board order.
  let number = 0;
  const chapters = [...groups.values()].sort(byVotes).map(({ rows: own, ...group }): ArticleGroup => ({
    ...group,
    articles: [...own].sort(byVotes).map((row) => ({
      number: ++number,
      row,
      text: row.decision === 'amended' && row.amendedText ? row.amendedText : row.body,
    })),
  }));

  return {
    workshop: data.workshop,
    generatedAt: data.generatedAt,
    groupCount: data.groups.length,
    parties: partiesToSign(adopted),
    chapters,
    parked: rows.filter((r) => r.decision === 'parked').sort(byVotes),
    undecided: rows.filter((r) => r.decision === null).sort(byVotes),
  };
}

function partiesToSign(adopted: readonly ActionPointRow[]): string[] {
  const named = new Set(adopted.flatMap((r) => r.parties));
  if (named.size === 0) return Party.map((p) => PARTY_LABEL[p]);
  const fixed = Party.map((p) => PARTY_LABEL[p]).filter((label) => named.has(label));
  const others = [...named].filter((label) => !fixed.includes(label)).sort((a, b) => a.localeCompare(b, 'nl'));
  return [...fixed, ...others];
}
