/**
 * Facebook (www.facebook.com, "Comet" React app) selectors and label tables.
 *
 * Where they come from — /work/shared/reference/platform-dom.md §2 and §9
 * (compiled 2026-11-23 from public code, no live visit):
 * - feed / post: FB Clean My Feeds `src/selectors/news.js`, `src/feeds/news.js`
 *   @81fe078 (2026-07-05): `div[role="main"] div[role="feed"]`,
 *   `div[aria-posinset]`, then `div[role="article"]` (comments are articles too).
 * - `data-ad-rendering-role` markers (profile_name, story_message, like_button,
 *   comment_button, share_button, title, description): chriswch/rental-hunter
 *   `src/entrypoints/content/providers/facebook/selectors.ts` @46400c8 (2025)
 *   and several 2025–26 scrapers. The only language-free hooks for buttons.
 * - English aria-labels (Like, Remove Like, React, Leave a comment, "Send this to
 *   friends…", Actions for this post): live scan ankith002/Hackathon
 *   `putp/facebook-debug.md` @68fbcb1 (2026-01-30).
 * - Lexical editor and `#focused-state-composer-submit`: many scripts 2020–2025.
 * - Indonesian labels: Indonesian-UI automation scripts 2025–26 (repositories not
 *   recorded). Seen: Suka, Hapus Suka, Batalkan suka, Ubah tanggapan, Beri
 *   komentar, Komentari sebagai, Kirim ini ke teman…, Bagikan sekarang (Teman),
 *   Ikuti, Tindakan untuk postingan. Everything marked `(unverified)` below is a
 *   plausible translation that no source showed.
 *
 * Class names (x1i10hfl …) are per-deploy atomic classes: never used.
 */

/** Language-free markers Facebook puts inside its action buttons and post parts. */
export const MARKER = {
  profileName: '[data-ad-rendering-role="profile_name"]',
  storyMessage: '[data-ad-rendering-role="story_message"]',
  like: '[data-ad-rendering-role="like_button"]',
  comment: '[data-ad-rendering-role="comment_button"]',
  share: '[data-ad-rendering-role="share_button"]',
} as const;

const BUTTON = '[role="button"]';
const label = (text: string, scope = BUTTON): string => `${scope}[aria-label="${text}"]`;

export const facebookSelectors = {
  feed: ['div[role="feed"]'],
  // Feed item first; `role=article` also matches comments, so code takes the outermost.
  post: ['div[aria-posinset]', 'div[role="article"]'],
  // Comments/replies: also any article nested in a post (language-free rule in post.ts).
  comment: [
    'div[role="article"][aria-label^="Comment by"]',
    'div[role="article"][aria-label^="Reply by"]',
    'div[role="article"][aria-label^="Komentar dari"]', // (unverified)
    'div[role="article"][aria-label^="Balasan dari"]', // (unverified)
  ],
  postMenu: ['[aria-label="Actions for this post"]', '[aria-label^="Tindakan untuk postingan"]'],
  postText: [MARKER.storyMessage, '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'],
  // Link-preview cards: the same markers Facebook uses for ad attachments.
  linkPreview: ['[data-ad-rendering-role="title"]', '[data-ad-rendering-role="description"]'],
  profileName: [MARKER.profileName],
  permalink: [
    'a[href*="/posts/"]',
    'a[href*="/permalink/"]',
    'a[href*="permalink.php"]',
    'a[href*="story_fbid="]',
    'a[href*="/videos/"]',
    'a[href*="/reel/"]',
  ],
  likeMarker: [MARKER.like],
  // Un-liked state only; the liked state has other labels (see `liked`).
  like: [label('Like'), label('Suka')],
  liked: [
    label('Remove Like'),
    `${BUTTON}[aria-label^="Change "][aria-label$=" reaction"]`,
    label('Hapus Suka'),
    label('Batalkan suka'),
    `${BUTTON}[aria-label^="Ubah tanggapan"]`,
  ],
  reactOpener: [label('React'), label('Tanggapi') /* (unverified) */],
  reactionPicker: [
    '[role="dialog"][aria-label="Reactions"]',
    '[role="toolbar"][aria-label="Reactions"]',
    '[role="dialog"][aria-label="Tanggapan"]', // (unverified)
    '[role="toolbar"][aria-label="Tanggapan"]', // (unverified)
  ],
  reaction: [
    '[aria-label="Reactions"] [role="button"]',
    '[aria-label="Tanggapan"] [role="button"]', // (unverified)
  ],
  // `:has` so that the marker path names the button itself, not the span inside it.
  commentOpener: [`${BUTTON}:has(${MARKER.comment})`, label('Leave a comment'), label('Beri komentar')],
  // Reply under a comment: opens a reply composer (intent to comment).
  commentReply: [label('Reply'), label('Balas')],
  editor: ['div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]'],
  commentSubmit: [
    '#focused-state-composer-submit [role="button"]',
    label('Comment'),
    label('Post comment'),
    label('Kirim'), // (unverified as a comment submit)
    label('Posting komentar'), // (unverified)
    label('Komentar'), // (unverified)
  ],
  shareOpener: [
    `${BUTTON}:has(${MARKER.share})`,
    label('Send this to friends or post it on your profile.'),
    label('Kirim ini ke teman atau posting di profil Anda.'),
  ],
  shareTarget: [
    label('Share now', '[role="dialog"] [role="button"]'),
    label('Share to your story', '[role="dialog"] [role="button"]'),
    label('Share to a group', '[role="dialog"] [role="button"]'),
    label('Send in Messenger', '[role="dialog"] [role="button"]'),
    label('Copy link', '[role="dialog"] [role="button"]'),
    label('WhatsApp', '[role="dialog"] [role="button"]'),
    label('Bagikan sekarang (Teman)', '[role="dialog"] [role="button"]'),
    label('Bagikan ke cerita Anda', '[role="dialog"] [role="button"]'), // (unverified)
    label('Bagikan ke grup', '[role="dialog"] [role="button"]'), // (unverified)
    label('Kirim di Messenger', '[role="dialog"] [role="button"]'),
    label('Salin tautan', '[role="dialog"] [role="button"]'), // (unverified)
  ],
  follow: [
    label('Follow'),
    label('Ikuti'),
    label('Join group'),
    label('Gabung ke grup'), // (unverified)
  ],
  postSubmit: [
    label('Post', '[role="dialog"] [role="button"]'),
    label('Posting', '[role="dialog"] [role="button"]'), // (unverified)
  ],
  dialog: ['div[role="dialog"]'],
} as const satisfies Record<string, readonly string[]>;

/**
 * Visible-text tables for controls that sometimes carry no aria-label (share
 * dialog rows, comment Like/Reply links). Matched on the trimmed text of a
 * `role=button`, only inside the context named by the key.
 */
export const TEXTS = {
  shareTarget: [
    'Share now',
    'Share now (Friends)',
    'Share to your story',
    'Share to a group',
    'Send in Messenger',
    'Copy link',
    'WhatsApp',
    'Bagikan sekarang (Teman)',
    'Bagikan ke cerita Anda', // (unverified)
    'Bagikan ke grup', // (unverified)
    'Kirim di Messenger',
    'Salin tautan', // (unverified)
  ],
  commentLike: ['Like', 'Suka'],
  commentReply: ['Reply', 'Balas'],
  /** Heading of the new-post dialog. */
  createPost: ['Create post', 'Buat postingan' /* (unverified) */],
  /** Placeholder/aria-label prefix of the new-post editor. */
  postEditor: ["What's on your mind", 'Apa yang Anda pikirkan' /* (unverified) */],
} as const;
