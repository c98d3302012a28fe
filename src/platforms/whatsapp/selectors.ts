/**
 * WhatsApp Web (web.whatsapp.com) selectors as data: name → alternatives,
 * most stable first.
 *
 * Where they come from (/work/shared/reference/platform-dom.md §8 and §9,
 * compiled 2026-11-23 from public bots and scrapers, no live visit;
 * confidence medium for structure, low-medium for icon names and labels):
 * - `#app`, `#pane-side`, `#main`, `#main footer`, `div[role="row"]`,
 *   `data-id` ("<fromMe>_<chatJid>_<msgId>[_<participantJid>]"),
 *   `.copyable-text[data-pre-plain-text]` ("[10:30, 28/09/2026] Name: "),
 *   `span.selectable-text`, `.message-in`/`.message-out`, the chat title
 *   `#main header span[dir="auto"][title]`: WhatsApp scrapers 2019–2026
 *   (medium; the two direction classes are semi-stable, used for counts only).
 * - Composer `div[contenteditable="true"][role="textbox"]` in `#main footer`,
 *   Lexical `[data-lexical-editor="true"]`, older `[data-tab="10"]`: scrapers.
 * - Send: `span[data-icon="wds-ic-send-filled"]` (2024–26 bots), older
 *   `span[data-icon="send"]`, `button[aria-label="Send"]`.
 * - Message menu chevron `down-context` / `ic-chevron-down-menu`, the menu
 *   `[role="application"] li[role="button"]` or `div[role="menu"]
 *   [role="menuitem"]`, items "Reply"/"Forward" and the old test ids
 *   `mi-forward`/`mi-reply`: a WhatsApp bot selector table (MENU_FORWARD).
 * - Quick forward `forward-chat` / `forward-refreshed` /
 *   `wds-ic-forward-outline`; select-mode bar `span[data-icon="forward"]`:
 *   scrapers. Forward dialog `div[role="dialog"]` with a send button: bots
 *   (`clickSend` in the dialog).
 * - `.quoted-mention` (quoted text in a bubble and in the reply panel):
 *   common scraper knowledge, not in platform-dom.md (medium-low).
 * - Indonesian labels: "Teruskan" is listed in §9 with "?"; "Kirim",
 *   "Balas", "Ketik pesan", "Teruskan pesan ke", "Menu konteks" are plausible
 *   translations that no source showed. All are marked (unverified) and sit
 *   behind the language-free `data-icon` / structure hooks.
 *
 * Class names other than the scrapers' long-lived `selectable-text`,
 * `copyable-text`, `message-in/out` and `quoted-mention` are obfuscated per
 * deploy and never used.
 */

/** Icon names WhatsApp has used for the send arrow, newest first (it renames them). */
const SEND_ICONS = ['wds-ic-send-filled', 'send'] as const;
const FORWARD_ICONS = ['forward-chat', 'forward-refreshed', 'wds-ic-forward-outline'] as const;
const MENU_ICONS = ['down-context', 'ic-chevron-down-menu'] as const;
const icons = (scope: string, names: readonly string[]): string[] => names.map((name) => `${scope} [data-icon="${name}"]`);

export const WHATSAPP_SELECTORS = {
  app: ['#app'],
  chatList: ['#pane-side'],
  /** The open conversation. */
  main: ['#main'],
  chatTitle: ['#main header span[dir="auto"][title]'],
  row: ['#main div[role="row"]'],
  /** One message; `data-id` keys it (virtualised list: never key by node). */
  message: ['#main div[role="row"] div[data-id]'],
  messageIn: ['#main div[data-id] .message-in', '#main div[data-id].message-in'],
  messageOut: ['#main div[data-id] .message-out', '#main div[data-id].message-out'],
  /** Holds sender, time and date in `data-pre-plain-text`. */
  messageMeta: ['#main div[data-id] [data-pre-plain-text]'],
  /** The message's own text (and media caption); emoji are `img[alt]` inside. */
  messageText: ['#main [data-pre-plain-text] span.selectable-text', '#main [data-pre-plain-text] [data-testid="selectable-text"]'],
  /** A quoted message inside a bubble or in the footer's reply panel. */
  quoted: ['#main span.quoted-mention'],
  /** Per-message chevron: only opens the menu. */
  messageMenu: [
    ...icons('#main div[role="row"]', MENU_ICONS),
    '#main div[role="row"] [role="button"][aria-label="Context menu"]',
    '#main div[role="row"] [role="button"][aria-label="Menu konteks"]', // (unverified)
  ],
  /** Items of any open menu (message menu, chat menus); which item it is comes from its label or text. */
  menuItem: ['[role="application"] li[role="button"]', 'div[role="menu"] [role="menuitem"]'],
  forwardItem: [
    '[data-testid="mi-forward"]',
    '[role="application"] [aria-label="Forward"]',
    'div[role="menu"] [aria-label="Forward"]',
    '[role="application"] [aria-label="Teruskan"]', // (unverified)
    'div[role="menu"] [aria-label="Teruskan"]', // (unverified)
  ],
  replyItem: [
    '[data-testid="mi-reply"]',
    '[role="application"] [aria-label="Reply"]',
    'div[role="menu"] [aria-label="Reply"]',
    '[role="application"] [aria-label="Balas"]', // (unverified)
    'div[role="menu"] [aria-label="Balas"]', // (unverified)
  ],
  /** Forward icon next to media and links: opens the forward dialog directly. */
  quickForward: icons('#main div[role="row"]', FORWARD_ICONS),
  /** "Select messages" mode: the bar's forward button and the rows' checkboxes. */
  selectForward: ['#main [data-icon="forward"]'],
  selectCheck: ['#main div[role="row"] [role="checkbox"]', '#main div[role="row"] input[type="checkbox"]'],
  dialog: ['div[role="dialog"]'],
  /** The dialog's send: the step that actually forwards. */
  dialogSend: [
    ...icons('div[role="dialog"]', SEND_ICONS),
    'div[role="dialog"] [aria-label="Send"]',
    'div[role="dialog"] [aria-label="Kirim"]', // (unverified)
  ],
  /** Chats offered in the forward dialog (group names are worth knowing). */
  dialogCheck: ['div[role="dialog"] [role="checkbox"]', 'div[role="dialog"] input[type="checkbox"]'],
  composer: [
    '#main footer div[contenteditable="true"][role="textbox"]',
    '#main footer div[contenteditable="true"][data-lexical-editor="true"]',
    '#main footer div[contenteditable="true"][data-tab="10"]',
  ],
  send: [
    ...icons('#main footer', SEND_ICONS),
    '#main footer button[aria-label="Send"]',
    '#main footer [role="button"][aria-label="Send"]',
    '#main footer button[aria-label="Kirim"]', // (unverified)
    '#main footer [role="button"][aria-label="Kirim"]', // (unverified)
  ],
  /** The quoted message above the composer when replying to one. */
  replyPanel: ['#main footer span.quoted-mention'],
} as const satisfies Record<string, readonly string[]>;

export type WhatsAppSelectorName = keyof typeof WHATSAPP_SELECTORS;

/**
 * Visible texts and titles, for controls seen without the label above and
 * for telling the forward dialog from other dialogs. Indonesian entries are
 * (unverified) except "Teruskan" (listed with "?" in platform-dom.md §9).
 */
export const TEXTS = {
  forward: ['Forward', 'Teruskan'],
  reply: ['Reply', 'Balas'],
  forwardTitle: ['Forward message to', 'Forward messages to', 'Teruskan pesan ke'],
} as const;
