import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readActionPoints } from '../../../shared/board/actionPoints.ts';
import { SLOTS, validateActionPoint } from '../../../shared/board/actionPointRules.ts';
import { useDocValue } from '../board/useDocValue.ts';
import { ActionPointSlot } from './ActionPointSlot.tsx';
import { ProblemSummary } from './ProblemSummary.tsx';
import { useActionPointEdits } from './useActionPointEdits.ts';

/**
 * The group's two action points, edited together live in the board document. The group submits
 * when both are complete; then they are read-only until the facilitator reopens them (the
 * server undoes participants' changes to submitted action points anyway).
 */
export function ActionPointPanel({ doc, canEdit, locked }: {
  doc: Y.Doc;
  /** False for read-only viewers (the plenary token). */
  canEdit: boolean;
  /** The facilitator locked this board. */
  locked: boolean;
}) {
  const { t, i18n } = useTranslation();
  const view = useDocValue(doc, readActionPoints);
  const edits = useActionPointEdits(doc);
  const [triedSubmit, setTriedSubmit] = useState(false);
  const summaryId = useId();
  const readOnly = !canEdit || locked || view.submitted;
  const problems: [ReturnType<typeof validateActionPoint>, ReturnType<typeof validateActionPoint>] = [
    validateActionPoint(view.slots[0]), validateActionPoint(view.slots[1]),
  ];
  const complete = problems[0].length === 0 && problems[1].length === 0;
  const submittedAt = view.submittedAt
    ? new Date(view.submittedAt).toLocaleTimeString(i18n.resolvedLanguage, { hour: '2-digit', minute: '2-digit' })
    : '';

  return (
    <div className="ap-panel" data-submitted={view.submitted || undefined}>
      <p className="ap-panel__intro">{t('actionPoints.intro')}</p>
      {view.submitted && (
        <p className="ap-panel__submitted notice" role="status">
          <span className="badge badge--submitted">{t('actionPoints.submittedBadge')}</span>{' '}
          {t('actionPoints.submittedNote', { time: submittedAt })}
        </p>
      )}
      {!canEdit && !view.submitted && <p className="notice">{t('actionPoints.viewOnly')}</p>}
      {SLOTS.map((slot) => (
        <ActionPointSlot
          key={slot} doc={doc} slot={slot} view={view.slots[slot]} edits={edits}
          readOnly={readOnly} showAll={triedSubmit}
        />
      ))}
      {!view.submitted && canEdit && (
        <div className="ap-panel__submit">
          <ProblemSummary id={summaryId} problems={problems} />
          <button
            type="button" className="button button--primary" disabled={!complete || locked}
            aria-describedby={summaryId}
            onClick={() => {
              // A group mate may have emptied a field a moment ago: then show every problem.
              if (!edits.submit().ok) setTriedSubmit(true);
            }}
          >
            {t('actionPoints.submit')}
          </button>
        </div>
      )}
    </div>
  );
}
