/** The page catalogues and a tiny formatter: `t('history.entry', {action, site})`. */
import { languageFor, type Language } from '../language';
import { en } from './en';
import { id, type MessageKey } from './id';

export type { MessageKey } from './id';

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { id, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  return (key, vars) => {
    const text = catalogue[key] ?? CATALOGUES.id[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : text;
  };
}

/** The interface language: the setting, or the browser's when it says `auto`. */
export function uiLanguage(setting: 'auto' | Language, browserLanguage: string | undefined): Language {
  return setting === 'auto' ? languageFor(browserLanguage) : setting;
}
