import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, longDate, parseDate } from './dateText.ts';

/**
 * The workshop date in the page's language, not the browser's (a native date input follows
 * the browser's locale). Typed as day-month-year; the long form below confirms what was read.
 * `onChange` gets ISO, '' when empty, undefined while the text is no date.
 */
export function DateField({ id, value, invalid, onChange }: {
  id: string; value: string; invalid: boolean; onChange: (iso: string | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [text, setText] = useState(() => formatDate(value, language));
  // A value from outside (saved, reloaded) replaces the text, and another page language shows
  // the same date in that language's form; what is being typed stays as typed. Compared while
  // rendering, React's pattern for state that follows props.
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    if (seen.value !== value) {
      if (parseDate(text) !== value) setText(formatDate(value, language));
    } else if (parseDate(text) === value) {
      setText(formatDate(value, language));
    }
  }
  const parsed = parseDate(text);
  return (
    <>
      <input
        id={id} className="input" type="text" inputMode="numeric" autoComplete="off" value={text}
        placeholder={t('flow.date.placeholder')}
        aria-describedby={`${id}-hint`} aria-invalid={invalid || undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseDate(e.target.value));
        }}
      />
      <p id={`${id}-hint`} className={invalid ? 'field__error' : 'field__hint'} data-testid="date-hint">
        {invalid || parsed === undefined ? t('flow.date.invalid') : parsed ? longDate(parsed, language) : t('flow.date.hint')}
      </p>
    </>
  );
}
