/**
 * Threads (www.threads.com, www.threads.net) selectors and label tables.
 *
 * Where they come from — /work/shared/reference/platform-dom.md §6 and §9
 * (compiled 2026-11-23 from public code, no live visit; confidence: medium):
 * - `div[data-pressable-container="true"]` per post (the first one on a
 *   thread page is the main post, later ones are replies), author links
 *   `a[href^="/@"]`, permalinks `a[href*="/post/"]` holding `time[datetime]`,
 *   text in `[dir="auto"]` spans: a "Threads Selectors Reference" (Safari
 *   automation project, 2026-01-30, repository not recorded) and several
 *   extensions' content scripts (2024–26).
 * - Icons identified by the `<svg aria-label>` inside `div[role="button"]`:
 *   Like / Unlike, Reply, Repost, Share, More; the Repost opener's menu with
 *   "Repost" and "Quote" items; the share menu (Copy link, Send on
 *   Instagram…); the Lexical editor `[contenteditable="true"][role="textbox"]`
 *   and the composer's "Post" button or second Reply icon: same sources.
 * - Indonesian labels: only the metric words "posting ulang", "bagikan",
 *   "balas" are seen (an Indonesian Threads scraper, §6/§9). Every other
 *   Indonesian string below ("Suka", "Batal suka", "Kutip", "Posting",
 *   "Ikuti", "Salin tautan" …) is (unverified): they are fallbacks, matched
 *   only next to a language-free hook (the pressable container, a menu item
 *   role, a remembered opener).
 * - The "+" follow badge on a post's avatar (`svg[aria-label="Follow"]`) and
 *   the text Follow button on profiles: (unverified) on Threads, shape
 *   borrowed from Instagram (§3).
 *
 * Class names (`x1i10hfl` …) are Meta's per-deploy atomic classes: never used.
 */

const svg = (...labels: string[]): string[] => labels.map((l) => `svg[aria-label="${l}"]`);

/** Icon labels, en then id. Matched on the `<svg>` inside a `div[role="button"]`. */
export const ICONS = {
  like: svg('Like', 'Suka' /* (unverified) */),
  /** Liked state of the same heart: undo, never an action. */
  unlike: svg('Unlike', 'Batal suka' /* (unverified) */, 'Batal Suka' /* (unverified) */, 'Tidak Suka' /* (unverified) */),
  reply: svg('Reply', 'Balas' /* ✓ metric word */),
  /** Opens the Repost / Quote menu (also on an already reposted post, whose menu offers "Remove"). */
  repost: svg('Repost', 'Reposted' /* (unverified) */, 'Posting ulang' /* ✓ metric word */),
  share: svg('Share', 'Bagikan' /* ✓ metric word */),
  more: svg('More', 'Lainnya' /* (unverified) */),
  follow: svg('Follow', 'Ikuti' /* (unverified) */),
} as const;

export const threadsSelectors = {
  /** One pressable container per post (feed item, main post, reply); `role=article` as fallback. */
  post: ['div[data-pressable-container="true"]', 'div[role="article"]'],
  /** Profile links: the first one in a post is its author (avatar, then name). Also matches `/@user/post/…` permalinks, which code skips. */
  authorLink: ['a[href^="/@"]', 'a[href^="https://www.threads.com/@"]', 'a[href^="https://www.threads.net/@"]'],
  /** Permalink (`/@user/post/<code>`): the one around the time names the post. */
  permalink: ['a[href*="/post/"]'],
  time: ['time[datetime]'],
  /** Post text and UI strings alike live in these; code keeps the ones outside links and buttons. */
  text: ['div[data-pressable-container="true"] span[dir="auto"]', 'div[data-pressable-container="true"] div[dir="auto"]'],
  hashtag: ['a[href^="/search?"][href*="serp_type=tags"]'],
  avatar: ['img[alt$="profile picture"]', 'img[alt^="Foto profil"]' /* (unverified) */],
  like: [...ICONS.like],
  unlike: [...ICONS.unlike],
  reply: [...ICONS.reply],
  repostOpener: [...ICONS.repost],
  shareOpener: [...ICONS.share],
  moreOpener: [...ICONS.more],
  followIcon: [...ICONS.follow],
  /** Lexical editor of every composer (reply box, reply/quote/new-thread dialog). */
  editor: ['[contenteditable="true"][role="textbox"]', '[contenteditable="true"][data-lexical-editor="true"]'],
  /** Items of portalled menus (repost, share, more); which menu it is comes from the remembered opener. */
  menuItem: ['[role="menu"] [role="menuitem"]', '[role="menu"] [role="button"]', '[role="menuitem"]'],
  dialog: ['div[role="dialog"]'],
} as const satisfies Record<string, readonly string[]>;

export type ThreadsSelectorName = keyof typeof threadsSelectors;

/**
 * Visible-text tables for controls that carry no label of their own. Matched
 * on the trimmed text of a button, only in the context the key names.
 */
export const TEXTS = {
  /** Repost menu: the item that reposts at once. */
  repostItem: ['Repost', 'Posting ulang' /* ✓ metric word */],
  /** Repost menu: the item that opens the quote composer. */
  quoteItem: ['Quote', 'Kutip' /* (unverified) */, 'Kutipan' /* (unverified) */],
  /** Share menu items that send or expose the post. */
  shareItem: [
    'Copy link',
    'Salin tautan', // (unverified)
    'Send on Instagram',
    'Kirim di Instagram', // (unverified)
    'Share to Instagram story',
    'Bagikan ke cerita Instagram', // (unverified)
    'Copy embed code',
    'Salin kode sematan', // (unverified)
    'Share via…',
    'Bagikan melalui…', // (unverified)
  ],
  /** The composer's submit. */
  submit: ['Post', 'Posting' /* (unverified) */],
  /** A text Follow button (profile header, suggestions); "Following"/"Mengikuti" is the undo. */
  follow: ['Follow', 'Follow back', 'Ikuti' /* (unverified) */, 'Ikuti balik' /* (unverified) */],
  /** Editor placeholders (prefixes) that say what the composer publishes. */
  replyEditor: ['Reply to', 'Balas'],
  quoteEditor: ['Say more', 'Katakan lebih' /* (unverified) */],
  postEditor: ["What's new", 'Start a thread', 'Apa yang baru' /* (unverified) */, 'Mulai utas' /* (unverified) */],
} as const;

/** Whether `text` equals one of a table's entries. */
export function isText(table: readonly string[], text: string): boolean {
  return table.includes(text);
}
