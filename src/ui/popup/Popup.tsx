/** The toolbar popup: status of this tab, the self-check, the latest warnings, links. */
import { lexiconFor } from '../../settings/lexicon';
import type { PageStore } from '../pages/store';
import { useDocumentLanguage, useStored } from '../pages/use-stored';
import { RecentHistory } from './RecentHistory';
import { SelfCheck } from './SelfCheck';
import { Status } from './Status';
import { PolicyProblems } from '../pages/PolicyProblems';

export function Popup({ store }: { store: PageStore }) {
  const data = useStored(store);
  useDocumentLanguage(data?.language, data?.t('app.name'));
  if (!data) return null;
  const { t, language, values } = data;
  return (
    <main class="popup">
      <header class="row" style={{ justifyContent: 'space-between' }}>
        <h1>{t('app.name')}</h1>
        <span class="muted">{t('app.tagline')}</span>
      </header>
      <Status store={store} data={data} />
      <PolicyProblems data={data} />
      <SelfCheck t={t} language={language} lexicon={lexiconFor(values, data.organisation.packs)} />
      <RecentHistory data={data} fullHistoryUrl={store.pageUrl('/options.html#history')} />
      <nav class="row" aria-label={t('app.name')}>
        <a href={store.pageUrl('/rules.html')} target="_blank" rel="noopener">
          {t('link.rules')}
        </a>
        <a href={store.pageUrl('/options.html')} target="_blank" rel="noopener">
          {t('link.options')}
        </a>
      </nav>
    </main>
  );
}
