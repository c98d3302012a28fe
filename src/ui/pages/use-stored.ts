/** Loads what a page shows, resolves the settings, and follows changes. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../../i18n/language';
import { translator, uiLanguage, type Translate } from '../../i18n/messages/index';
import { inForce, type InForce } from '../../settings/in-force';
import type { ResolvedSettings } from '../../settings/resolve';
import type { SettingsValues } from '../../settings/schema';
import type { PageStore, StoredState } from './store';

export interface PageData {
  state: StoredState;
  resolved: ResolvedSettings;
  values: SettingsValues;
  /** The policy, the organisation's packs and every problem with them. */
  organisation: Pick<InForce, 'policy' | 'organisationPacks' | 'packs' | 'problems'>;
  language: Language;
  t: Translate;
  /** Saves the user's values, shown at once (controls must not flicker back while storage catches up). */
  save(patch: Partial<SettingsValues>): Promise<void>;
}

export function useStored(store: PageStore): PageData | null {
  const [state, setState] = useState<StoredState | null>(null);
  useEffect(() => {
    let live = true;
    const load = () => {
      store
        .read()
        .then((s) => live && setState(s))
        .catch(() => live && setState({ user: {}, managed: {}, history: [] }));
    };
    load();
    const unsubscribe = store.subscribe(load);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return useMemo(() => {
    if (!state) return null;
    const { resolved, values, policy, organisationPacks, packs, problems } = inForce(state);
    const language = uiLanguage(values.language, store.browserLanguage);
    const save = (patch: Partial<SettingsValues>) => {
      setState((s) => (s ? { ...s, user: { ...s.user, ...patch } } : s));
      return store.saveUser(patch);
    };
    return { state, resolved, values, organisation: { policy, organisationPacks, packs, problems }, language, t: translator(language), save };
  }, [state, store]);
}

/** Keeps <html lang> in step with the interface language (screen readers pronounce by it). */
export function useDocumentLanguage(language: Language | undefined, title?: string): void {
  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    if (title) document.title = title;
  }, [language, title]);
}
