import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import {
  DetailsLimits, SIGNING_PLACE_PATTERN, type DetailsReply, type WorkshopDetails,
} from '../../../shared/schemas/organiser.ts';
import { DateField } from './DateField.tsx';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; detail: string };

/**
 * Title, date, place, description, place of signing and covenant subject: the covenant's title
 * page, introduction, preamble and signing line.
 */
export function DetailsForm({ workshopId, token, details, onSaved }: {
  workshopId: string; token: string; details: WorkshopDetails; onSaved: (details: DetailsReply) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(details);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [titleError, setTitleError] = useState(false);
  const [placeError, setPlaceError] = useState(false);
  // The typed date is no real date (undefined from DateField): kept apart from the draft.
  const [dateBad, setDateBad] = useState(false);
  const [dateError, setDateError] = useState(false);
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
    if (dateBad) {
      setDateError(true);
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setDateError(false);
    // The server refuses anything but a town's name (it follows "ondertekend te"): say so here first.
    if (!SIGNING_PLACE_PATTERN.test(draft.signingPlace.trim())) {
      setPlaceError(true);
      document.getElementById(`${id}-signing-place`)?.focus();
      return;
    }
    setPlaceError(false);
    setState({ kind: 'saving' });
    try {
      // The details only: the reply's `deleteAfter` is the server's to compute.
      const { title, date, place, description, signingPlace, covenantSubject } = draft;
      const saved = await organiserApi.updateDetails(
        workshopId, token, { title, date, place, description, signingPlace, covenantSubject },
      );
      setDraft({
        title: saved.title, date: saved.date, place: saved.place, description: saved.description,
        signingPlace: saved.signingPlace, covenantSubject: saved.covenantSubject,
      });
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
      <div className="field">
        <label className="field__label" htmlFor={`${id}-subject`}>{t('organiser.details.covenantSubject')}</label>
        <p id={`${id}-subject-hint`} className="field__hint">{t('organiser.details.covenantSubjectHint')}</p>
        <input
          id={`${id}-subject`} className="input" type="text" value={draft.covenantSubject}
          maxLength={DetailsLimits.covenantSubjectLength} aria-describedby={`${id}-subject-hint`}
          onChange={(e) => set('covenantSubject')(e.target.value)}
        />
      </div>
      <div className="organiser-details__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-date`}>{t('organiser.details.date')}</label>
          <DateField
            id={`${id}-date`} value={draft.date} invalid={dateError}
            onChange={(iso) => {
              setDateBad(iso === undefined);
              if (iso !== undefined) set('date')(iso);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-place`}>{t('organiser.details.place')}</label>
          <input
            id={`${id}-place`} className="input" type="text" value={draft.place} maxLength={DetailsLimits.placeLength}
            onChange={(e) => set('place')(e.target.value)}
          />
        </div>
        {/* A third cell, under the date: a town's name needs only the narrow column. */}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-signing-place`}>{t('organiser.details.signingPlace')}</label>
          <p id={`${id}-signing-place-hint`} className="field__hint">{t('organiser.details.signingPlaceHint')}</p>
          <input
            id={`${id}-signing-place`} className="input" type="text" value={draft.signingPlace}
            maxLength={DetailsLimits.signingPlaceLength} autoComplete="address-level2" aria-invalid={placeError}
            aria-describedby={`${id}-signing-place-hint${placeError ? ` ${id}-signing-place-error` : ''}`}
            onChange={(e) => set('signingPlace')(e.target.value)}
          />
          {placeError && <p id={`${id}-signing-place-error`} className="field__error">{t('organiser.details.signingPlaceInvalid')}</p>}
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
