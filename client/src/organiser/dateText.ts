/*
 * The workshop date as people type it in the page's language (issue 10: the browser's date
 * picker follows the browser's locale, not the page's). Stored as ISO `YYYY-MM-DD`; shown as
 * day-month-year, `12-03-2026` in Dutch and `12/03/2026` in English.
 */

const SEPARATOR: Record<string, string> = { nl: '-', en: '/' };

/** ISO `2026-03-12` → `12-03-2026` (nl) or `12/03/2026` (en); '' stays ''. */
export function formatDate(iso: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const sep = SEPARATOR[language] ?? '-';
  return `${m[3]}${sep}${m[2]}${sep}${m[1]}`;
}

/**
 * What was typed → ISO, '' for an empty field, undefined when it is no real date. Accepts
 * day-month-year with `-`, `/`, `.` or spaces (one- or two-digit day and month) and ISO.
 */
export function parseDate(text: string): string | undefined {
  const s = text.trim();
  if (s === '') return '';
  let y: number, mo: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const dmy = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(s);
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) [d, mo, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `donderdag 12 maart 2026` / `Thursday 12 March 2026`, to check what was typed. */
export function longDate(iso: string, language: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
}
