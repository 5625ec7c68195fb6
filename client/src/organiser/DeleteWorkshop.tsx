import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sameTitle } from '../../../shared/text/sameTitle.ts';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';


type State = { kind: 'closed' } | { kind: 'confirming'; mismatch: boolean } | { kind: 'deleting' } | { kind: 'failed'; detail: string };

/**
 * "Werkbord verwijderen": opens an inline confirmation where the organiser types the title
 * (no modal to trap focus in; Escape cancels), then deletes everything on the server.
 */
export function DeleteWorkshop({ workshopId, token, title, onDeleted }: {
  workshopId: string; token: string; title: string; onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const open = state.kind !== 'closed';

  useEffect(() => {
    if (state.kind === 'confirming' && !state.mismatch) input.current?.focus();
  }, [state]);

  const cancel = () => {
    setState({ kind: 'closed' });
    setTyped('');
    // Back to the button that opened it, so keyboard users keep their place.
    window.setTimeout(() => start.current?.focus(), 0);
  };

  async function confirm(e: FormEvent) {
    e.preventDefault();
    // Case, Unicode form (NFKC: "IJ" for "Ĳ") and kind of dash do not matter.
    if (!sameTitle(typed, title)) {
      setState({ kind: 'confirming', mismatch: true });
      input.current?.focus();
      return;
    }
    setState({ kind: 'deleting' });
    try {
      await organiserApi.remove(workshopId, token);
      onDeleted();
    } catch (err) {
      setState({ kind: 'failed', detail: failureText(t, err) });
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && state.kind !== 'deleting') {
      e.preventDefault();
      cancel();
    }
  };

  return (
    <div className="organiser-delete">
      <p>{t('organiser.remove.warning')}</p>
      {!open && (
        <button ref={start} type="button" className="button button--danger" onClick={() => setState({ kind: 'confirming', mismatch: false })}>
          {t('organiser.remove.start')}
        </button>
      )}
      {open && (
        <form className="form organiser-delete__confirm" onSubmit={confirm} onKeyDown={onKeyDown} noValidate>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-title`}>{t('organiser.remove.confirmLabel')}</label>
            <p id={`${id}-hint`} className="field__hint">{t('organiser.remove.confirmHint', { title })}</p>
            <input
              ref={input} id={`${id}-title`} className="input" type="text" value={typed} autoComplete="off" spellCheck={false}
              aria-invalid={state.kind === 'confirming' && state.mismatch}
              aria-describedby={`${id}-hint${state.kind === 'confirming' && state.mismatch ? ` ${id}-error` : ''}`}
              onChange={(e) => setTyped(e.target.value)}
            />
            {state.kind === 'confirming' && state.mismatch && (
              <p id={`${id}-error`} className="field__error">{t('organiser.remove.mismatch')}</p>
            )}
          </div>
          <div className="form__actions">
            <button type="submit" className="button button--danger" disabled={state.kind === 'deleting'}>
              {state.kind === 'deleting' ? t('organiser.remove.deleting') : t('organiser.remove.confirm')}
            </button>
            <button type="button" className="button button--secondary" disabled={state.kind === 'deleting'} onClick={cancel}>
              {t('organiser.remove.cancel')}
            </button>
          </div>
          <p className="organiser-status organiser-status--error" role="status">
            {state.kind === 'failed' && t('organiser.remove.failed', { detail: state.detail })}
          </p>
        </form>
      )}
    </div>
  );
}
