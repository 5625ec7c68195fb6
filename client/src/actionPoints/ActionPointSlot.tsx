import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { validateActionPoint, type ActionPointView, type Slot } from '../../../shared/board/actionPointRules.ts';
import { actionText } from '../../../shared/board/actionPointsRead.ts';
import { Limits } from '../../../shared/limits.ts';
import { LeadField } from './LeadField.tsx';
import { PartiesField } from './PartiesField.tsx';
import { fieldId, fieldOfProblem, type ApField } from './problems.ts';
import { SharedTextField } from './SharedTextField.tsx';
import { SourceNotes } from './SourceNotes.tsx';
import type { ActionPointEdits } from './useActionPointEdits.ts';

/**
 * One of the group's two action points. A field shows its problem once someone here has left
 * it (or tried to submit), so that an empty form does not start out all red.
 */
export function ActionPointSlot({ doc, slot, view, edits, readOnly, showAll }: {
  doc: Y.Doc; slot: Slot; view: ActionPointView; edits: ActionPointEdits; readOnly: boolean; showAll: boolean;
}) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<ApField>>(new Set());
  const touch = (field: ApField) => setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field)));
  const problems = validateActionPoint(view);
  const errorOf = (field: ApField): string | undefined => {
    if (readOnly || (!showAll && !touched.has(field))) return undefined;
    const problem = problems.find((p) => fieldOfProblem[p] === field);
    return problem ? t(`actionPoints.problems.${problem}`) : undefined;
  };
  const text = (field: 'title' | 'body' | 'timeframe', label: string, max: number, write: (s: string, caret: number) => void, multiline = false) => {
    const id = fieldId(slot, field);
    const error = errorOf(field);
    return (
      <div className="field ap-field">
        <label htmlFor={id} className="field__label">{label}</label>
        <SharedTextField
          id={id} value={view[field]} maxLength={max}
          source={field === 'timeframe' ? undefined : { doc, text: () => actionText(doc, slot, field) }} readOnly={readOnly} multiline={multiline} grow={!multiline}
          invalid={Boolean(error)} describedBy={error ? `${id}-error` : undefined}
          onText={write} onBlur={() => touch(field)}
        />
        {error && <p id={`${id}-error`} className="field__error">{error}</p>}
      </div>
    );
  };
  return (
    <section className="ap-slot" aria-labelledby={`ap-${slot}-heading`} data-slot={slot}>
      <h3 id={`ap-${slot}-heading`} className="ap-slot__heading">{t('actionPoints.slot', { n: String(slot + 1) })}</h3>
      {text('title', t('actionPoints.fields.title'), Limits.actionTitleLength, (s, caret) => edits.title(slot, s, caret))}
      {text('body', t('actionPoints.fields.body'), Limits.actionBodyLength, (s, caret) => edits.body(slot, s, caret), true)}
      <div onBlur={() => touch('parties')}>
        <PartiesField slot={slot} view={view} edits={edits} readOnly={readOnly} error={errorOf('parties')} />
      </div>
      <div onBlur={() => touch('lead')}>
        <LeadField slot={slot} view={view} edits={edits} readOnly={readOnly} error={errorOf('lead')} />
      </div>
      {text('timeframe', t('actionPoints.fields.timeframe'), Limits.timeframeLength, (s) => edits.timeframe(slot, s))}
      <SourceNotes doc={doc} slot={slot} noteIds={view.sourceNoteIds} edits={edits} readOnly={readOnly} />
    </section>
  );
}
