import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { id } from './id';

/**
 * Indonesian is the product's language. An English switch once covered the
 * shell only, leaving every screen Indonesian under an English menu; it is
 * gone until every screen is translated (en.ts keeps the shell's keys for
 * that day). A language chosen earlier in localStorage is ignored.
 */
export const APP_LANGUAGE = 'id';

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: APP_LANGUAGE,
    fallbackLng: APP_LANGUAGE,
    resources: { id: { translation: id } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = APP_LANGUAGE;
  return i18next;
}

declare module 'i18next' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    resources: { translation: typeof id };
  }
}
