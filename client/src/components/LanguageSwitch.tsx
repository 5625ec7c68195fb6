import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';
import { LANGUAGES, isLanguage } from '../i18n/language.ts';

/** NL / EN toggle; the choice is remembered and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nl';
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng} type="button" lang={lng}
          className="language-switch__option" aria-pressed={lng === current}
          onClick={() => setLanguage(lng)}
        >
          <span aria-hidden="true">{lng.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.names.${lng}`)}</span>
        </button>
      ))}
    </div>
  );
}
