import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinksRotated } from '../../../shared/schemas/organiser.ts';
import type { Group } from '../../../shared/schemas/workshop.ts';
import { CopyField } from '../components/CopyField.tsx';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';
import { newLinkOf, rotateTargets, type RotateTarget } from './rotateTargets.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'confirming'; key: string }
  | { kind: 'rotating'; key: string }
  | { kind: 'done'; key: string; link: string }
  | { kind: 'failed'; key: string; detail: string };

/**
 * "Nieuwe link maken" per role and per group: a confirmation that says the old link stops
 * working at once (and which links go with it), then the new link to copy. One row at a time.
 * Replacing the organiser's own link moves this page onto the new one (`onOwnLinkReplaced`).
 */
export function RotateLinks({ workshopId, token, groups, onRotated, onOwnLinkReplaced }: {
  workshopId: string;
  token: string;
  groups: Group[];
  onRotated: (result: LinksRotated) => void;
  onOwnLinkReplaced: (link: string) => void;
}) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);
  const starters = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (state.kind === 'confirming') confirmButton.current?.focus();
  }, [state]);

  const cancel = (key: string) => {
    setState({ kind: 'idle' });
    // Back to the button that opened it, so keyboard users keep their place.
    window.setTimeout(() => starters.current.get(key)?.focus(), 0);
  };

  async function rotate(target: RotateTarget) {
    setState({ kind: 'rotating', key: target.key });
    try {
      const result = await organiserApi.rotate(workshopId, token, target.input);
      onRotated(result);
      setState({ kind: 'done', key: target.key, link: newLinkOf(result, target.input) ?? '' });
    } catch (err) {
      setState({ kind: 'failed', key: target.key, detail: failureText(t, err) });
    }
  }

  const onKeyDown = (key: string) => (e: KeyboardEvent) => {
    if (e.key === 'Escape' && state.kind === 'confirming') {
      e.preventDefault();
      cancel(key);
    }
  };

  return (
    <ul className="organiser-rotate">
      {rotateTargets(t, groups).map((target) => {
        const mine = state.kind !== 'idle' && state.key === target.key;
        const own = target.input.role === 'organiser';
        return (
          <li key={target.key} className="organiser-rotate__item" data-testid={`rotate-${target.key}`}>
            <div className="organiser-rotate__row">
              <span className="organiser-rotate__name">{target.name}</span>
              <button
                type="button" className="button button--secondary button--small"
                ref={(el) => { if (el) starters.current.set(target.key, el); else starters.current.delete(target.key); }}
                disabled={state.kind === 'rotating'}
                aria-expanded={mine && state.kind === 'confirming'}
                onClick={() => setState({ kind: 'confirming', key: target.key })}
              >
                {t('organiser.rotate.start')}<span className="visually-hidden">: {target.name}</span>
              </button>
            </div>
            {mine && (state.kind === 'confirming' || state.kind === 'rotating') && (
              <div className="organiser-rotate__confirm" role="group" aria-label={t('organiser.rotate.confirmLabel', { name: target.name })} onKeyDown={onKeyDown(target.key)}>
                <p>{t(own ? 'organiser.rotate.warningOwn' : 'organiser.rotate.warning', { name: target.name })} {target.alsoReplaced}</p>
                <div className="form__actions">
                  <button ref={confirmButton} type="button" className="button button--danger" disabled={state.kind === 'rotating'} onClick={() => void rotate(target)}>
                    {state.kind === 'rotating' ? t('organiser.rotate.rotating') : t('organiser.rotate.confirm')}
                  </button>
                  <button type="button" className="button button--secondary" disabled={state.kind === 'rotating'} onClick={() => cancel(target.key)}>
                    {t('organiser.rotate.cancel')}
                  </button>
                </div>
              </div>
            )}
            <p role="status" className={`organiser-rotate__status${mine && state.kind === 'failed' ? ' organiser-status--error' : ''}`}>
              {mine && state.kind === 'done' && t(own ? 'organiser.rotate.doneOwn' : 'organiser.rotate.done', { name: target.name })}
              {mine && state.kind === 'failed' && t('organiser.rotate.failed', { detail: state.detail })}
            </p>
            {mine && state.kind === 'done' && (
              <div className="organiser-rotate__result">
                <CopyField label={t('organiser.rotate.newLink', { name: target.name })} value={state.link} />
                {own && (
                  <button type="button" className="button button--primary" onClick={() => onOwnLinkReplaced(state.link)}>
                    {t('organiser.rotate.continueOwn')}
                  </button>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
