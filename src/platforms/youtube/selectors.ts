/**
 * YouTube (www.youtube.com, desktop Polymer/Lit app) selectors as data:
 * name → alternatives, most stable first.
 *
 * Where they come from (see /work/shared/reference/platform-dom.md §5, §9;
 * compiled 2026-11 from public code, no live visit):
 * - Custom element names and ids (`ytd-watch-flexy[video-id]`,
 *   `ytd-watch-metadata`, `like-button-view-model` / `dislike-button-view-model`,
 *   `#segmented-like-button`, `#top-level-buttons-computed`, `aria-pressed`
 *   as the liked state, Shorts `ytd-reel-video-renderer[is-active]`,
 *   `reel-action-bar-view-model`): Anarios/return-youtube-dislike userscript
 *   and `src/{buttons,state}.js` @ c0c3a2e (2025-10). High confidence.
 * - Comments (`ytd-comment-thread-renderer`, `ytd-comment-view-model` /
 *   `ytd-comment-renderer`, `#content-text`, `#author-text`,
 *   `ytd-comment-engagement-bar #like-button`, `ytd-commentbox`,
 *   `#contenteditable-root`, `#submit-button`, `#reply-button-end`):
 *   comment tools and bots 2024–26 quoted in platform-dom.md §5. High.
 * - Shorts metadata (`yt-shorts-video-title-view-model h2`,
 *   `yt-reel-channel-bar-view-model`, `yt-subscribe-button-view-model`):
 *   Shorts scrapers and title translators 2025 (public code search). Medium.
 * - Share panel (`ytd-unified-share-panel-renderer` in `ytd-popup-container`,
 *   `yt-share-target-renderer`, `yt-copy-link-renderer #copy-button`,
 *   `#share-url`): scrapers, platform-dom.md §5. Medium.
 * - The Share opener has no language-free hook: it is found by its label,
 *   "Share" (en) / "Bagikan" (id, unverified, platform-dom.md §9).
 * - Subscribed state: `ytd-subscribe-button-renderer[subscribed]` (high), or
 *   the labels in SUBSCRIBED_WORDS: "Subscribed"/"Unsubscribe" (en, seen in
 *   Shorts scrapers); Indonesian "Disubscribe"/"Berhenti subscribe" are
 *   unverified guesses. Indonesian YouTube keeps the word "Subscribe".
 *
 * Design-system classes (`yt-spec-button-shape-next--…`) are never used.
 */
const SHARE_LABELS = ['Share', 'Bagikan' /* (unverified) */];
const byLabel = (scope: string, labels: readonly string[]): string[] =>
  labels.flatMap((label) => [`${scope} button[aria-label="${label}"]`, `${scope} button[title="${label}"]`]);

