/** Netral speaks Indonesian first, English when the browser is English. */
export type Language = 'id' | 'en';

export function languageFor(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith('en') ? 'en' : 'id';
}
