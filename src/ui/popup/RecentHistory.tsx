/** The last warnings and the counts of the last 30 days; the full list is on the options page. */
import { countsSince, latest } from '../../history/summary';
import { PLATFORMS } from '../../platforms/registry';
import type { PageData } from '../pages/use-stored';

const RECENT = 5;

export function siteName(id: string): string {
  return PLATFORMS.find((p) => p.id === id)?.name ?? id;
}

export function formatTime(time: string, language: string): string {
  return new Date(time).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short' });
}

export function RecentHistory({ data, fullHistoryUrl, now = Date.now() }: { data: PageData; fullHistoryUrl: string; now?: number }) {
  const { t, state, language } = data;
  const counts = countsSince(state.history, 30, now);
  const recent = latest(state.history, RECENT);
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p data-testid="history-counts">{t('history.last30', { ...counts })}</p>
      {recent.length === 0 ? (
        <p class="muted">{t('history.empty')}</p>
      ) : (
        <ul class="plain" aria-label={t('history.recent')} data-testid="history-recent">
          {recent.map((e, i) => (
            <li key={i} class="panel" style={{ marginBottom: '0.35rem' }}>
              <div class="row">
                <strong>{t('history.entry', { action: t(`action.${e.action}`), site: siteName(e.platform) })}</strong>
                <span class={`level level-${e.level}`}>{t(`level.${e.level}`)}</span>
                <span>{t(`decision.${e.decision}`)}</span>
              </div>
              {e.terms.length > 0 && <div>{e.terms.join(', ')}</div>}
              <div class="muted">
                <time dateTime={e.time}>{formatTime(e.time, language)}</time>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={fullHistoryUrl} target="_blank" rel="noopener">
          {t('history.full')}
        </a>
      </p>
    </section>
  );
}
