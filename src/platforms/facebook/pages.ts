/** Page detectors: pure functions of a URL (github-url-detection style). */

const RESERVED = new Set([
  'groups', 'watch', 'reel', 'reels', 'marketplace', 'gaming', 'events', 'friends', 'messages',
  'notifications', 'settings', 'search', 'stories', 'photo', 'photo.php', 'permalink.php',
  'story.php', 'home.php', 'bookmarks', 'saved', 'pages', 'login', 'hashtag', 'memories',
]);

const isFacebook = (url: URL): boolean => /^(www|web)\.facebook\.com$/.test(url.hostname);
const segments = (url: URL): string[] => url.pathname.split('/').filter(Boolean);

export const isPost = (url: URL): boolean =>
  isFacebook(url) &&
  (/\/posts\/|\/permalink\/|^\/(permalink|story)\.php$/.test(url.pathname) ||
    url.searchParams.has('story_fbid') ||
    url.searchParams.has('multi_permalinks'));

export const facebookPages = {
  home: (url: URL) => isFacebook(url) && (url.pathname === '/' || url.pathname === '/home.php'),
  post: isPost,
  groups: (url: URL) => isFacebook(url) && segments(url)[0] === 'groups',
  watch: (url: URL) =>
    isFacebook(url) && (/^\/(watch|reel|reels)(\/|$)/.test(url.pathname) || /\/videos\//.test(url.pathname)),
  profile: (url: URL) => {
    if (!isFacebook(url) || isPost(url)) return false;
    if (url.pathname === '/profile.php') return url.searchParams.has('id');
    const parts = segments(url);
    if (parts[0] === 'people') return parts.length >= 3;
    return parts.length >= 1 && parts.length <= 2 && !RESERVED.has(parts[0] ?? '') && !parts.includes('videos');
  },
} as const satisfies Record<string, (url: URL) => boolean>;
