/** The full history: table, clear, and export as CSV or JSON (downloaded through a Blob link; nothing leaves the device). */
import { useState } from 'preact/hooks';
import { historyCsv, historyJson, latest, retained } from '../../history/summary';
import type { PageStore } from '../pages/store';
import type { PageData } from '../pages/use-stored';
import { formatTime, siteName } from '../popup/RecentHistory';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function HistorySection({ data, store, now = Date.now() }: { data: PageData; store: PageStore; now?: number }) {
  const { t, language, state, values } = data;
  const [note, setNote] = useState('');
  const entries = latest(retained(state.history, values.historyDays, now), Number.MAX_SAFE_INTEGER);
  const stamp = new Date(now).toISOString().slice(0, 10);
  return (
    <div id="history-list">
      <p data-testid="history-count">{t('history.count', { n: entries.length })}</p>
      <div class="row">
        <button type="button" onClick={() => download(`netral-riwayat-${stamp}.csv`, 'text/csv;charset=utf-8', historyCsv(entries))}>
          {t('history.exportCsv')}
        </button>
        <button type="button" onClick={() => download(`netral-riwayat-${stamp}.json`, 'application/json', historyJson(entries))}>
          {t('history.exportJson')}
        </button>
        <button
          type="button"
          class="secondary"
          disabled={entries.length === 0}
          onClick={() => store.clearHistory().then(() => setNote(t('history.cleared')), () => {})}
        >
          {t('history.clear')}
        </button>
        <span role="status">{note}</span>
      </div>
      {entries.length > 0 && (
        <table>
          <thead>
            <tr>
              {(['time', 'site', 'action', 'level', 'terms', 'decision'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`history.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={i}>
                <td>
                  <time dateTime={e.time}>{formatTime(e.time, language)}</time>
                </td>
                <td>{siteName(e.platform)}</td>
                <td>{t(`action.${e.action}`)}</td>
                <td>{t(`level.${e.level}`)}</td>
                <td>{e.terms.join(', ')}</td>
                <td>
                  {t(`decision.${e.decision}`)}
                  {e.reason && <div class="muted">{t('history.reason', { reason: e.reason })}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
