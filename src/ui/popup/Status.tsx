/** Status of the current tab: which site, whether protection is on, the mode, and who manages the settings. */
import { useEffect, useState } from 'preact/hooks';
import { adapterForHost } from '../../platforms/registry';
import type { PageData } from '../pages/use-stored';
import type { PageStore } from '../pages/store';

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function Status({ store, data }: { store: PageStore; data: PageData }) {
  const { t, values, organisation } = data;
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    store.activeTabUrl().then(setUrl, () => setUrl(undefined));
  }, [store]);
  const host = hostOf(url);
  const adapter = host ? adapterForHost(host) : undefined;
  const siteOn = adapter ? values.sites[adapter.id] !== false : false;
  const active = values.enabled && values.mode !== 'off' && (!adapter || siteOn);
  const org = organisation.policy.organisation;

  return (
    <section aria-labelledby="status-heading" class="panel" data-testid="status">
      <h2 id="status-heading" class="visually-hidden">
        {t('popup.status.heading')}
      </h2>
      <p>
        <strong>
          {adapter
            ? siteOn
              ? t('popup.status.protected', { site: adapter.name })
              : t('popup.status.siteOff', { site: adapter.name })
            : t('popup.status.unsupported')}
        </strong>
      </p>
      <p class="row">
        <span class={`level ${active ? 'level-none' : 'level-caution'}`}>{active ? t('popup.status.on') : t('popup.status.off')}</span>
        <span>{t('popup.status.mode', { mode: t(`mode.${values.mode}`) })}</span>
      </p>
      {org && (
        <p class="locked" data-testid="org">
          {org.name ? t('org.managedBy', { name: org.name }) : t('org.managed')}
        </p>
      )}
    </section>
  );
}
