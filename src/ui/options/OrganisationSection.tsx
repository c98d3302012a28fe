/**
 * The organisation's part of the options page: who manages Netral, where to
 * ask, the organisation's own packs, and the state of its signed updates
 * (last check, its result and time; "check now").
 */
import { useState } from 'preact/hooks';
import type { PageStore } from '../pages/store';
import type { PageData } from '../pages/use-stored';

export function OrganisationSection({ data, store }: { data: PageData; store: PageStore }) {
  const { t, organisation, language } = data;
  const { policy, organisationPacks, packs } = organisation;
  const [checking, setChecking] = useState(false);
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB');
  if (!policy.organisation) return <p class="muted" data-testid="org-none">{t('org.none')}</p>;
  const check = policy.packUrl ? organisationPacks.lastCheck : undefined;
  const signedId = organisationPacks.signed?.pack.id;
  return (
    <div data-testid="organisation">
      <p class="locked">{policy.organisation.name ? t('org.managedBy', { name: policy.organisation.name }) : t('org.managed')}</p>
      {(policy.helpText || policy.helpUrl) && (
        <p>
          <strong>{t('org.help')}:</strong> {policy.helpText}{' '}
          {policy.helpUrl && (
            <a href={policy.helpUrl} target="_blank" rel="noopener noreferrer">
              {policy.helpUrl.replace(/^mailto:/, '')}
            </a>
          )}
        </p>
      )}
      <h3>{t('org.packs')}</h3>
      {packs.length === 0 ? (
        <p class="muted">{t('org.packs.none')}</p>
      ) : (
        <ul data-testid="org-packs">
          {packs.map((p) => (
            <li key={p.id}>
              <strong>{p.title[language]}</strong> <code>{p.id}</code> {t('packs.version', { version: p.version })} —{' '}
              <span class="muted">
                {p.id === signedId && organisationPacks.signed ? t('org.pack.signed', { time: when(organisationPacks.signed.fetchedAt) }) : t('org.pack.inline')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {policy.packUrl && (
        <div data-testid="pack-update">
          <p class="muted">{t('org.update.url', { url: policy.packUrl })}</p>
          <p data-testid="pack-check" data-ok={check ? String(check.ok) : undefined} class={check && !check.ok ? 'error' : undefined}>
            {!check
              ? t('org.update.never')
              : check.ok
                ? t('org.update.ok', { time: when(check.at), version: check.version ?? '' })
                : t('org.update.failed', { time: when(check.at), reason: check.reason ?? '', message: check.message ?? '' })}
          </p>
          <button
            type="button"
            disabled={checking}
            onClick={() => {
              setChecking(true);
              store.checkPackUpdate().finally(() => setChecking(false));
            }}
          >
            {t('org.update.check')}
          </button>
        </div>
      )}
    </div>
  );
}
