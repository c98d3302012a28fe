/**
 * TikTok web (www.tiktok.com) selectors as data: name → alternatives, most
 * stable first.
 *
 * Where they come from (see /work/shared/reference/platform-dom.md §4, §9;
 * confidence medium-high for `data-e2e`, low-medium for labels):
 * - `data-e2e` hooks (TikTok's own end-to-end test attributes, language
 *   free): recommend-list-item-container, feed-video, browse-video,
 *   video-desc / browse-video-desc, video-author-uniqueid / -nickname /
 *   -avatar, browse-username, browser-nickname, like-icon, browse-like-icon,
 *   feed-like-icon, browser-mode-like-icon, comment-icon, browse-comment-icon,
 *   share-icon, browse-share-icon (unverified), share-repost,
 *   video-share-repost, video-repost, follow-button, browse-follow,
 *   feed-follow, comment-input, comment-text, comment-post, comment-level-1/2,
 *   browse-music, video-music; the player id `xgwrapper-<n>-<videoId>`:
 *   public scrapers and bots 2024–2026 quoted in §4 (an Indonesian "LCR" bot,
 *   an extension's getButtonKind(), a comment driver's SELECTORS).
 * - Liked state `button[aria-pressed="true"]`: the LCR bot and a Vietnamese
 *   bot (§4, §9 "toggle state").
 * - Other share-panel targets (WhatsApp, Facebook, copy link, send to
 *   friends): §4 says they sit in the same panel as share-repost but names
 *   no hooks. They are taken as the `share-*` / `video-share-*` siblings of
 *   the documented repost entries, minus the known counters and icons:
 *   INFERRED, verify on a saved page.
 * - Labels are fallbacks only. English "Like video" / "Share video": the LCR
 *   bot (`aria-label*="Share video"`). Indonesian "Bagikan": an Indonesian
 *   CDP script (`aria-label*="Bagikan"`). Indonesian "Sukai video",
 *   "Mengikuti", "Teman", "Kirim", "Tambahkan komentar": UNVERIFIED (§9 marks
 *   TikTok's id strings "?"); "Hapus posting ulang" as the undo text: §4.
 * - Profile header `user-title` / `user-subtitle` / `user-bio` / `user-page`:
 *   common scraper knowledge, not in §4 (medium confidence).
 */
export const TIKTOK_SELECTORS = {
  /** One card of the For You / Following feed (virtualised: only a few are mounted). */
  feedItem: ['[data-e2e="recommend-list-item-container"]'],
  /** Browse mode (a video opened as a modal over a grid). */
  browseVideo: ['[data-e2e="browse-video"]'],
  /** The video player: double-click here likes. */
  player: ['[data-e2e="feed-video"]', '[id^="xgwrapper-"]', '[data-e2e="browse-video"] video'],
  /** Player wrapper whose id carries the video id: `xgwrapper-0-<videoId>`. */
  playerId: ['[id^="xgwrapper-"]'],
  desc: ['[data-e2e="video-desc"]', '[data-e2e="browse-video-desc"]'],
  music: ['[data-e2e="video-music"]', '[data-e2e="browse-music"]'],
  /** The @handle as text. */
  handle: ['[data-e2e="video-author-uniqueid"]', '[data-e2e="browse-username"]'],
  nickname: ['[data-e2e="video-author-nickname"]', '[data-e2e="browser-nickname"]'],
  avatar: ['[data-e2e="video-author-avatar"]', '[data-e2e="browse-user-avatar"]'],
  /** Marker icons inside the like button; the button is their `closest('button')`. */
  likeIcon: [
    '[data-e2e="like-icon"]',
    '[data-e2e="browse-like-icon"]',
    '[data-e2e="feed-like-icon"]',
    '[data-e2e="browser-mode-like-icon"]',
  ],
  likeLabel: ['button[aria-label*="Like video"]', 'button[aria-label*="Sukai video"]'],
  commentIcon: ['[data-e2e="comment-icon"]', '[data-e2e="browse-comment-icon"]'],
  shareIcon: ['[data-e2e="share-icon"]', '[data-e2e="browse-share-icon"]'],
  shareLabel: ['button[aria-label*="Share video"]', 'button[aria-label*="Bagikan video"]'],
  /** The public share: repost, from the share panel or a direct button. */
  repost: ['[data-e2e="share-repost"]', '[data-e2e="video-share-repost"]', '[data-e2e="video-repost"]'],
  /** The share popover a hovered Share opens, outside the card (the tooltip id is from a scraper, the class is styled-components' stable suffix). */
  sharePanel: ['[data-e2e="video-share-tooltip"]', '[class*="DivShareContainer"]', '[role="dialog"]', '[role="menu"]'],
  /** Every other target of the share panel (inferred naming, see above). */
  shareTarget: [
    '[data-e2e^="share-"]:not([data-e2e="share-icon"]):not([data-e2e="share-count"]):not([data-e2e="share-repost"])',
    '[data-e2e^="video-share-"]:not([data-e2e="video-share-count"]):not([data-e2e="video-share-icon-container"]):not([data-e2e="video-share-tooltip"]):not([data-e2e="video-share-repost"])',
  ],
  follow: ['[data-e2e="follow-button"]', '[data-e2e="browse-follow"]', '[data-e2e="feed-follow"]'],
  /** Draft.js editor of the comment box (old builds: comment-text). */
  commentEditor: ['[data-e2e="comment-input"] [contenteditable="true"]', '[data-e2e="comment-text"] [contenteditable="true"]'],
  commentBox: ['[data-e2e="comment-input"]', '[data-e2e="comment-text"]'],
  commentSubmit: ['[data-e2e="comment-post"]'],
  commentItem: ['[data-e2e="comment-level-1"]', '[data-e2e="comment-level-2"]', '[data-e2e="comment-item"]'],
  profileTitle: ['[data-e2e="user-title"]', '[data-e2e="user-subtitle"]'],
  profileBio: ['[data-e2e="user-bio"]'],
} as const satisfies Record<string, readonly string[]>;

export type TikTokSelectorName = keyof typeof TIKTOK_SELECTORS;

/**
 * Visible texts of controls in their "undo" state. TikTok gives these no
 * language-free marker, so the text decides (en verified by bots; id
 * unverified except "Hapus posting ulang").
 */
export const UNDO_TEXTS = {
  /** Follow button once following (en, id). */
  following: ['Following', 'Friends', 'Mengikuti', 'Teman'],
  /** Repost entry once reposted: LCR bot tests /remove|hapus/. */
  repost: /\b(remove|hapus|undo|batalkan)\b/i,
} as const;
