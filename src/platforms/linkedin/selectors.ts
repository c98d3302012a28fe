/**
 * LinkedIn (www.linkedin.com) selectors as data: name → alternatives, most
 * stable first. LinkedIn is mid-migration, so most names carry one hook for
 * the new server-driven UI (SDUI: `data-testid`, `componentkey`, icon ids,
 * hashed classes we never use) and one for the old Ember feed (`data-urn`,
 * BEM classes that were stable for years).
 *
 * Where they come from (/work/shared/reference/platform-dom.md §7, §9;
 * compiled 2026-11-23 from public code, no live visit):
 * - SDUI feed `[data-testid="mainFeed"]`, items `[role="listitem"]` with
 *   `componentkey^="expanded"`, `expandable-text-box`, "Open control menu for
 *   post by NAME", "Reaction button state: no reaction|<Reaction>" (aria-pressed
 *   lies there), footer icon ids `svg[id^="comment"|"repost"|"send"]`,
 *   `commentBox-` / `commentButtonSection`, TipTap editor wrapper,
 *   `replaceableComment_urn:li:comment`: a LinkedIn selectors module verified
 *   live 2026-08-09, a live DOM capture note of 2026-06-24, and
 *   nexushoratio/userscripts linkedin-tool.user.js @ b4a9fef (2026-08-21).
 * - Ember feed `div[data-urn][role="article"]`, `feed-shared-social-action-bar`,
 *   `react-button__trigger[aria-pressed]` ("React Like" / "Unreact Like",
 *   aria-pressed reliable there), `reactions-menu` flyout buttons with
 *   `img[data-test-reactions-icon-type]`, `comments-comment-entity`,
 *   `comments-comment-box__form`, `.ql-editor`, `comments-comment-box__submit-button--cr`:
 *   an engagement driver's selectors module captured live 2026-08-02.
 * - `social-reshare-button`, `send-privately-button`,
 *   `social-reshare-button__sharing-as-is-dropdown-item`: linkedin-tool and
 *   2023–25 automation configs. `social-reshare-button__share-with-thoughts-dropdown-item`,
 *   `msg-form__send-button` and the SDUI menus' `role="menu"` shape are
 *   common scraper knowledge, unverified (medium confidence).
 * - Follow: `button[aria-label^="Follow "]` ("Follow NAME", scrapers 2026).
 * - Indonesian labels are ALL unverified (§9 marks LinkedIn's column "?"):
 *   "Ikuti", "Mengikuti", "Buka menu kontrol untuk postingan oleh", "Status tombol
 *   reaksi", "Buka menu reaksi", "Posting ulang", "Kirim". They sit behind
 *   language-free hooks (icon ids, classes, aria-pressed) wherever one exists.
 */
