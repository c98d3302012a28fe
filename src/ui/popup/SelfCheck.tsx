/**
 * "Cek sebelum posting": the draft is rated as it is typed, on the device.
 * The lexicon is compiled once (lexiconFor caches); a rating of 5,000
 * characters takes a few milliseconds, so no debounce is needed.
 */
import { useMemo, useState } from 'preact/hooks';
import { assess, type Lexicon } from '../../detect/index';
import type { Language } from '../../i18n/language';
import type { Translate } from '../../i18n/messages/index';
import { rulesFor } from '../../rules/index';
import { highlight } from '../pages/highlight';

export interface SelfCheckProps {
  t: Translate;
  language: Language;
  lexicon: Lexicon;
}

const MAX_LENGTH = 20_000;

export function SelfCheck({ t, language, lexicon }: SelfCheckProps) {
  const [text, setText] = useState('');
  const [copyNote, setCopyNote] = useState('');
  const assessment = useMemo(() => (text.trim() ? assess(text, lexicon) : null), [text, lexicon]);
  const rules = rulesFor('post');
  const rule = rules.rules[0];
  const terms = assessment ? [...new Set(assessment.matches.map((m) => m.text))] : [];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(t('check.copied'));
    } catch {
      setCopyNote(t('check.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="check-heading">
      <h2 id="check-heading">{t('check.heading')}</h2>
      <label for="check-text">{t('check.label')}</label>
      <p id="check-hint" class="muted">{t('check.hint')}</p>
      <textarea
        id="check-text"
        rows={5}
        maxLength={MAX_LENGTH}
        aria-describedby="check-hint check-count"
        placeholder={t('check.placeholder')}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setCopyNote('');
        }}
      />
      <div class="row">
        <button type="button" onClick={copy} disabled={!text}>
          {t('check.copy')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setText('');
            setCopyNote('');
            document.getElementById('check-text')?.focus();
          }}
          disabled={!text}
        >
          {t('check.clear')}
        </button>
        <span id="check-count" class="muted">{t('check.characters', { n: text.length })}</span>
        <span role="status" class="muted">{copyNote}</span>
      </div>
      {assessment && (
        <div class="panel" data-testid="check-result" aria-label={t('check.result')}>
          <p aria-live="polite">
            <span class={`level level-${assessment.level}`} data-level={assessment.level}>
              {t('check.level', { level: t(`level.${assessment.level}`) })}
            </span>
          </p>
          <p>{t(`level.${assessment.level}.description`)}</p>
          {terms.length > 0 && (
            <>
              <h3>{t('check.highlighted')}</h3>
              <p class="text-preview" data-testid="check-highlight">
                {highlight(text, assessment.matches).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
              </p>
              <h3>{t('check.matched')}</h3>
              <p>{terms.join(', ')}</p>
            </>
          )}
          {assessment.reasons.length > 0 && (
            <>
              <h3>{t('check.reasons')}</h3>
              <ul>
                {assessment.reasons.map((r) => (
                  <li key={r.code}>{r[language]}</li>
                ))}
              </ul>
            </>
          )}
          {assessment.level !== 'none' && rule && (
            <>
              <h3>{t('check.rule')}</h3>
              <p>
                <strong>{rule.title[language]}</strong>: {rule.summary[language]}
              </p>
              <h3>{t('check.sanctions')}</h3>
              <ul>
                {rules.sanctions.map((s) => (
                  <li key={s.id}>{s.title[language]}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
