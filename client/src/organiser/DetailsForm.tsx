import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import { DetailsLimits, type DetailsReply, type WorkshopDetails } from '../../../shared/schemas/organiser.ts';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; detail: string };

/** Title, date, place and description: the covenant's title page and introduction. */
export function DetailsForm({ workshopId, token, details, onSaved }: {
  workshopId: string; token: string; details: WorkshopDetails; onSaved: (details: DetailsReply) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(details);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [titleError, setTitleError] = useState(false);
  const set = (key: keyof WorkshopDetails) => (value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (state.kind !== 'saving') setState({ kind: 'idle' });
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft.title.trim()) {
      setTitleError(true);
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    setTitleError(false);
    setState({ kind: 'saving' });
    try {
      // The four fields only: the reply's `deleteAfter` is the server's to compute.
      const { title, date, place, description } = draft;
      const saved = await organiserApi.updateDetails(workshopId, token, { title, date, place, description });
      setDraft({ title: saved.title, date: saved.date, place: saved.place, description: saved.description });
      onSaved(saved);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'failed', detail: failureText(t, err) });
    }
  }

  return (
    <form className="form organiser-details" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-title`}>{t('organiser.details.title')}</label>
        <input
          id={`${id}-title`} className="input" type="text" value={draft.title} maxLength={Limits.titleLength} required
          aria-invalid={titleError} aria-describedby={titleError ? `${id}-title-error` : undefined}
          onChange={(e) => set('title')(e.target.value)}
        />
        {titleError && <p id={`${id}-title-error`} className="field__error">{t('organiser.details.titleRequired')}</p>}
      </div>
      <div className="organiser-details__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>{t('organiser.details.date')}</label>
          <input id={`${id}-date`} className="input" type="date" value={draft.date} onChange={(e) => set('date')(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-place`}>{t('organiser.details.place')}</label>
          <input
            id={`${id}-place`} className="input" type="text" value={draft.place} maxLength={DetailsLimits.placeLength}
            onChange={(e) => set('place')(e.target.value)}
          />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-description`}>{t('organiser.details.description')}</label>
        <p id={`${id}-description-hint`} className="field__hint">{t('organiser.details.descriptionHint')}</p>
        <textarea
          id={`${id}-description`} className="input organiser-details__description" rows={5} value={draft.description}
          maxLength={DetailsLimits.descriptionLength} aria-describedby={`${id}-description-hint`}
          onChange={(e) => set('description')(e.target.value)}
        />
      </div>
      <div className="form__actions organiser-actions">
        <button type="submit" className="button button--primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('organiser.details.saving') : t('organiser.details.save')}
        </button>
        <p className={`organiser-status${state.kind === 'failed' ? ' organiser-status--error' : ''}`} role="status">
          {state.kind === 'saved' && t('organiser.details.saved')}
          {state.kind === 'failed' && t('organiser.details.failed', { detail: state.detail })}
        </p>
      </div>
    </form>
  );
}
