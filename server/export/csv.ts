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

/** Cells that a spreadsheet would read as a formula begin with one of these (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. A cell that would start a formula gets a leading apostrophe, so that a title like
 * `=HYPERLINK("http://evil")` shows as text instead of running; then it is quoted if needed.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
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