export const YT_SELECTORS = {
  /** The watch page root; reused across SPA navigations (its video-id changes). */
  watch: ['ytd-watch-flexy', 'ytd-watch-grid'],
  metadata: ['ytd-watch-metadata', 'ytd-video-primary-info-renderer'],
  title: ['ytd-watch-metadata #title h1', 'ytd-watch-metadata h1', 'ytd-video-primary-info-renderer h1'],
  /** Hashtags shown above the title. */
  superTitle: ['ytd-watch-metadata #super-title', 'ytd-video-primary-info-renderer #super-title'],
  description: ['ytd-watch-metadata #description-inline-expander', 'ytd-watch-metadata ytd-text-inline-expander', 'ytd-video-secondary-info-renderer #description'],
  /** Parts of the description box that are not the uploader's text. */
  descriptionChrome: [
    'ytd-text-inline-expander #expand',
    'ytd-text-inline-expander #collapse',
    'ytd-text-inline-expander tp-yt-paper-button',
    'ytd-text-inline-expander button',
    'ytd-text-inline-expander #info-container',
  ],
  /** Parts of the watch page about other videos (sidebar, playlist): not the watched video. */
  otherVideos: ['#secondary', 'ytd-watch-next-secondary-results-renderer', 'ytd-compact-video-renderer', 'yt-lockup-view-model', 'ytd-playlist-panel-renderer'],
  owner: ['ytd-video-owner-renderer'],
  /** The channel name link (display name; href is /@handle or /channel/UC…). */
  channelName: ['ytd-channel-name a', '#channel-name a'],
  /** Every rendered Short; the one on screen is `[is-active]`. */
  reel: ['ytd-reel-video-renderer'],
  activeReel: ['ytd-reel-video-renderer[is-active]'],
  reelTitle: ['yt-shorts-video-title-view-model h2', 'ytd-reel-player-header-renderer #video-title'],
  reelChannel: ['yt-reel-channel-bar-view-model a[href^="/@"]', 'ytd-reel-player-header-renderer #channel-name a', 'ytd-reel-player-header-renderer a[href^="/@"]'],
  comment: ['ytd-comment-view-model', 'ytd-comment-renderer'],
  commentThread: ['ytd-comment-thread-renderer'],
  commentText: ['#content-text'],
  commentAuthor: ['a#author-text', '#author-text'],
  /** The time link carries `&lc=<comment id>`. */
  commentTime: ['#published-time-text a', 'a[href*="lc="]'],
  /** Like of a video, a Short or a comment (both states: `aria-pressed` tells them apart). */
  like: [
    'like-button-view-model button',
    '#segmented-like-button button',
    'ytd-comment-engagement-bar #like-button button',
    'ytd-reel-video-renderer #like-button button',
    '#top-level-buttons-computed > ytd-toggle-button-renderer:first-child button',
  ],
  /** Never an action; checked before `like` because old layouts nest it near #like-button. */
  dislike: [
    'dislike-button-view-model button',
    '#segmented-dislike-button button',
    '#dislike-button button',
    '#top-level-buttons-computed > ytd-toggle-button-renderer:nth-child(2) button',
  ],
  /** Toggle state "on": a pressed like is the un-like control. */
  pressed: ['button[aria-pressed="true"]'],
  /** Opens the share panel; the share itself is a target in the panel. */
  shareOpener: [
    ...byLabel('ytd-menu-renderer', SHARE_LABELS),
    ...byLabel('reel-action-bar-view-model', SHARE_LABELS),
    'ytd-reel-video-renderer #share-button button',
  ],
  sharePanel: ['ytd-unified-share-panel-renderer'],
  /** WhatsApp, Facebook, X, Email, … and Embed: each sends the video somewhere. */
  shareTarget: ['ytd-unified-share-panel-renderer yt-share-target-renderer button', 'ytd-unified-share-panel-renderer yt-share-target-renderer #target'],
  copyLink: ['ytd-unified-share-panel-renderer yt-copy-link-renderer #copy-button button', 'ytd-unified-share-panel-renderer #copy-button button'],
  /** `https://youtu.be/<id>?si=…`: names the video when memory is empty. */
  shareUrl: ['ytd-unified-share-panel-renderer #share-url'],
  subscribe: ['ytd-subscribe-button-renderer button', 'yt-subscribe-button-view-model button', '#subscribe-button button'],
  subscribed: ['ytd-subscribe-button-renderer[subscribed] button', 'ytd-subscribe-button-renderer[subscribed]'],
  /** Channel page header (subscribe outside any video). */
  channelHeader: ['yt-page-header-renderer', 'ytd-c4-tabbed-header-renderer'],
  commentBox: ['ytd-commentbox'],
  editor: ['ytd-commentbox #contenteditable-root[contenteditable="true"]', 'ytd-commentbox [contenteditable="true"]'],
  submit: ['ytd-commentbox #submit-button button'],
  /** "Add a comment…": only opens the box, not an action. */
  placeholder: ['ytd-comment-simplebox-renderer #simplebox-placeholder', 'ytd-comment-simplebox-renderer #placeholder-area'],
  /** "Reply": only opens a reply box, not an action. */
  replyOpener: ['#reply-button-end button'],
  popup: ['ytd-popup-container'],
} as const satisfies Record<string, readonly string[]>;

export type YtSelectorName = keyof typeof YT_SELECTORS;

/** Labels of the subscribe button in its subscribed (undo) state; lower case, matched as prefixes. */
export const SUBSCRIBED_WORDS = [
  'subscribed',
  'unsubscribe',
  'disubscribe', // (unverified) id
  'berhenti subscribe', // (unverified) id
  'batal subscribe', // (unverified) id
] as const;

const joined = new Map<YtSelectorName, string>();

/** A named selector as one CSS selector list. */
export function css(name: YtSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = YT_SELECTORS[name].join(', ');
    joined.set(name, list);
  }
  return list;
}
