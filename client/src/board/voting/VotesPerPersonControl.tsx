import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';

/**
 * The facilitator's setting of how many votes each participant has on this board
 * (meta.votesPerPerson). Lowering it drops the votes in slots that no longer count.
 */
export function VotesPerPersonControl({ perPerson, onSet }: { perPerson: number; onSet: (n: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? String(perPerson);
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 0 && n <= Limits.maxVotesPerPerson;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!valid) return;
    onSet(n);
    setDraft(null);
  }

  return (
    <form className="votes-setting" onSubmit={submit}>
      <label htmlFor={id}>{t('outline.votes.perPersonLabel')}</label>
      <input
        id={id} type="number" inputMode="numeric" min={0} max={Limits.maxVotesPerPerson} step={1}
        value={value} onChange={(e) => setDraft(e.currentTarget.value)} aria-invalid={!valid}
        aria-describedby={`${id}-hint`} className="input input--narrow"
      />
      <button type="submit" className="button button--secondary button--small" disabled={!valid || n === perPerson}>
        {t('outline.votes.perPersonSave')}
      </button>
      <span id={`${id}-hint`} className="votes-setting__hint">{t('outline.votes.perPersonHint', { max: String(Limits.maxVotesPerPerson) })}</span>
    </form>
  );
}
