import type { ExportData } from './exportData.ts';
import { DECISION_LABEL } from './labels.ts';
import { actionPointRows } from './rows.ts';

/*
 * CSV for Excel set to Dutch: UTF-8 with a byte order mark (without it Excel reads the file as
 * Windows-1252 and "ë" becomes "Ã«"), ';' as separator (Dutch Excel uses ',' as the decimal
 * sign and expects ';'), CRLF line ends (RFC 4180), and every cell quoted when it holds a
 * separator, a quote or a line break.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

/** A spreadsheet reads a cell beginning with one of these as a formula, whatever follows (OWASP). */
const FORMULA_START = /^[=@\t\r]/;
/**
 * After a leading `+` or `-`, what a spreadsheet reads as a plain value: nothing (a bare "-"),
 * a number or phone number ("+31 (0)20 123 4567", "-5"), or a space and words without the
 * characters a formula needs to call a function, a reference or DDE ("- overleg").
 */
const HARMLESS_AFTER_SIGN = /^(?:[\d ().]*|\s[^()|!=+@"'*/^&<>]*)$/;

/** Whether a spreadsheet would evaluate the cell (docs/api.md, "csv"). */
export function wouldEvaluate(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  return /^[+-]/.test(text) && !HARMLESS_AFTER_SIGN.test(text.slice(1));
}

/**
 * One cell. A cell that a spreadsheet would evaluate gets a leading apostrophe, so that a title
 * like `=HYPERLINK("http://evil")` shows as text instead of running; harmless values such as a
 * phone number keep their look. Then it is quoted if needed.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (wouldEvaluate(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header, one CRLF-terminated line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

export const CSV_HEADER = [
  'Workshop', 'Groep', 'Nr', 'Titel', 'Toelichting', 'Partijen', 'Trekker', 'Termijn',
  'Stemmen plenair', 'Besluit plenair', 'Gewijzigde tekst', 'Thema', 'Status',
] as const;

/** One row per action point that is not empty, in group order (docs/api.md, "Export"). */
export function actionPointsCsv(data: ExportData): string {
  const rows = actionPointRows(data).map((r) => [
    data.workshop.title, r.groupName, r.number, r.title, r.body, r.parties.join(', '), r.lead, r.timeframe,
    r.votes, r.decision ? DECISION_LABEL[r.decision] : '', r.amendedText, r.themeTitle, r.status,
  ]);
  return toCsv(CSV_HEADER, rows);
}
