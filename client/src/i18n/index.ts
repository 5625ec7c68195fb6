import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nl } from './nl.ts';
import { LANGUAGES, type Language, readStoredLanguage, storeLanguage } from './language.ts';

/*
 * Dutch is bundled: it is the default and every other language falls back on it. English is a
 * chunk of its own, loaded only on a device that chose it (~10 kB less on a first visit over
 * venue Wi-Fi). The service worker keeps every chunk, so it loads offline too.
 */
const loaders: Record<Exclude<Language, 'nl'>, () => Promise<Record<string, unknown>>> = {
  en: () => import('./en.ts').then((m) => m.en),
};

/** Adds `language`'s strings to i18next unless they are there already. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl' || i18next.hasResourceBundle(language, 'translation')) return;
  i18next.addResourceBundle(language, 'translation', await loaders[language]());
}

/**
 * Starts i18next and keeps `<html lang>` in step. Settles once the remembered language's
 * strings are there (at once for Dutch); should they fail to load, the page shows Dutch.
 */
export async function initI18n(): Promise<void> {
  const lng = readStoredLanguage();
  void i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: 'nl',
    fallbackLng: 'nl',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
    showSupportNotice: false, // no third-party advert in the console
  });
  document.documentElement.lang = 'nl';
  i18next.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  if (lng === 'nl') return;
  try {
    await loadLanguage(lng);
    await i18next.changeLanguage(lng);
  } catch (err) {
    console.warn(`could not load the ${lng} strings; showing Dutch:`, err);
  }
}

/** Switches the UI language (once its strings are loaded) and remembers it on this device. */
export function setLanguage(language: Language): void {
  storeLanguage(language);
  loadLanguage(language)
    .then(() => i18next.changeLanguage(language))
    .catch((err: unknown) => console.warn(`could not load the ${language} strings:`, err));
}
