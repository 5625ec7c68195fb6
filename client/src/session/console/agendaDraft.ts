import type { AgendaSegment } from '../../../../shared/schemas/session.ts';

/** A row of the agenda being edited; `id` is absent for a row not yet saved. */
export interface DraftSegment {
  key: string;
  id?: string;
  start: string;
  title: string;
}

let counter = 0;
const newKey = () => `new-${++counter}`;

export function draftOf(segments: readonly AgendaSegment[]): DraftSegment[] {
  return segments.map((s) => ({ key: s.id, id: s.id, start: s.start, title: s.title }));
}

/** A new row half an hour after the last one (or at 13:00 on an empty agenda). */
export function newRow(rows: readonly DraftSegment[]): DraftSegment {
  const last = rows.at(-1)?.start;
  let start = '13:00';
  if (last && /^\d\d:\d\d$/.test(last)) {
    const [h, m] = last.split(':').map(Number) as [number, number];
    const minutes = Math.min(23 * 60 + 59, h * 60 + m + 30);
    start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return { key: newKey(), start, title: '' };
}

export function moveRow(rows: readonly DraftSegment[], index: number, by: -1 | 1): DraftSegment[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

/** What problems keep the draft from being saved: per row key, 'start' and/or 'title'. */
export function draftProblems(rows: readonly DraftSegment[]): Map<string, Set<'start' | 'title'>> {
  const problems = new Map<string, Set<'start' | 'title'>>();
  for (const row of rows) {
    const p = new Set<'start' | 'title'>();
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(row.start)) p.add('start');
    if (!row.title.trim()) p.add('title');
    if (p.size > 0) problems.set(row.key, p);
  }
  return problems;
}

export function sameAgenda(rows: readonly DraftSegment[], segments: readonly AgendaSegment[]): boolean {
  return rows.length === segments.length
    && rows.every((r, i) => r.id === segments[i]?.id && r.start === segments[i]?.start && r.title === segments[i]?.title);
}
