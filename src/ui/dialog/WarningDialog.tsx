/**
 * The warning shown before a held action: what was about to happen, the
 * words that matched in a short excerpt, why, the rule, the possible
 * sanctions with their sources, and two choices. Cancel is focused and is
 * what Esc, the backdrop and the close button do.
 *
 * Only trusted user events count: a page script that dispatches a click on
 * "Tetap lanjutkan" (it could only reach it through a closed shadow root
 * anyway) is ignored.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Assessment, Level } from '../../detect/types';
import type { Language } from '../../i18n/language';
import type { ActionKind } from '../../platforms/types';
import { REVOKED_NOTE, rulesFor, type Citation, type Localized } from '../../rules/index';
import { excerpt } from './excerpt';
import { DIALOG_MESSAGES } from './messages';

export interface WarningProps {
  action: ActionKind;
  /** The text that was assessed (the post or the user's draft). */
  text: string;
  /** True when the text is the user's own draft rather than someone's post. */
  isDraft: boolean;
  assessment: Assessment & { level: Exclude<Level, 'none'> };
  site: string;
  language: Language;
  /** Organisation's "where to ask" line and address, when set. */
  helpText?: string | undefined;
  helpUrl?: string | undefined;
  organisationName?: string | undefined;
  allowProceed: boolean;
  /** Justify mode: Proceed stays disabled until a reason is typed. */
  requireReason?: boolean;
  /** False while the dialog is mounted ahead, veiled (see stageWarning in mount.tsx): Cancel gets focus once it is shown. */
  shown?: boolean;
  onCancel(): void;
  onProceed(reason?: string): void;
}

export function WarningDialog(props: WarningProps) {
  const m = DIALOG_MESSAGES[props.language];
  const lang = props.language;
  const local = (value: Localized) => value[lang];
  const { level } = props.assessment;
  const rules = rulesFor(props.action);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const segments = excerpt(props.text, props.assessment.matches);
  const terms = [...new Set(props.assessment.matches.map((match) => match.text))].slice(0, 12);
  const [reason, setReason] = useState('');
  const reasonMissing = !!props.requireReason && reason.trim() === '';

  // Focus Cancel in the frame that first shows the dialog, before it is
  // painted: focus() brings the whole page's style up to date, which on a
  // long feed costs milliseconds in the click's task; the frame does that
  // work anyway. (Keys pressed before it are held by the guard meanwhile.)
  // preventScroll: the top must stay in view.
  const shown = props.shown !== false;
  useLayoutEffect(() => {
    if (!shown) return;
    const frame = requestAnimationFrame(() => cancelRef.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [shown]);

  const trusted = (handler: () => void) => (event: Event) => {
    if (!event.isTrusted) return;
    handler();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Tab') {
      trapFocus(event, dialogRef.current);
    }
  };

  return (
    // Staged (veiled, not yet shown): hidden from assistive technology too.
    <div class="backdrop" aria-hidden={shown ? undefined : 'true'} onClick={trusted(props.onCancel)}>
      <div
        ref={dialogRef}
        class={`dialog ${level}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="netral-title"
        aria-describedby="netral-lead"
        lang={lang}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <header>
          <p class="about">
            {(props.isDraft ? m.aboutDraft : m.about)[props.action]} {m.onSite(props.site)}
          </p>
          <h2 id="netral-title">{m.title[level]}</h2>
          <p id="netral-lead" class="lead">
            {m.lead[level]}
          </p>
        </header>

        <div class="body">
        {segments.length > 0 && (
          <blockquote class="excerpt" aria-label={m.matched}>
            {segments.map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
          </blockquote>
        )}

        <section aria-labelledby="netral-why">
          <h3 id="netral-why">{m.why}</h3>
          {terms.length > 0 && (
            <p class="terms">
              {m.matched}: {terms.map((t, i) => <mark key={i}>{t}</mark>)}
            </p>
          )}
          <ul>
            {props.assessment.reasons.map((reason, i) => (
              <li key={i}>{reason[lang]}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="netral-rule">
          <h3 id="netral-rule">{m.rule}</h3>
          {rules.rules.map((rule) => (
            <div class="statement" key={rule.id}>
              <strong>{local(rule.title)}</strong>
              {rule.quote && <q lang="id">{rule.quote}</q>}
              <p>{local(rule.summary)}</p>
              <Sources label={m.sources} sources={rule.sources} />
            </div>
          ))}
          <div class="statement">
            <strong>
              {m.law}: {local(rules.law.title)}
            </strong>
            {rules.law.quote && <q lang="id">{rules.law.quote}</q>}
            <Sources label={m.sources} sources={rules.law.sources} />
          </div>
        </section>

        <section aria-labelledby="netral-sanctions">
          <h3 id="netral-sanctions">{m.sanctions}</h3>
          {rules.sanctions.map((sanction) => (
            <div class="statement" key={sanction.id}>
              <strong>{local(sanction.title)}</strong>
              <p>{local(sanction.summary)}</p>
              <Sources label={m.sources} sources={sanction.sources} />
            </div>
          ))}
          <p class="note">
            {m.revoked}: {local(REVOKED_NOTE.summary)}
          </p>
        </section>

        {(props.organisationName || props.helpText || props.helpUrl) && (
          <section class="help" aria-label={m.help}>
            {props.organisationName && <p class="org">{m.organisation(props.organisationName)}</p>}
            {props.helpText && <p>{props.helpText}</p>}
            {props.helpUrl && (
              <p>
                {m.help}:{' '}
                <a href={props.helpUrl} target="_blank" rel="noopener noreferrer">
                  {props.helpUrl.replace(/^mailto:/, '')}
                </a>
              </p>
            )}
          </section>
        )}

        {props.allowProceed && props.requireReason && (
          <div class="reason">
            <label for="netral-reason">{m.reasonLabel}</label>
            <textarea
              id="netral-reason"
              rows={2}
              maxLength={500}
              aria-describedby="netral-reason-hint"
              aria-required="true"
              value={reason}
              onInput={(event) => setReason((event.currentTarget as HTMLTextAreaElement).value)}
            />
            <p id="netral-reason-hint" class="note">
              {m.reasonHint}
            </p>
          </div>
        )}
        {!props.allowProceed && <p class="blocked">{m.blocked}</p>}
        </div>

        <footer>
          <button ref={cancelRef} type="button" class="cancel" onClick={trusted(props.onCancel)}>
            {m.cancel}
          </button>
          {props.allowProceed && (
            <button
              type="button"
              class="proceed"
              disabled={reasonMissing}
              onClick={trusted(() => {
                if (!reasonMissing) props.onProceed(props.requireReason ? reason.trim() : undefined);
              })}
            >
              {m.proceed}
            </button>
          )}
        </footer>
        <p class="fineprint">{m.proceedNote}</p>
      </div>
    </div>
  );
}

function Sources({ label, sources }: { label: string; sources: readonly Citation[] }) {
  return (
    <details class="sources">
      <summary>
        {label} ({sources.length})
      </summary>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapFocus(event: KeyboardEvent, dialog: HTMLElement | null): void {
  if (!dialog) return;
  const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], summary, textarea, [tabindex]:not([tabindex="-1"])')];
  if (focusable.length === 0) return;
  const first = focusable[0]!;
  const last = focusable[focusable.length - 1]!;
  const active = (dialog.getRootNode() as ShadowRoot | Document).activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
