import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';
import { amendmentOriginal, amendsText } from '../../../../shared/text/amendment.ts';
import type { DecisionStatus } from '../../../../shared/schemas/session.ts';
import type { ListedActionPoint } from '../actionPointList.ts';
import { apLabel } from '../apLabel.ts';
import { useConsole } from './ConsoleContext.ts';

const STATUSES: DecisionStatus[] = ['adopted', 'amended', 'parked'];

/** Records the plenary's decision on one action point; earlier ones stay listed below it. */
export function DecisionForm({ ap }: { ap: ListedActionPoint }) {
  const { t, i18n } = useTranslation();
  const { run } = useConsole();
  const id = useId();
  const decision = ap.decision;
  // No status is chosen until the plenary decides: nothing suggests "adopted" beforehand.
  const [status, setStatus] = useState<DecisionStatus | null>(decision?.status ?? null);
  const original = amendmentOriginal(ap);
  // Prefilled with the original, to edit; an amendment must change it (and not be empty).
  const [text, setText] = useState(decision?.text ?? original);
  const needsText = status === 'amended';
  const textMissing = needsText && (!text.trim() || !amendsText(text, original));
  const label = apLabel(t, ap);
  const time = (at: number) => new Date(at).toLocaleTimeString(i18n.resolvedLanguage, { hour: '2-digit', minute: '2-digit' });

  return (
    <li className="decision" data-ap-key={ap.apKey}>
      <p className="decision__title">{label}</p>
      <p className="decision__current" data-testid="decision-current">
        {decision
          ? t('console.decisions.current', { status: t(`decision.${decision.status}`) })
          : t('console.decisions.none')}
      </p>
      <form
        className="decision__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (status === null || textMissing) return;
          void run('decision:set', { apKey: ap.apKey, status, ...(needsText ? { text: text.trim() } : {}) },
            t('console.decisions.saved', { title: label, status: t(`decision.${status}`) }));
        }}
      >
        <fieldset className="field">
          <legend className="visually-hidden">{t('console.decisions.statusFor', { title: label })}</legend>
          <div className="inline-row inline-row--wrap">
            {STATUSES.map((s) => (
              <label key={s} className="check">
                <input type="radio" name={`${id}-status`} value={s} checked={status === s} onChange={() => setStatus(s)} />
                <span>{t(`decision.${s}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {needsText && (
          <div className="field">
            <label htmlFor={`${id}-text`} className="field__label">{t('console.decisions.newText')}</label>
            <textarea
              id={`${id}-text`} className="input" rows={3} maxLength={Limits.decisionTextLength} value={text}
              onChange={(e) => setText(e.target.value)} aria-invalid={textMissing || undefined}
              aria-describedby={textMissing ? `${id}-text-hint` : undefined}
            />
            {textMissing && <p id={`${id}-text-hint`} className="field__hint">{t('flow.decision.needsText')}</p>}
          </div>
        )}
        <div className="inline-row">
          <button type="submit" className="button button--primary button--small" disabled={status === null || textMissing}>
            {t('console.decisions.record')}<span className="visually-hidden">: {label}</span>
          </button>
        </div>
      </form>
      {decision && decision.history.length > 0 && (
        <details className="decision__history">
          <summary>{t('console.decisions.history', { count: decision.history.length })}</summary>
          <ol>
            {decision.history.map((h, i) => (
              <li key={i}>
                <span className="decision__time">{time(h.at)}</span> {t(`decision.${h.status}`)}
                {h.text && <q className="decision__text">{h.text}</q>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
