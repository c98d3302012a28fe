/** The options page: every setting of the schema, with its source and the organisation's lock. */
import { useEffect, useState } from 'preact/hooks';
import { shippedPackDocuments } from '../../packs/shipped';
import { PLATFORMS } from '../../platforms/registry';
import { LANGUAGES, MODES, SENSITIVITIES, HISTORY_DAYS_MAX, HISTORY_DAYS_MIN, type SettingsValues } from '../../settings/schema';
import type { PageStore } from '../pages/store';
import { useDocumentLanguage, useStored, type PageData } from '../pages/use-stored';
import { ExtraTerms } from './ExtraTerms';
import { HistorySection } from './HistorySection';
import { Diagnostics } from './Diagnostics';
import { OrganisationSection } from './OrganisationSection';
import { PolicyProblems } from '../pages/PolicyProblems';
import { Setting } from './Setting';

function Radios<T extends string>({ data, name, options, value, disabled, describedBy, save }: { data: PageData; name: 'mode' | 'sensitivity'; options: readonly T[]; value: T; disabled: boolean; describedBy: string; save(v: T): void }) {
  return (
    <ul class="plain">
      {options.map((o) => (
        <li key={o}>
          <label class="row">
            <input type="radio" name={name} value={o} checked={value === o} disabled={disabled} aria-describedby={`${name}-${o}-description ${describedBy}`} onChange={() => save(o)} />
            <strong>{data.t(`${name}.${o}` as `mode.${'warn'}`)}</strong>
          </label>
          <p id={`${name}-${o}-description`} class="muted" style={{ marginLeft: '1.6rem' }}>
            {data.t(`${name}.${o}.description` as `mode.${'warn'}.description`)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function DaysInput({ data, id, disabled, describedBy, save }: { data: PageData; id: string; disabled: boolean; describedBy: string; save(n: number): void }) {
  const [text, setText] = useState(String(data.values.historyDays));
  const n = Number(text);
  const valid = /^\d+$/.test(text.trim()) && n >= HISTORY_DAYS_MIN && n <= HISTORY_DAYS_MAX;
  return (
    <>
      <input
        id={id}
        type="number"
        min={HISTORY_DAYS_MIN}
        max={HISTORY_DAYS_MAX}
        step={1}
        value={text}
        disabled={disabled}
        aria-invalid={!valid}
        aria-describedby={`${describedBy}${valid ? '' : ` ${id}-error`}`}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLInputElement).value;
          setText(next);
          const v = Number(next);
          if (/^\d+$/.test(next.trim()) && v >= HISTORY_DAYS_MIN && v <= HISTORY_DAYS_MAX) save(v);
        }}
      />
      {!valid && (
        <p id={`${id}-error`} class="error" role="alert">
          {data.t('days.invalid')}
        </p>
      )}
    </>
  );
}

export function Options({ store, now }: { store: PageStore; now?: number }) {
  const data = useStored(store);
  const [saved, setSaved] = useState('');
  useDocumentLanguage(data?.language, data?.t('options.title'));
  const loaded = data !== null;
  // The popup links to #history; the page renders after storage is read, too late for the browser's own jump.
  useEffect(() => {
    if (loaded && location.hash === '#history') document.getElementById('history')?.focus();
  }, [loaded]);
  if (!data) return null;
  const { t, values, language } = data;
  const save = (patch: Partial<SettingsValues>) => {
    data.save(patch).then(() => setSaved(t('options.saved')), () => {});
  };
  const packs = shippedPackDocuments();

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p role="status" class="muted" data-testid="saved">
        {saved}
      </p>
      <PolicyProblems data={data} />

      <section aria-labelledby="sec-organisation">
        <h2 id="sec-organisation">{t('options.organisation')}</h2>
        <OrganisationSection data={data} store={store} />
      </section>

      <section aria-labelledby="sec-protection">
        <h2 id="sec-protection">{t('options.protection')}</h2>
        <Setting data={data} name="enabled">
          {({ id, disabled, describedBy }) => (
            <input id={id} type="checkbox" checked={values.enabled} disabled={disabled} aria-describedby={describedBy} onChange={(e) => save({ enabled: e.currentTarget.checked })} />
          )}
        </Setting>
        <Setting data={data} name="sites" group>
          {({ id, disabled, describedBy }) => (
            <ul class="plain">
              {PLATFORMS.map((p) => (
                <li key={p.id}>
                  <label class="row">
                    <input
                      id={`${id}-${p.id}`}
                      type="checkbox"
                      checked={values.sites[p.id] !== false}
                      disabled={disabled}
                      aria-describedby={describedBy}
                      onChange={(e) => save({ sites: { ...values.sites, [p.id]: e.currentTarget.checked } })}
                    />
                    {p.name}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </Setting>
        <Setting data={data} name="mode" group>
          {({ disabled, describedBy }) => <Radios data={data} name="mode" options={MODES} value={values.mode} disabled={disabled} describedBy={describedBy} save={(mode) => save({ mode })} />}
        </Setting>
      </section>

      <section aria-labelledby="sec-detection">
        <h2 id="sec-detection">{t('options.detection')}</h2>
        <Setting data={data} name="sensitivity" group>
          {({ disabled, describedBy }) => (
            <Radios data={data} name="sensitivity" options={SENSITIVITIES} value={values.sensitivity} disabled={disabled} describedBy={describedBy} save={(sensitivity) => save({ sensitivity })} />
          )}
        </Setting>
        <Setting data={data} name="activePacks" group>
          {({ id, disabled, describedBy }) => (
            <ul class="plain">
              {packs.map((p) => (
                <li key={p.id} class="panel" style={{ marginBottom: '0.4rem' }}>
                  <label class="row">
                    <input
                      id={`${id}-${p.id}`}
                      type="checkbox"
                      checked={values.activePacks.includes(p.id)}
                      disabled={disabled}
                      aria-describedby={describedBy}
                      onChange={(e) => save({ activePacks: e.currentTarget.checked ? [...values.activePacks, p.id] : values.activePacks.filter((x) => x !== p.id) })}
                    />
                    <strong>{p.title[language]}</strong>
                    <code>{p.id}</code>
                    <span class="muted">{t('packs.version', { version: p.version })}</span>
                  </label>
                  {p.sources.length > 0 && (
                    <details>
                      <summary>{t('packs.sources', { n: p.sources.length })}</summary>
                      <ul>
                        {p.sources.map((s) => (
                          <li key={s.id}>
                            <a href={s.url} target="_blank" rel="noopener noreferrer">
                              {s.title}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Setting>
        <Setting data={data} name="extraTerms">
          {({ id, disabled, describedBy }) => <ExtraTerms data={data} id={id} disabled={disabled} describedBy={describedBy} save={(extraTerms) => save({ extraTerms })} />}
        </Setting>
      </section>

      <section aria-labelledby="history">
        <h2 id="history" tabIndex={-1}>
          {t('options.history')}
        </h2>
        <Setting data={data} name="historyKeep">
          {({ id, disabled, describedBy }) => (
            <input id={id} type="checkbox" checked={values.historyKeep} disabled={disabled} aria-describedby={describedBy} onChange={(e) => save({ historyKeep: e.currentTarget.checked })} />
          )}
        </Setting>
        <Setting data={data} name="historyDays">
          {({ id, disabled, describedBy }) => <DaysInput data={data} id={id} disabled={disabled} describedBy={describedBy} save={(historyDays) => save({ historyDays })} />}
        </Setting>
        <HistorySection data={data} store={store} {...(now !== undefined ? { now } : {})} />
      </section>

      <section aria-labelledby="sec-display">
        <h2 id="sec-display">{t('options.display')}</h2>
        <Setting data={data} name="language">
          {({ id, disabled, describedBy }) => (
            <select id={id} disabled={disabled} aria-describedby={describedBy} value={values.language} onChange={(e) => save({ language: e.currentTarget.value as SettingsValues['language'] })}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          )}
        </Setting>
      </section>

      <section aria-labelledby="sec-diagnostics">
        <h2 id="sec-diagnostics">{t('options.diagnostics')}</h2>
        <Diagnostics data={data} store={store} />
      </section>

      <section aria-labelledby="sec-privacy">
        <h2 id="sec-privacy">{t('options.privacy')}</h2>
        <p>{t('privacy.stored')}</p>
        <p>{t('privacy.local')}</p>
        <p>{t('privacy.control')}</p>
      </section>
      <p>
        <a href={store.pageUrl('/rules.html')}>{t('link.rules')}</a>
      </p>
    </main>
  );
}
