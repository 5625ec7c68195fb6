import { useTranslation } from 'react-i18next';
import { Party, type ActionPointView, type Slot } from '../../../shared/board/actionPointRules.ts';
import { Limits } from '../../../shared/limits.ts';
import { fieldId } from './problems.ts';
import { SharedTextField } from './SharedTextField.tsx';
import type { ActionPointEdits } from './useActionPointEdits.ts';

/** The parties involved: the four usual ones as checkboxes, and any other as free text. */
export function PartiesField({ slot, view, edits, readOnly, error }: {
  slot: Slot; view: ActionPointView; edits: ActionPointEdits; readOnly: boolean; error?: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = `${fieldId(slot, 'parties')}-error`;
  return (
    <fieldset className="field ap-field" id={fieldId(slot, 'parties')} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t('actionPoints.fields.parties')}</legend>
      <div className="check-list check-list--columns">
        {Party.map((p) => (
          <label key={p} className="check">
            <input
              type="checkbox" checked={view.parties.includes(p)} disabled={readOnly}
              onChange={(e) => edits.party(slot, p, e.target.checked)}
            />
            <span>{t(`parties.${p}`)}</span>
          </label>
        ))}
      </div>
      <div className="field field--compact">
        <label htmlFor={fieldId(slot, 'otherParty')} className="field__label">{t('actionPoints.fields.otherParty')}</label>
        <SharedTextField
          id={fieldId(slot, 'otherParty')} value={view.otherParty} maxLength={Limits.partyNameLength}
          readOnly={readOnly} onText={(text) => edits.otherParty(slot, text)}
        />
      </div>
      {error && <p id={errorId} className="field__error">{error}</p>}
    </fieldset>
  );
}
