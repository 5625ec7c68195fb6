import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../shared/limits.ts';
import { ConsoleSection } from './ConsoleSection.tsx';
import { useConsole } from './ConsoleContext.ts';

/** A short banner on every board and the beamer. */
export function MessageSection() {
  const { t } = useTranslation();
  const { session, run } = useConsole();
  const id = useId();
  const [text, setText] = useState('');
  const current = session.state.message;
  return (
    <ConsoleSection title={t('console.message.heading')}>
      <form
        className="form form--tight"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return;
          const reply = await run('message:send', { text: text.trim() }, t('console.message.sent'));
          if (reply.ok) setText('');
        }}
      >
        <div className="field">
          <label htmlFor={id} className="field__label">{t('console.message.label')}</label>
          <textarea
            id={id} className="input" rows={2} maxLength={Limits.messageLength} value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="inline-row">
          <button type="submit" className="button button--primary" disabled={!text.trim()}>{t('console.message.send')}</button>
        </div>
      </form>
      <div className="console-current">
        <p className="console-current__label">{t('console.message.current')}</p>
        {current ? (
          <>
            <p className="console-current__value" data-testid="current-message">{current.text}</p>
            <button type="button" className="button button--secondary button--small" onClick={() => void run('message:clear', {}, t('console.message.cleared'))}>
              {t('console.message.clear')}
            </button>
          </>
        ) : <p className="console-current__value console-current__value--none">{t('console.message.none')}</p>}
      </div>
    </ConsoleSection>
  );
}
