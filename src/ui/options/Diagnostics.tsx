/**
 * Diagnostics for the user and their IT staff: Netral's own recent errors
 * (the layer and the message, never a post), and, when asked, how each open
 * guarded tab's adapter fares (which selectors find something).
 */
import { useState } from 'preact/hooks';
import type { AdapterHealth } from '../../diagnostics/health';
import { PLATFORMS } from '../../platforms/registry';
import type { PageStore } from '../pages/store';
import type { PageData } from '../pages/use-stored';

const siteName = (id: string) => PLATFORMS.find((p) => p.id === id)?.name ?? id;

export function Diagnostics({ data, store }: { data: PageData; store: PageStore }) {
  const { t, language, state } = data;
  const errors = state.diagnostics ?? [];
  const [health, setHealth] = useState<AdapterHealth[] | null>(null);
  const when = (iso: string) => new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB');
  return (
    <div data-testid="diagnostics">
      <h3>{t('diagnostics.errors')}</h3>
      {errors.length === 0 ? (
        <p class="muted" data-testid="diagnostics-none">
          {t('diagnostics.none')}
        </p>
      ) : (
        <ul data-testid="diagnostics-errors">
          {[...errors].reverse().map((e, i) => (
            <li key={i}>
              <time dateTime={e.time}>{when(e.time)}</time> <code>{e.where}</code> {e.message}
            </li>
          ))}
        </ul>
      )}
      <p class="row">
        <button type="button" disabled={errors.length === 0} onClick={() => void store.clearDiagnostics()}>
          {t('diagnostics.clear')}
        </button>
        <button type="button" onClick={() => store.checkHealth().then(setHealth, () => setHealth([]))}>
          {t('diagnostics.health')}
        </button>
      </p>
      {health && (
        <div data-testid="diagnostics-health" role="status">
          {health.length === 0 ? (
            <p class="muted">{t('diagnostics.health.none')}</p>
          ) : (
            <ul>
              {health.map((h, i) => {
                const missing = h.selectors.filter((s) => !s.found).map((s) => s.name);
                return (
                  <li key={i} data-platform={h.platform}>
                    {t('diagnostics.health.page', { site: siteName(h.platform), page: h.page, found: h.selectors.length - missing.length, total: h.selectors.length })}
                    {missing.length > 0 && <div class="muted">{t('diagnostics.health.missing', { names: missing.join(', ') })}</div>}
                  </li>
                );
              })}
            </ul>
          )}
          <p class="muted">{t('diagnostics.health.note')}</p>
        </div>
      )}
    </div>
  );
}
