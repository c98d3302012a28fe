/** The user's extra terms: one per line, validated as typed, saved only when valid. */
import { useEffect, useState } from 'preact/hooks';
import { validateExtraTerms } from '../../settings/extra-terms';
import type { PageData } from '../pages/use-stored';

const linesOf = (text: string) => (text.trim() === '' ? [] : text.split('\n').map((l) => l.replace(/\r$/, '')));

export function ExtraTerms({ data, id, disabled, describedBy, save }: { data: PageData; id: string; disabled: boolean; describedBy: string; save(terms: string[]): void }) {
  const { t, values } = data;
  const [text, setText] = useState(values.extraTerms.join('\n'));
  const stored = values.extraTerms.join('\n');
  // Follow changes made elsewhere (another tab, the organisation) when not editing.
  useEffect(() => setText((current) => (validateExtraTerms(linesOf(current)).length === 0 ? stored : current)), [stored]);
  const lines = linesOf(text);
  const problems = validateExtraTerms(lines);
  const errorsId = `${id}-errors`;
  return (
    <>
      <textarea
        id={id}
        rows={5}
        disabled={disabled}
        aria-describedby={`${describedBy}${problems.length ? ` ${errorsId}` : ''}`}
        aria-invalid={problems.length > 0}
        value={text}
        onInput={(e) => {
          const next = (e.currentTarget as HTMLTextAreaElement).value;
          setText(next);
          const nextLines = linesOf(next);
          if (validateExtraTerms(nextLines).length === 0) save(nextLines.map((l) => l.trim()));
        }}
      />
      {problems.length > 0 && (
        <div id={errorsId} class="error" role="alert" data-testid="terms-errors">
          <ul>
            {problems.map((p) => (
              <li key={p.index}>{t('terms.line', { n: p.index + 1, error: t(`terms.error.${p.error}`) })}</li>
            ))}
          </ul>
          <p>{t('terms.notSaved')}</p>
        </div>
      )}
    </>
  );
}
