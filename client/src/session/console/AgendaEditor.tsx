import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';
import type { Agenda } from '../../../../shared/schemas/session.ts';
import type { Run } from '../useControlRunner.ts';
import { draftOf, draftProblems, moveRow, newRow, sameAgenda, type DraftSegment } from './agendaDraft.ts';

/**
 * The programme: the "now" marker moves at once; edits to times and titles are a draft until
 * saved, so that a half-typed title never reaches the boards. Used by the console and by the
 * organiser page (to set the programme before the day); `showNow`: the "now" controls, which
 * matter on the day only.
 */
export function AgendaEditor({ agenda, run, showNow = true }: { agenda: Agenda; run: Run; showNow?: boolean }) {
  const { t } = useTranslation();
  const { segments, currentId } = agenda;
  const [rows, setRows] = useState<DraftSegment[]>(() => draftOf(segments));
  const [dirty, setDirty] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  // Another console changed the agenda (or this one saved): follow it, unless this one has
  // unsaved edits. Compared while rendering, React's pattern for state that follows props.
  const [seen, setSeen] = useState({ segments, dirty });
  if (seen.segments !== segments || seen.dirty !== dirty) {
    setSeen({ segments, dirty });
    if (!dirty) setRows(draftOf(segments));
  }

  const edit = (next: DraftSegment[]) => {
    setRows(next);
    setDirty(!sameAgenda(next, segments));
  };
  const update = (key: string, patch: Partial<DraftSegment>) => edit(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const problems = draftProblems(rows);
  const currentIndex = segments.findIndex((s) => s.id === currentId);
  const next = segments[currentIndex + 1];

  async function save() {
    if (problems.size > 0) {
      setShowErrors(true);
      return;
    }
    const reply = await run('agenda:set', {
      segments: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), start: r.start, title: r.title.trim() })),
    }, t('console.agenda.saved'));
    if (reply.ok) {
      setDirty(false);
      setShowErrors(false);
    }
  }

  return (
    <>
      {showNow && <div className="inline-row inline-row--wrap">
        <button
          type="button" className="button button--primary button--small" disabled={!next}
          onClick={() => next && void run('agenda:now', { segmentId: next.id }, t('console.agenda.movedTo', { title: next.title }))}
        >
          {t('console.agenda.next')}
        </button>
        <button
          type="button" className="button button--secondary button--small" disabled={currentId === null}
          onClick={() => void run('agenda:now', { segmentId: null }, t('console.agenda.cleared'))}
        >
          {t('console.agenda.clearNow')}
        </button>
      </div>}
      <ol className="agenda-list">
        {rows.map((row, i) => {
          const saved = row.id !== undefined && segments.some((s) => s.id === row.id);
          const isNow = saved && row.id === currentId;
          const rowProblems = showErrors ? problems.get(row.key) : undefined;
          const label = row.title.trim() || t('console.agenda.row', { n: String(i + 1) });
          return (
            <li key={row.key} className={`agenda-row${isNow ? ' agenda-row--now' : ''}`} aria-current={isNow ? 'step' : undefined}>
              <input
                className="input agenda-row__time" type="text" inputMode="numeric" placeholder="13:00" maxLength={5}
                value={row.start} required
                aria-label={t('console.agenda.start', { title: label })} aria-invalid={rowProblems?.has('start') || undefined}
                onChange={(e) => update(row.key, { start: e.target.value })}
              />
              {/* A textarea that grows with its title (agenda-row__title, field-sizing): an input cut it (issue 10). */}
              <textarea
                className="input input--grow agenda-row__title" rows={1} value={row.title} maxLength={Limits.titleLength}
                aria-label={t('console.agenda.title', { n: String(i + 1) })} aria-invalid={rowProblems?.has('title') || undefined}
                // One line of text: Enter does not start a new one, and a pasted line break becomes a space.
                onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
                onChange={(e) => update(row.key, { title: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') })}
              />
              <div className="agenda-row__tools">
                {!showNow ? null : isNow ? (
                  <span className="badge badge--now">{t('console.agenda.nowBadge')}</span>
                ) : (
                  <button
                    type="button" className="button button--ghost button--small" disabled={!saved || dirty}
                    onClick={() => row.id && void run('agenda:now', { segmentId: row.id }, t('console.agenda.movedTo', { title: row.title }))}
                  >
                    {t('console.agenda.makeNow')}<span className="visually-hidden">: {label}</span>
                  </button>
                )}
                <button type="button" className="button button--ghost button--icon" disabled={i === 0} onClick={() => edit(moveRow(rows, i, -1))}>
                  <span aria-hidden="true">↑</span><span className="visually-hidden">{t('console.agenda.up', { title: label })}</span>
                </button>
                <button type="button" className="button button--ghost button--icon" disabled={i === rows.length - 1} onClick={() => edit(moveRow(rows, i, 1))}>
                  <span aria-hidden="true">↓</span><span className="visually-hidden">{t('console.agenda.down', { title: label })}</span>
                </button>
                <button type="button" className="button button--ghost button--icon" onClick={() => edit(rows.filter((r) => r.key !== row.key))}>
                  <span aria-hidden="true">×</span><span className="visually-hidden">{t('console.agenda.remove', { title: label })}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {showErrors && problems.size > 0 && <p className="field__error" role="alert">{t('console.agenda.invalid')}</p>}
      <div className="inline-row inline-row--wrap">
        <button
          type="button" className="button button--secondary button--small" disabled={rows.length >= Limits.agendaSegments}
          onClick={() => edit([...rows, newRow(rows)])}
        >
          {t('console.agenda.add')}
        </button>
        <button type="button" className="button button--primary button--small" disabled={!dirty} onClick={() => void save()}>
          {t('console.agenda.save')}
        </button>
        {dirty && (
          <button type="button" className="button button--ghost button--small" onClick={() => { setDirty(false); setShowErrors(false); setRows(draftOf(segments)); }}>
            {t('console.agenda.discard')}
          </button>
        )}
      </div>
      {dirty && <p className="field__hint">{t('console.agenda.unsaved')}</p>}
    </>
  );
}
