import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from './copyText.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** A read-only field with a link and a copy button that says whether copying worked. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [state]);

  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">{label}</label>
      <div className="copy-field__row">
        <input
          id={id} ref={field} className="input copy-field__input" type="text" readOnly value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button" className="button button--secondary"
          onClick={async () => setState((await copyText(value, field.current)) ? 'copied' : 'failed')}
        >
          {state === 'copied' ? t('copy.done') : t('copy.button')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
      <p className="copy-field__status" aria-live="polite">
        {state === 'copied' && t('copy.doneLong')}
        {state === 'failed' && t('copy.failed')}
      </p>
    </div>
  );
}
