import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { LANGUAGES, type Language, readStoredLanguage, storeLanguage } from './language.ts';

/** Starts i18next synchronously (the strings are bundled) and keeps `<html lang>` in step. */
export function initI18n(): typeof i18next {
  const lng = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    lng,
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    showSupportNotice: false, // no third-party advert in the console
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return i18next;
}

/** Switches the UI language and remembers it on this device. */
export function setLanguage(language: Language): void {
  storeLanguage(language);
  void i18next.changeLanguage(language);
}
