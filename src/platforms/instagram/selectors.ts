/**
 * Instagram (www.instagram.com) selectors and label tables.
 *
 * Where they come from — /work/shared/reference/platform-dom.md §3 and §9
 * (compiled 2026-11-23 from public code, no live visit; confidence: medium):
 * - `main article` per feed post, `div[role="dialog"] article` for a post
 *   opened over the feed, post ids from `a[href*="/p/"]` / `a[href*="/reel/"]`,
 *   caption `article h1` on a post page: many scrapers;
 *   enricobianchi10/social-automation-extension `src/utils/selectors.js`.
 * - Icon labels on the inner `<svg aria-label>` (the buttons themselves carry
 *   none): Like/Suka ✓, Unlike/Tidak Suka ✓, Comment/Komentar ✓, post-level
 *   icons `height="24"` vs comment hearts `12`/`16`: eliyantosarage/
 *   instagram-auto-liker-js `AutoLikesFeed.js` @077cf06 (Indonesian UI), an
 *   Indonesian "LCR" bot (2025–26, repository not recorded), beak2825/
 *   greasyfork_archives `js_greasyfork/539260.js`.
 * - "Share Post" (feed/post) and "Share" (reels): scrapers. Indonesian
 *   "Bagikan Postingan" / "Bagikan" are (unverified).
 * - Comment box `textarea[aria-label|placeholder="Add a comment…"]`, id
 *   "Tambahkan komentar…" ✓, submit text "Post"/"Kirim" ✓, Enter submits:
 *   KineticNexus/instagram-ai-bot `src/automation/selectors.ts`; LCR bot.
 * - Follow "Follow"/"Ikuti" (Ikuti unverified on Instagram, seen on Facebook),
 *   "Following"/"Mengikuti": scrapers.
 * - Share dialog items (Send/Kirim, Copy link/Salin tautan, Add post to your
 *   story, WhatsApp, Facebook…): English from scrapers; every Indonesian item
 *   except "Kirim" is (unverified).
 *
 * Class names (`_aamw`, `x1i10hfl` …) are Meta's per-deploy atomic classes:
 * never used. Buttons are `div[role="button"]` or `<button>`.
 */

const svg = (...labels: string[]): string[] => labels.map((l) => `svg[aria-label="${l}"]`);

/** Icon labels, en then id. Matched on the `<svg>` inside a button. */
export const ICONS = {
  like: svg('Like', 'Suka'),
  /** Liked state of the same heart: undo, never an action. */
  unlike: svg('Unlike', 'Tidak Suka'),
  comment: svg('Comment', 'Komentar'),
  share: svg('Share Post', 'Share', 'Bagikan Postingan' /* (unverified) */, 'Bagikan' /* (unverified) */),
  save: svg('Save', 'Remove', 'Simpan', 'Hapus'),
} as const;

export const instagramSelectors = {
  /** One article per post; a post opened over the feed sits in a dialog. */
  post: ['main article', '[role="dialog"] article'],
  /** Permalinks: the time link names the post (`/p/<code>/`, `/reel/<code>/`). */
  postLink: ['a[href*="/p/"]', 'a[href*="/reel/"]'],
  time: ['time[datetime]'],
  /** Post page caption: rendered as the first entry of the comment list, in an h1. */
  caption: ['article h1', '[role="dialog"] h1'],
  /** Feed caption and comment texts (code tells them apart by where they sit). */
  text: ['article span[dir="auto"]'],
  hashtag: ['a[href^="/explore/tags/"]'],
  /** Comment rows under a post (the caption row holds the h1 and is not a comment). */
  comment: ['article ul li:not(:has(h1))', '[role="dialog"] ul li:not(:has(h1))'],
  /** Photos (non-empty alt, not an avatar) and videos of posts. */
  media: ['article img[alt]:not([alt=""]):not([alt$="profile picture"]):not([alt^="Foto profil"])', 'article video'],
  avatar: ['img[alt$="profile picture"]', 'img[alt^="Foto profil"]' /* (unverified) */],
  verified: svg('Verified', 'Terverifikasi' /* (unverified) */),
  like: [...ICONS.like],
  /** Post-level heart (action bar); comment hearts are 12/16 px. */
  postLike: ICONS.like.map((s) => `${s}[height="24"]`),
  unlike: [...ICONS.unlike],
  commentOpener: [...ICONS.comment],
  shareOpener: [...ICONS.share],
  save: [...ICONS.save],
  /** The comment box: a textarea in a form; some surfaces (reels) use a contenteditable. */
  editor: ['form textarea', 'form [contenteditable="true"][role="textbox"]'],
  /** Buttons of the comment form; the submit is the one with text and no icon. */
  formButton: ['form [role="button"]', 'form button[type="submit"]'],
  dialog: ['div[role="dialog"]'],
} as const satisfies Record<string, readonly string[]>;

export type InstagramSelectorName = keyof typeof instagramSelectors;

/**
 * Visible-text tables for controls that carry no label of their own. Matched
 * on the trimmed text of a button, only in the context the key names.
 */
export const TEXTS = {
  follow: ['Follow', 'Follow Back', 'Follow back', 'Ikuti', 'Ikuti Balik' /* (unverified) */, 'Ikuti balik' /* (unverified) */],
  /** The comment form's submit. */
  commentSubmit: ['Post', 'Kirim'],
  /** Items of the share dialog that send or publish the post. */
  shareTarget: [
    'Send',
    'Kirim',
    'Send separately',
    'Kirim secara terpisah', // (unverified)
    'Copy link',
    'Salin tautan', // (unverified)
    'Add post to your story',
    'Add reel to your story',
    'Tambahkan postingan ke cerita Anda', // (unverified)
    'Tambahkan reel ke cerita Anda', // (unverified)
    'Share to Facebook',
    'Bagikan ke Facebook', // (unverified)
    'Facebook',
    'Messenger',
    'WhatsApp',
    'Threads',
    'X',
    'Email',
  ],
  /** Comment box placeholders (prefixes), for an editor outside any post. */
  commentEditor: ['Add a comment', 'Tambahkan komentar'],
} as const;
