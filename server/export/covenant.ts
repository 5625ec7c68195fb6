import { Party } from '../../shared/board/actionPointRules.ts';
import type { ExportData } from './exportData.ts';
import { PARTY_LABEL } from './labels.ts';
import { actionPointRows, type ActionPointRow } from './rows.ts';

/*
 * What goes into the draft covenant, as plain data (the DOCX writer only lays it out):
 * adopted and amended action points become numbered articles, grouped under their theme (when
 * the plenary merged them into one) or else under their lead party; groups and the articles
 * within them are ordered by plenary votes, ties keeping the order of the groups on the board.
 * Where each article came from (group, votes, the group's own text) goes to an appendix, so
 * that the articles read as agreements. Parked action points go to an appendix of their own,
 * and those without a decision to another, so that nothing the groups wrote is lost.
 */

/**
 * Number of the first article made from an action point: article 1 is the covenant's purpose
 * (covenantStandard.ts), which a lawyer expects before the agreements themselves.
 */
export const FIRST_AGREEMENT_ARTICLE = 2;

/** The covenant's chapters, numbered by Word; the introduction refers to them by these numbers. */
export const CHAPTER = { general: 1, agreements: 2, closing: 3 } as const;

export interface Article {
  /** Article number across the whole covenant (from FIRST_AGREEMENT_ARTICLE). */
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

/** Appendices in the order they appear (numbered from 1); only those with content exist. */
export type AppendixKind = 'origin' | 'parked' | 'undecided';

/** What the introduction counts, so that each sentence can be true to the data. */
export interface CovenantCounts {
  groups: number;
  /** Groups that wrote at least one action point. */
  groupsWithPoints: number;
  /** Action points that are not empty. */
  points: number;
  /** Adopted articles, amended ones included. */
  adopted: number;
  amended: number;
  parked: number;
  undecided: number;
  /** Plenary votes on all action points. */
  votes: number;
}

/** A case text as the preamble quotes it: groups that had the same case share one quote. */
export interface CaseQuote {
  groups: string[];
  text: string;
}

export interface CovenantModel {
  workshop: ExportData['workshop'];
  generatedAt: number;
  /** The covenant's subtitle ('' for none). */
  subject: string;
  /** The town of signing ('' prints dots). */
  signingPlace: string;
  counts: CovenantCounts;
  /** Partners to sign: every party named in an article (the fixed list first), or the fixed list. */
  parties: string[];
  chapters: ArticleGroup[];
  parked: ActionPointRow[];
  undecided: ActionPointRow[];
  appendices: AppendixKind[];
  cases: CaseQuote[];
}

const byVotes = <T extends { votes: number }>(a: T, b: T) => b.votes - a.votes;

export function covenantModel(data: ExportData): CovenantModel {
  const rows = actionPointRows(data);
  const adopted = rows.filter((r) => r.decision === 'adopted' || r.decision === 'amended');
  const chapters = articleGroups(adopted);
  const parked = rows.filter((r) => r.decision === 'parked').sort(byVotes);
  const undecided = rows.filter((r) => r.decision === null).sort(byVotes);
  const appendices: AppendixKind[] = [
    ...(adopted.length > 0 ? ['origin' as const] : []),
    ...(parked.length > 0 ? ['parked' as const] : []),
    ...(undecided.length > 0 ? ['undecided' as const] : []),
  ];
  return {
    workshop: data.workshop,
    generatedAt: data.generatedAt,
    subject: data.workshop.covenantSubject.trim(),
    signingPlace: data.workshop.signingPlace.trim(),
    counts: {
      groups: data.groups.length,
      groupsWithPoints: new Set(rows.map((r) => r.groupId)).size,
      points: rows.length,
      adopted: adopted.length,
      amended: adopted.filter((r) => r.decision === 'amended').length,
      parked: parked.length,
      undecided: undecided.length,
      votes: rows.reduce((n, r) => n + r.votes, 0),
    },
    parties: partiesToSign(adopted),
    chapters,
    parked,
    undecided,
    appendices,
    cases: caseQuotes(data),
  };
}

function articleGroups(adopted: readonly ActionPointRow[]): ArticleGroup[] {
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
  let number = FIRST_AGREEMENT_ARTICLE - 1;
  return [...groups.values()].sort(byVotes).map(({ rows: own, ...group }): ArticleGroup => ({
    ...group,
    articles: [...own].sort(byVotes).map((row) => ({
      number: ++number,
      row,
      text: row.decision === 'amended' && row.amendedText ? row.amendedText : row.body,
    })),
  }));
}

function partiesToSign(adopted: readonly ActionPointRow[]): string[] {
  const named = new Set(adopted.flatMap((r) => r.parties));
  if (named.size === 0) return Party.map((p) => PARTY_LABEL[p]);
  const fixed = Party.map((p) => PARTY_LABEL[p]).filter((label) => named.has(label));
  const others = [...named].filter((label) => !fixed.includes(label)).sort((a, b) => a.localeCompare(b, 'nl'));
  return [...fixed, ...others];
}

/** Each distinct case text once, with the groups that had it, in group order. */
function caseQuotes(data: ExportData): CaseQuote[] {
  const byText = new Map<string, CaseQuote>();
  for (const g of data.groups) {
    const text = g.caseText.trim();
    if (!text) continue;
    const quote = byText.get(text);
    if (quote) quote.groups.push(g.name);
    else byText.set(text, { groups: [g.name], text });
  }
  return [...byText.values()];
}

/** Number of the last article made from an action point (FIRST_AGREEMENT_ARTICLE - 1 when none). */
export function lastAgreementArticle(m: Pick<CovenantModel, 'counts'>): number {
  return FIRST_AGREEMENT_ARTICLE - 1 + m.counts.adopted;
}

/** The number of an appendix (1-based), or undefined when the covenant has none of that kind. */
export function appendixNumber(m: Pick<CovenantModel, 'appendices'>, kind: AppendixKind): number | undefined {
  const i = m.appendices.indexOf(kind);
  return i < 0 ? undefined : i + 1;
}
