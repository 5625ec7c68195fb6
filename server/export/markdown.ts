import type { ExportData } from './exportData.ts';
import { DECISION_LABEL, dutchDate } from './labels.ts';
import { actionPointRows, type ActionPointRow } from './rows.ts';
import { cleanText } from './text.ts';

/*
 * Readable Markdown, grouped per group. User text is escaped so that it reads back as the
 * same text: no stray emphasis, links, headings or lists, and no raw HTML (a viewer that
 * renders HTML in Markdown would otherwise run a participant's <script> or <img onerror>).
 */

/**
 * Escapes user text for use inside a line: `<` and `>` become entities (no HTML runs), `&` only
 * where it would start an entity ("&lt;" stays as typed; "Wonen & Zorg" stays plain), and
 * Markdown's inline marks (emphasis, code, links, tables, strikethrough) get a backslash.
 */
export function escapeInline(text: string): string {
  return cleanText(text)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/\n/g, ' ');
}

/** Escapes what only means something at the start of a line: headings, lists, setext underlines. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A paragraph of user text: each line escaped, each line break kept as a hard break (a
 * backslash at the end of the line) instead of being folded into a space, and runs of blank
 * lines kept as one. `indent` starts every line after the first (e.g. '> ' in a quote).
 */
export function escapeBlock(text: string, indent = ''): string {
  const lines = cleanText(text).trim().split('\n').map((l) => escapeLineStart(escapeInline(l.trim())));
  const kept = lines.filter((line, i) => line !== '' || lines[i - 1] !== '');
  return kept
    .map((line, i) => {
      const hardBreak = line !== '' && i < kept.length - 1 && kept[i + 1] !== '';
      return `${i > 0 ? indent : ''}${line}${hardBreak ? '\\' : ''}`;
    })
    .join('\n');
}

function decisionLine(r: ActionPointRow): string {
  if (!r.decision) return 'nog geen besluit';
  return r.decision === 'amended'
    ? `${DECISION_LABEL.amended}: ${escapeBlock(r.amendedText, '  ')}`
    : DECISION_LABEL[r.decision];
}

function actionPoint(r: ActionPointRow): string {
  const lines = [
    `### ${r.number}. ${escapeInline(r.title) || '(zonder titel)'}`,
    '',
    escapeBlock(r.body) || '_(geen toelichting)_',
    '',
    `- **Partijen:** ${escapeInline(r.parties.join(', ')) || '–'}`,
    `- **Trekker:** ${escapeInline(r.lead) || '–'}`,
    `- **Termijn:** ${escapeInline(r.timeframe) || '–'}`,
    `- **Stemmen plenair:** ${r.votes}`,
    `- **Besluit plenair:** ${decisionLine(r)}`,
  ];
  if (r.themeTitle) lines.push(`- **Thema:** ${escapeInline(r.themeTitle)}`);
  lines.push(`- **Status:** ${r.status}`);
  return lines.join('\n');
}

/** The action points as a Markdown document. */
export function actionPointsMarkdown(data: ExportData): string {
  const { workshop } = data;
  const rows = actionPointRows(data);
  const meta = [dutchDate(workshop.date), workshop.place.trim()].filter(Boolean).map(escapeInline).join(' · ');
  const out = [`# Actiepunten: ${escapeInline(workshop.title)}`, ''];
  if (meta) out.push(meta, '');
  if (workshop.description.trim()) out.push(escapeBlock(workshop.description), '');
  for (const group of data.groups) {
    out.push(`## ${escapeInline(group.name)}`, '');
    if (group.caseText.trim()) out.push(`> ${escapeBlock(group.caseText, '> ')}`, '');
    const own = rows.filter((r) => r.groupId === group.id);
    if (own.length === 0) out.push('_Deze groep heeft geen actiepunten._', '');
    for (const r of own) out.push(actionPoint(r), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
