/**
 * Dialog styles, injected into the dialog's own shadow root so the site's
 * CSS cannot reach them (WXT resets inherited styles with `all: initial`).
 * Contrast is AA in light and dark schemes. No entry animation: the dialog
 * is rendered unseen during the press (mount.tsx) and appears at once.
 */
export const DIALOG_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center;
  background: rgba(15, 23, 42, 0.55);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #111827;
}
.dialog {
  box-sizing: border-box; width: min(560px, calc(100vw - 24px)); max-height: calc(100vh - 24px);
  display: flex; flex-direction: column; overflow: hidden;
  background: #ffffff; border-radius: 12px; padding: 20px 22px 14px;
  box-shadow: 0 20px 50px rgba(0,0,0,.35); border-top: 6px solid #b45309;
}
.dialog.risk { border-top-color: #b91c1c; }
.dialog > header, .dialog > footer, .fineprint { flex-shrink: 0; }
.body { overflow: auto; min-height: 0; border-top: 1px solid #e5e7eb; border-bottom: 1px solid #e5e7eb; padding: 0 2px; }
.about { margin: 0 0 4px; font-weight: 600; color: #374151; }
h2 { margin: 0 0 6px; font-size: 19px; line-height: 1.3; color: #7f1d1d; }
.caution h2 { color: #78350f; }
h3 { margin: 14px 0 6px; font-size: 14px; text-transform: uppercase; letter-spacing: .03em; color: #374151; }
.lead { margin: 0 0 10px; }
.excerpt { margin: 8px 0; padding: 8px 12px; background: #f3f4f6; border-left: 3px solid #9ca3af; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #fde68a; color: #111827; padding: 0 2px; border-radius: 2px; }
.terms mark { margin: 0 3px; }
ul { margin: 4px 0; padding-left: 20px; }
.statement { margin: 6px 0 10px; }
.statement p { margin: 4px 0; }
q { display: block; margin: 4px 0; font-style: italic; color: #374151; }
.note, .fineprint, .help { font-size: 13px; color: #4b5563; }
.help { padding: 8px 10px; background: #eff6ff; border-radius: 6px; color: #1e3a8a; margin-top: 10px; }
.help p { margin: 2px 0; }
.reason { margin-top: 12px; }
.reason label { display: block; font-weight: 600; margin-bottom: 4px; }
.reason textarea { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; border: 2px solid #9ca3af; border-radius: 6px; resize: vertical; background: #ffffff; color: #111827; }
.blocked { margin-top: 12px; font-weight: 600; }
button[disabled] { opacity: .5; cursor: not-allowed; }
details.sources summary { cursor: pointer; font-size: 13px; color: #1d4ed8; }
a { color: #1d4ed8; }
footer { display: flex; gap: 10px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
button { font: inherit; font-weight: 600; border-radius: 8px; padding: 9px 16px; cursor: pointer; border: 2px solid transparent; }
.cancel { background: #1d4ed8; color: #ffffff; }
.proceed { background: #ffffff; color: #374151; border-color: #9ca3af; }
button:focus-visible, summary:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .backdrop { color: #f3f4f6; background: rgba(0,0,0,.65); }
  .dialog { background: #1f2937; }
  .about, h3, q { color: #d1d5db; }
  h2 { color: #fca5a5; } .caution h2 { color: #fcd34d; }
  .excerpt { background: #111827; border-left-color: #6b7280; }
  .body { border-color: #374151; }
  .note, .fineprint { color: #d1d5db; }
  .help { background: #1e3a8a; color: #dbeafe; }
  .reason textarea { background: #111827; color: #f3f4f6; border-color: #6b7280; }
  details.sources summary, a { color: #93c5fd; }
  .cancel { background: #2563eb; }
  .proceed { background: #1f2937; color: #f3f4f6; border-color: #6b7280; }
}
`;
