/**
 * What of the organisation's policy was ignored and why, on the popup and the
 * options page: an invalid value is never silently dropped.
 */
import type { PageData } from './use-stored';

export function PolicyProblems({ data }: { data: PageData }) {
  const { t, organisation } = data;
  if (organisation.problems.length === 0) return null;
  return (
    <section class="panel problems" role="alert" aria-labelledby="policy-problems" data-testid="policy-problems">
      <h2 id="policy-problems">{t('policy.problems')}</h2>
      <ul>
        {organisation.problems.map((p, i) => (
          <li key={i}>{t(`policy.problem.${p.code}`, { key: p.key, detail: p.detail ?? '' })}</li>
        ))}
      </ul>
      <p class="muted">{t('policy.problems.note')}</p>
    </section>
  );
}
