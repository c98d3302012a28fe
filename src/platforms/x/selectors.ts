/**
 * X (x.com) selectors as data: name → alternatives, most stable first.
 *
 * Where they come from (see /work/shared/reference/platform-dom.md §1):
 * - `data-testid` hooks (cellInnerDiv, tweet, User-Name, tweetText, reply,
 *   retweet, like/unlike, bookmark, caret, Tweet-User-Avatar,
 *   UserAvatar-Container-<handle>, card.wrapper, tweetPhoto), the action
 *   bar `div[role="group"]`, the nested quoted post `div[role="link"]` and
 *   the share button `button[aria-haspopup="menu"][aria-label="Share post"]`:
 *   real captured pages, mlamp/tweetyoink tests/fixtures/x-tweet-sample.html
 *   and x-tweet-quote.html @ f830f0b (captured 2025-10).
 * - retweetConfirm/repostConfirm, unretweetConfirm/unrepostConfirm, the
 *   Quote item `a[role="menuitem"][href="/compose/post"]`, `#layers`,
 *   `Dropdown`, `sheetDialog`, `<userId>-follow`/`-unfollow`, UserCell,
 *   HoverCard, tweetTextarea_N, tweetButton/tweetButtonInline:
 *   insin/control-panel-for-twitter (CPFT) script.js @ 0962235 (2026-08).
 * - Indonesian labels ("Bagikan postingan"): platform-dom.md §9, unverified;
 *   they are only fallbacks behind language-free hooks.
 * - Profile header `UserName`/`UserDescription`: common scraper knowledge,
 *   not in the sources above (medium confidence).
 */
export const X_SELECTORS = {
  /** Virtualised timeline row; recycled as the user scrolls. */
  cell: ['[data-testid="cellInnerDiv"]'],
  post: ['article[data-testid="tweet"]'],
  postText: ['[data-testid="tweetText"]'],
  /** Author block: display name link, @handle link, time link. */
  userName: ['[data-testid="User-Name"]'],
  /** The suffix of the test id is the handle: a second source for it. */
  avatar: ['[data-testid^="UserAvatar-Container-"]'],
  time: ['time[datetime]'],
  photo: ['[data-testid="tweetPhoto"]'],
  card: ['[data-testid="card.wrapper"]'],
  /**
   * Candidates for the nested quoted post. Verified badges are also
   * `div[role="link"]`, so code keeps only those holding a User-Name.
   */
  quotedPost: ['article[data-testid="tweet"] div[role="link"]', '[role="dialog"] div[role="link"]'],
  actionBar: ['article[data-testid="tweet"] div[role="group"]'],
  like: ['[data-testid="like"]'],
  /** Undo state of like: never an action. */
  unlike: ['[data-testid="unlike"]'],
  reply: ['[data-testid="reply"]'],
  /** Repost opener: only opens the Repost / Quote menu. */
  retweet: ['[data-testid="retweet"]'],
  /** Opener on an already reposted post: menu with "Undo repost" / Quote. */
  unretweet: ['[data-testid="unretweet"]'],
  repostConfirm: ['[data-testid="retweetConfirm"]', '[data-testid="repostConfirm"]'],
  undoRepost: ['[data-testid="unretweetConfirm"]', '[data-testid="unrepostConfirm"]'],
  quoteMenuItem: [
    '#layers [role="menu"] a[role="menuitem"][href="/compose/post"]',
    '#layers [data-testid="sheetDialog"] a[role="menuitem"][href="/compose/post"]',
  ],
  /** No test id: the last menu button of the action bar, then en/id labels. */
  share: [
    'div[role="group"] > div:last-child button[aria-haspopup="menu"]',
    'button[aria-haspopup="menu"][aria-label="Share post"]',
    'button[aria-haspopup="menu"][aria-label="Bagikan postingan"]',
  ],
  /** The post's "More" menu (follow/mute/block live there). */
  caret: ['[data-testid="caret"]'],
  /** Any open menu's items; which menu it is comes from its opener. */
  shareMenuItems: ['#layers [role="menu"] [role="menuitem"]', '#layers [data-testid="sheetDialog"] [role="menuitem"]'],
  menuOpener: ['button[aria-haspopup="menu"]', '[role="button"][aria-haspopup="menu"]'],
  follow: ['[data-testid$="-follow"]'],
  unfollow: ['[data-testid$="-unfollow"]'],
  userCell: ['[data-testid="UserCell"]'],
  hoverCard: ['[data-testid="HoverCard"]'],
  profileName: ['[data-testid="UserName"]'],
  profileBio: ['[data-testid="UserDescription"]'],
  /** The Draft.js editor itself (its label and container share the prefix). */
  composerText: ['[data-testid^="tweetTextarea_"][role="textbox"]', '[data-testid^="tweetTextarea_"][contenteditable="true"]'],
  submit: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  dialog: ['[role="dialog"]'],
  layers: ['#layers'],
  primaryColumn: ['[data-testid="primaryColumn"]'],
} as const satisfies Record<string, readonly string[]>;

export type XSelectorName = keyof typeof X_SELECTORS;
