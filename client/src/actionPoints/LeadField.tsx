import { useTranslation } from 'react-i18next';
import { leadCandidates, type ActionPointView, type Slot } from '../../../shared/board/actionPointRules.ts';
import { usePartyName } from './usePartyName.ts';
import { fieldId } from './problems.ts';
import type { ActionPointEdits } from './useActionPointEdits.ts';

/** The lead party, chosen among the parties ticked (or named) above. */
export function LeadField({ slot, view, edits, readOnly, error }: {
  slot: Slot; view: ActionPointView; edits: ActionPointEdits; readOnly: boolean; error?: string | undefined;
}) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const candidates = leadCandidates(view);
  // A lead that is no longer a party (someone renamed or unticked it meanwhile) stays visible.
  const options = view.lead && !candidates.includes(view.lead) ? [...candidates, view.lead] : candidates;
  const id = fieldId(slot, 'lead');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field ap-field">
      <label htmlFor={id} className="field__label">{t('actionPoints.fields.lead')}</label>
      {candidates.length === 0 && <p id={hintId} className="field__hint">{t('actionPoints.leadHint')}</p>}
      <select
        id={id} className="input input--select" value={view.lead} disabled={readOnly || options.length === 0}
        aria-invalid={error ? true : undefined}
        aria-describedby={[candidates.length === 0 ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => edits.lead(slot, e.target.value)}
      >
        <option value="">{t('actionPoints.chooseLead')}</option>
        {options.map((p) => <option key={p} value={p}>{partyName(p)}</option>)}
      </select>
      {error && <p id={errorId} className="field__error">{error}</p>}
    </div>
  );
}