export const LI_SELECTORS = {
  feed: ['main [data-testid="mainFeed"]', 'main .scaffold-finite-scroll__content'],
  /** A post: SDUI feed item (suggestion modules are also listitems: only `expanded` ones are posts), or an Ember update. */
  post: [
    '[data-testid="mainFeed"] [role="listitem"][componentkey^="expanded"]',
    'div[data-urn^="urn:li:activity:"]',
    'div[data-urn^="urn:li:ugcPost:"]',
    'div[data-urn^="urn:li:share:"]',
  ],
  /** Comments and replies (they sit inside the post's container). */
  comment: ['[componentkey^="replaceableComment_urn:li:comment"]', 'article.comments-comment-entity', 'article.comments-comment-item'],
  postText: [
    '[data-testid="expandable-text-box"]',
    '.update-components-text',
    '.feed-shared-inline-show-more-text',
    '.comments-comment-item__main-content',
  ],
  /** Link card and document titles of an Ember update. */
  card: ['.update-components-article__title', '.update-components-article__subtitle', '.update-components-document__title'],
  /** Ember actor block: the original author (a repost's header names the reposter instead). */
  actor: ['.update-components-actor__container', '.update-components-actor'],
  actorName: ['.update-components-actor__title span[aria-hidden="true"]', '.update-components-actor__name span[aria-hidden="true"]'],
  /** SDUI post menu: its label carries the author's name. */
  controlMenu: ['button[aria-label^="Open control menu for post by "]', 'button[aria-label^="Buka menu kontrol untuk postingan oleh "]'],
  /** Profile links; the path names the account (the handle). */
  profileLink: ['a[href*="/in/"]', 'a[href*="/company/"]', 'a[href*="/school/"]', 'a[href*="/showcase/"]', 'a[href*="/newsletters/"]'],
  /** Repost / suggestion header above the actor ("X reposted this"). */
  socialHeader: ['.update-components-header'],
  /** SDUI like toggle: the state is only in the label. */
  reactionState: ['button[aria-label^="Reaction button state"]', 'button[aria-label^="Status tombol reaksi"]'],
  /** SDUI like toggle with no reaction yet. */
  reactionNone: ['button[aria-label$=": no reaction"]', 'button[aria-label$=": tidak ada reaksi"]'],
  /** Ember like toggle (post or comment): aria-pressed is truthful there. */
  reactTrigger: ['button.react-button__trigger[aria-pressed]', 'button[aria-pressed][aria-label^="React "]', 'button[aria-pressed][aria-label^="Unreact "]'],
  /** Keyboard affordance that opens the reactions flyout: only an opener. */
  reactionsOpener: ['button[aria-label^="Open reactions menu"]', 'button[aria-label^="Buka menu reaksi"]'],
  /**
   * A reaction in the flyout (Like, Celebrate, Support, Love, Insightful,
   * Funny): "React <Name>". The Ember trigger has the same "React Like" label,
   * hence `:not([aria-pressed])`. The reaction icons (`img[data-test-reactions-icon-type]`)
   * are not used: the reaction counts button shows them too.
   */
  reactionItem: [
    '.reactions-menu button',
    'button[aria-label^="React "]:not([aria-pressed])',
    'button[aria-label^="Bereaksi "]:not([aria-pressed])',
  ],
  /** Comment opener under a post; SDUI gives it sometimes no label at all, only the icon. */
  commentOpener: ['button:has(svg[id^="comment"])', 'button.comment-button', '[data-view-name="feed-comment-button"]'],
  commentBox: ['[componentkey^="commentBox-"]', 'form.comments-comment-box__form', '.comments-comment-box'],
  editor: [
    '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
    '.comments-comment-box__form .ql-editor[contenteditable="true"]',
    '.comments-comment-texteditor [contenteditable="true"]',
  ],
  /** Scoped to the comment box: the action bar's own "Comment" button shares the name. */
  commentSubmit: [
    '[componentkey*="commentButtonSection"] button',
    'div[id*="commentButtonSection"] button',
    'button.comments-comment-box__submit-button--cr',
    'button[class*="comments-comment-box__submit-button"]',
  ],
  /** Opens the Repost / "Repost with your thoughts" menu. */
  repostOpener: ['button:has(svg[id^="repost"])', 'button.social-reshare-button'],
  repostItem: [
    '.social-reshare-button__sharing-as-is-dropdown-item',
    '[role="menuitem"]:has(svg[data-test-icon="repost-medium"])',
  ],
  quoteItem: ['.social-reshare-button__share-with-thoughts-dropdown-item', '[role="menuitem"]:has(svg[data-test-icon="edit-medium"])'],
  /** Items of any open menu; the remembered opener says which menu it is. */
  menuItem: ['[role="menu"] [role="menuitem"]', '.artdeco-dropdown__content [role="button"]', '.artdeco-dropdown__item'],
  /** Opens the send-privately dialog. */
  sendOpener: ['button:has(svg[id^="send"])', 'button.send-privately-button'],
  /** The dialog's Send button; by class, else by its text inside a dialog (code). */
  sendButton: ['[role="dialog"] button.msg-form__send-button', '[role="dialog"] button[data-testid="send-button"]'],
  dialog: ['[role="dialog"]'],
  follow: ['button[aria-label^="Follow "]', 'button[aria-label^="Ikuti "]'],
  /** Undo state of follow: never an action. */
  unfollow: ['button[aria-label^="Following "]', 'button[aria-label^="Unfollow "]', 'button[aria-label^="Mengikuti "]', 'button[aria-label^="Berhenti mengikuti "]'],
} as const satisfies Record<string, readonly string[]>;

export type LiSelectorName = keyof typeof LI_SELECTORS;

/**
 * Visible words of controls that have no language-free hook: menu items of
 * the repost menu and the send dialog's button. Indonesian is unverified.
 */
export const TEXTS = {
  quote: ['Repost with your thoughts', 'Posting ulang dengan pendapat Anda', 'Posting ulang dengan pemikiran Anda'],
  repost: ['Repost', 'Posting ulang'],
  undoRepost: ['Undo repost', 'Remove repost', 'Batalkan posting ulang', 'Hapus posting ulang'],
  send: ['Send', 'Kirim'],
} as const;

/** Label prefixes that carry a name after them (SDUI post menu, follow buttons). */
export const NAME_PREFIXES = [
  'Open control menu for post by ',
  'Buka menu kontrol untuk postingan oleh ',
  'Follow ',
  'Ikuti ',
] as const;
