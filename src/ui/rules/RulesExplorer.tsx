/**
 * The rules explorer: the neutrality duty, every social-media prohibition
 * with examples and the actions Netral holds, the sanctions, who is bound
 * and where to ask — each statement with sources and review date. A filter
 * box narrows the statements; the PP 53/2010 note always stays visible.
 */
import { useState } from 'preact/hooks';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/messages/index';
import { PERSONS, RULE_EXAMPLES, WHERE_TO_ASK } from '../../rules/explorer';
import { NEUTRALITY_LAW, REVOKED_NOTE, RULES, SANCTIONS, type LegalStatement, type Rule } from '../../rules/index';
import type { PageStore } from '../pages/store';
import { useDocumentLanguage, useStored } from '../pages/use-stored';

/** Everything a reader could search for in one statement, in the page's language. */
export function searchText(s: LegalStatement, language: Language, extra: string[] = []): string {
  return [s.title[language], s.summary[language], s.quote ?? '', ...s.sources.map((c) => c.title), ...extra].join(' ').toLocaleLowerCase('id');
}

export function matchesQuery(haystack: string, query: string): boolean {
  const words = query.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  return words.every((w) => haystack.includes(w));
}

function Sources({ s, t }: { s: LegalStatement; t: Translate }) {
  return (
    <footer class="muted">
      <details>
        <summary>{t('rules.sources')}</summary>
        <ul>
          {s.sources.map((c) => (
            <li key={c.url}>
              <a href={c.url} target="_blank" rel="noopener noreferrer">
                {c.title}
              </a>
            </li>
          ))}
        </ul>
      </details>
      <p>{t('rules.reviewed', { date: s.reviewed })}</p>
    </footer>
  );
}

function Statement({ s, t, language }: { s: LegalStatement; t: Translate; language: Language }) {
  return (
    <article class="panel card" id={s.id} data-statement={s.id}>
      <h3>{s.title[language]}</h3>
      {s.quote && (
        <blockquote lang="id">
          <span class="visually-hidden">{t('rules.quote')}: </span>“{s.quote}”
        </blockquote>
      )}
      <p>{s.summary[language]}</p>
      <Sources s={s} t={t} />
    </article>
  );
}

function RuleCard({ rule, t, language }: { rule: Rule; t: Translate; language: Language }) {
  const examples = RULE_EXAMPLES[rule.id] ?? [];
  const sanctions = SANCTIONS.filter((s) => s.kind !== 'discipline-moderate');
  return (
    <article class="panel card" id={rule.id} data-statement={rule.id}>
      <h3>{rule.title[language]}</h3>
      {rule.quote && (
        <>
          <h4>{t('rules.quote')}</h4>
          <blockquote lang="id">“{rule.quote}”</blockquote>
        </>
      )}
      <h4>{t('rules.meaning')}</h4>
      <p>{rule.summary[language]}</p>
      <p>
        <strong>{t('rules.appliesTo')}:</strong> {t(`rules.appliesTo.${rule.appliesTo}`)}
      </p>
      <p>
        <strong>{t('rules.actions')}:</strong> {rule.actions.map((a) => t(`action.${a}`)).join(', ')}
      </p>
      <p>
        <strong>{t('rules.sanctions')}:</strong>{' '}
        {sanctions.map((s, i) => (
          <span key={s.id}>
            {i > 0 && '; '}
            <a href={`#${s.id}`}>{s.title[language]}</a>
          </span>
        ))}
      </p>
      <Sources s={rule} t={t} />
      {examples.length > 0 && (
        <>
          <h4>{t('rules.examples')}</h4>
          <ul class="plain">
            {examples.map((e) => (
              <li key={e.id} class="example">
                <strong>{e.title[language]}.</strong> {e.summary[language]}
                <Sources s={e} t={t} />
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

export function RulesExplorer({ store }: { store: PageStore }) {
  const data = useStored(store);
  const [query, setQuery] = useState('');
  useDocumentLanguage(data?.language, data?.t('rules.title'));
  if (!data) return null;
  const { t, language } = data;
  const show = (s: LegalStatement, extra: string[] = []) => matchesQuery(searchText(s, language, extra), query);
  const ruleExtra = (r: Rule) => [
    ...(RULE_EXAMPLES[r.id] ?? []).flatMap((e) => [e.title[language], e.summary[language]]),
    ...r.actions.map((a) => t(`action.${a}`)),
    t(`rules.appliesTo.${r.appliesTo}`),
  ];
  const sections: { id: string; title: string; items: preact.JSX.Element[] }[] = [
    { id: 'law', title: t('rules.law'), items: [NEUTRALITY_LAW].filter((s) => show(s)).map((s) => <Statement key={s.id} s={s} t={t} language={language} />) },
    { id: 'prohibitions', title: t('rules.prohibitions'), items: RULES.filter((r) => show(r, ruleExtra(r))).map((r) => <RuleCard key={r.id} rule={r} t={t} language={language} />) },
    { id: 'sanctions', title: t('rules.sanctions'), items: SANCTIONS.filter((s) => show(s)).map((s) => <Statement key={s.id} s={s} t={t} language={language} />) },
    { id: 'who', title: t('rules.who'), items: PERSONS.filter((s) => show(s)).map((s) => <Statement key={s.id} s={s} t={t} language={language} />) },
    { id: 'ask', title: t('rules.ask'), items: WHERE_TO_ASK.filter((s) => show(s)).map((s) => <Statement key={s.id} s={s} t={t} language={language} />) },
  ];
  const found = sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <main class="rules">
      <h1>{t('rules.title')}</h1>
      <p>{t('rules.intro')}</p>
      <aside class="panel note" role="note" aria-labelledby="revoked-heading" data-testid="revoked-note">
        <h2 id="revoked-heading">
          {t('rules.note')}: {REVOKED_NOTE.title[language]}
        </h2>
        <p>{REVOKED_NOTE.summary[language]}</p>
        <Sources s={REVOKED_NOTE} t={t} />
      </aside>
      <search>
        <label for="rules-search">{t('rules.search')}</label>{' '}
        <input id="rules-search" type="search" value={query} placeholder={t('rules.searchPlaceholder')} aria-describedby="rules-count" onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />{' '}
        <span id="rules-count" role="status" class="muted" data-testid="rules-count">
          {query.trim() ? (found > 0 ? t('rules.results', { n: found }) : t('rules.noResults')) : ''}
        </span>
      </search>
      {sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <section key={s.id} aria-labelledby={`sec-${s.id}`}>
            <h2 id={`sec-${s.id}`}>{s.title}</h2>
            {s.items}
          </section>
        ))}
    </main>
  );
}
