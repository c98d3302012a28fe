/**
 * Synthetic feeds for the page benchmark: 2,000 deterministic posts (5%
 * about election candidates) rendered by page JavaScript, 100 at a time as
 * the user nears the bottom, the way an infinite SPA feed does (a WhatsApp
 * chat loads older messages as the user nears the top instead). One page per
 * registered site; each carries the hooks that site's adapter reads (test
 * ids, aria-posinset, data-ad-rendering-role, svg aria-labels, data-e2e,
 * custom elements, componentkey, data-id …, as in src/platforms/<site>/
 * selectors.ts and the fixtures under test/fixtures/<site>/), so the guard
 * treats these pages as the real sites; class names and decoration are left out.
 *
 * The page also instruments itself (window.__bench): long tasks, the time
 * from a mouseup to the frame that first paints Netral's dialog (its start
 * and its end), and from a press to the first task after its frame. The
 * same page is served with and without the extension.
 */
import { seeded } from './random';

export type Site = 'x' | 'facebook' | 'instagram' | 'tiktok' | 'youtube' | 'threads' | 'linkedin' | 'whatsapp';

export interface FeedPost {
  name: string;
  handle: string;
  id: string;
  text: string;
  /** Whether the post is about a candidate (the guard should hold a like on it). */
  candidate: boolean;
}

/** What the page's instrumentation collects (see INSTRUMENT). */
export interface BenchState {
  rendered: number;
  longTasks: number[];
  clicks: Array<{ shown: number; frame: number }>;
  /**
   * Every click that reached the page's last listener (a click Netral holds
   * never does): mouseup → the frame after the page's own handlers, the
   * baseline for the dialog's frame.
   */
  pageFrames: number[];
  /** The latest press: mousedown → the first task after its frame (Netral stages its dialog in a task right after that frame). */
  pressFrame: number | null;
  /** Likes the page's own handler performed: must stay 0 when every dialog is cancelled. */
  siteLikes: number;
}

export const BATCH = 100;

const CANDIDATE_TEXTS = [
  'Ayo coblos Prabowo-Gibran nomor 2! 🇮🇩',
  'Pak Anies mantap, jawabannya di debat semalam jelas banget.',
  'Dukung Bu Airin nomor 1 untuk Banten! 💪',
  'Ganjar-Mahfud untuk Indonesia unggul, ayo ke TPS bareng.',
  'Cak Imin blusukan ke pasar pagi ini, warga antusias salaman.',
  'Mas Gibran jawabannya mantap di debat cawapres.',
  'Pilih Andra Soni nomor 2 untuk Banten yang lebih maju.',
];

const EVERYDAY = [
  'Pagi ini macet parah di Jalan Sudirman, udah sejam belum gerak.',
  'Nasi goreng kambing di depan kantor enak banget, cuma Rp25.000 seporsi.',
  'Harga cabai naik lagi jadi Rp80.000 per kilo, emak-emak pada ngeluh.',
  'Semoga ujian besok lancar ya, aamiin 🤲',
  'Rapat sampai jam 9 malam, lembur terus minggu ini 😩',
  'Persib menang 2-1 tadi malam! Bobotoh pesta sampai pagi ⚽',
  'Timnas main jam 19.30 WIB, nobar di warkop biasa yuk.',
  'Konser di GBK tiketnya ludes dalam 10 menit.',
  'Kopi susu gula aren tetap juara, apalagi hujan-hujan gini ☕',
  'Promo ongkir gratis sampai tanggal 15, checkout sekarang!',
  'Banjir lagi di Kampung Melayu, warga mengungsi ke masjid.',
  'Drakor baru di Netflix seru banget, maraton sampai subuh 😅',
  'Kereta commuter line gangguan di Manggarai, penumpang menumpuk.',
  'Selamat ulang tahun sahabatku, panjang umur dan sehat selalu 🎂',
  'Hari ini masak sayur asem sama ikan asin, sederhana tapi nikmat.',
  'Alhamdulillah akhirnya lulus sidang skripsi, terima kasih semuanya 🙏',
  'Ojol hari ini sepi orderan, cuma dapat Rp90.000 dari pagi.',
  'Cuaca panas banget siang ini, 35 derajat di Surabaya 🥵',
  'Resep rendang ala Padang, dimasak 4 jam biar empuk dan bumbunya meresap.',
  'Motor mogok di tengah jalan, untung ada bengkel buka 24 jam.',
];

const PEOPLE = [
  ['Rina Sari', 'rina_sari'],
  ['Budi Santoso', 'budi_ok'],
  ['Info Jakarta', 'infojakarta'],
  ['Mas Tono', 'mas_tono'],
  ['Warga 62', 'warga62'],
  ['Dewi Lestari', 'dewi_les'],
] as const;

/** `count` posts; every 20th (offset 7, so the first screen has one) is about a candidate: 5%. */
export function feedPosts(count = 2000, seed = 2024): FeedPost[] {
  const random = seeded(seed);
  const posts: FeedPost[] = [];
  for (let i = 0; i < count; i++) {
    const candidate = i % 20 === 7;
    const [name, handle] = random.pick(PEOPLE);
    const sentences = candidate ? [random.pick(CANDIDATE_TEXTS)] : [];
    // Everyday chatter, 1–3 sentences, also padding candidate posts so they look alike.
    for (let n = random.int(candidate ? 0 : 1, 3); n > 0; n--) sentences.push(random.pick(EVERYDAY));
    posts.push({ name, handle, id: String(1750000000000000000n + BigInt(i)), text: sentences.join(' '), candidate });
  }
  return posts;
}

/**
 * Runs first in <head>, before any page or feed script, in both
 * configurations: the extension adds nothing here, the page measures it.
 */
const INSTRUMENT = `
window.__bench = { rendered: 0, longTasks: [], clicks: [], pageFrames: [], pressFrame: null, siteLikes: 0 };
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { __bench.longTasks.push(e.duration); });
}).observe({ type: 'longtask', buffered: true });
// The click follows mouseup in the same task: mouseup is when the user "clicked".
// Timed from the event's own time stamp (when the browser received the
// input), so a main thread still busy when the button comes up counts too.
var clickedAt = null;
addEventListener('mouseup', function (e) { clickedAt = e.timeStamp; }, true);
addEventListener('mousedown', function (e) {
  var t0 = e.timeStamp;
  afterNextFrame(function () { __bench.pressFrame = performance.now() - t0; });
}, true);
// The next frame's rAF, then a message: that task runs after the frame's style, layout and paint.
function afterNextFrame(done) {
  requestAnimationFrame(function () {
    var channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(0);
  });
}
// Window, bubbling: after the site's own handlers. Held clicks never get here.
addEventListener('click', function () {
  if (clickedAt === null) return;
  var t0 = clickedAt;
  clickedAt = null;
  afterNextFrame(function () { __bench.pageFrames.push(performance.now() - t0); });
});
// The dialog is in a closed shadow root, and may have been mounted, unseen,
// during the press: what the page can see of its showing is the focus it
// takes, in a frame callback of the frame that first paints it (Cancel is
// focused there, src/ui/dialog/WarningDialog.tsx). A message posted from
// that callback runs once that frame's style, layout and paint are done.
addEventListener('focusin', function (e) {
  if (clickedAt === null || e.target.nodeName !== 'NETRAL-WARNING') return;
  var t0 = clickedAt, shown = performance.now();
  clickedAt = null;
  var channel = new MessageChannel();
  channel.port1.onmessage = function () { __bench.clicks.push({ shown: shown - t0, frame: performance.now() - t0 }); };
  channel.port2.postMessage(0);
}, true);
`;

/** A framework's createElement, in miniature: SPAs build posts node by node, not from HTML strings. */
const H = `function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const name in attrs) el.setAttribute(name, attrs[name]);
  el.append(...children);
  return el;
}`;

/** X: cellInnerDiv rows holding tweet articles, action bar in div[role=group]. */
const X_POST = `function post(p, i) {
  const profile = '/' + p.handle, likes = i % 30;
  const action = (testid, label, text, extra) =>
    h('div', {}, h('button', { 'data-testid': testid, role: 'button', type: 'button', 'aria-label': label, ...extra }, text));
  return h('div', { 'data-testid': 'cellInnerDiv', 'data-bench': i },
    h('article', { role: 'article', tabindex: '0', 'data-testid': 'tweet' },
      h('div', { 'data-testid': 'Tweet-User-Avatar' },
        h('div', { 'data-testid': 'UserAvatar-Container-' + p.handle }, h('a', { href: profile, role: 'link', tabindex: '-1', 'aria-hidden': 'true' }))),
      h('div', { 'data-testid': 'User-Name' },
        h('a', { href: profile, role: 'link' }, h('span', {}, p.name)), ' ',
        h('a', { href: profile, role: 'link', tabindex: '-1' }, h('span', {}, '@' + p.handle)), ' ',
        h('span', { 'aria-hidden': 'true' }, '·'), ' ',
        h('a', { href: profile + '/status/' + p.id, role: 'link', 'aria-label': '4 jam' }, h('time', { datetime: '2024-01-21T03:15:00.000Z' }, '4 j'))),
      h('div', { dir: 'auto', lang: 'in', 'data-testid': 'tweetText' }, h('span', {}, p.text)),
      h('div', { role: 'group', 'aria-label': likes + ' suka' },
        action('reply', 'Balas', 'Balas'),
        action('retweet', 'Posting ulang', 'Posting ulang', { 'aria-haspopup': 'menu', 'aria-expanded': 'false' }),
        action('like', likes + ' Suka. Suka', 'Suka ' + likes),
        action('bookmark', 'Markah', 'Markah'),
        h('div', {}, h('div', {}, h('button', { 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-label': 'Bagikan postingan', role: 'button', type: 'button' }, 'Bagikan'))))));
}`;

/** Facebook: div[aria-posinset] feed units, buttons marked with data-ad-rendering-role. */
const FACEBOOK_POST = `function post(p, i) {
  const action = (label, role, text) =>
    h('div', { 'aria-label': label, role: 'button', tabindex: '0' }, h('span', { 'data-ad-rendering-role': role }, h('span', {}, text)));
  return h('div', { 'data-bench': i },
    h('div', { 'aria-posinset': i + 1, 'aria-setsize': '-1', 'aria-labelledby': 'h' + i },
      h('div', { role: 'article', 'aria-labelledby': 'h' + i },
        h('div', { 'data-ad-rendering-role': 'profile_name' },
          h('h4', { id: 'h' + i }, h('a', { href: 'https://www.facebook.com/' + p.handle, role: 'link' }, h('strong', {}, h('span', {}, p.name))))),
        h('div', {}, h('a', { href: 'https://www.facebook.com/' + p.handle + '/posts/pfbid' + p.id, role: 'link', 'aria-label': '2 j' }, h('span', {}, '2 j'))),
        h('div', { 'data-ad-rendering-role': 'story_message' }, h('div', { 'data-ad-preview': 'message' }, h('div', { dir: 'auto' }, p.text))),
        h('div', {},
          action('Suka', 'like_button', 'Suka'),
          action('Beri komentar', 'comment_button', 'Komentari'),
          action('Kirim ini ke teman atau posting di profil Anda.', 'share_button', 'Bagikan')))));
}`;

/** The site's own like handler (bubbling on document, like React's root listener). */
const X_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('[data-testid="like"], [data-testid="unlike"]');
  if (!b) return;
  b.setAttribute('data-testid', b.getAttribute('data-testid') === 'like' ? 'unlike' : 'like');
  __bench.siteLikes++;
});`;
const FACEBOOK_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('[role="button"][aria-label="Suka"], [role="button"][aria-label="Hapus Suka"]');
  if (!b) return;
  b.setAttribute('aria-label', b.getAttribute('aria-label') === 'Suka' ? 'Hapus Suka' : 'Suka');
  __bench.siteLikes++;
});`;


/**
 * Instagram: one <article> per post under <main>; the buttons carry no
 * label, their <svg aria-label> icons do (24 px in the action bar).
 */
const INSTAGRAM_POST = `function post(p, i) {
  const code = 'Bn' + i.toString(36).padStart(6, '0'), profile = '/' + p.handle + '/';
  const icon = (label) => h('svg', { 'aria-label': label, fill: 'currentColor', height: '24', role: 'img', viewBox: '0 0 24 24', width: '24' }, h('title', {}, label));
  const button = (label) => h('div', { role: 'button', tabindex: '0' }, icon(label));
  return h('div', { 'data-bench': i },
    h('article', { tabindex: '-1' },
      h('div', {},
        h('a', { href: profile, role: 'link', tabindex: '0' }, h('img', { alt: 'Foto profil ' + p.handle, height: '32', width: '32' })), ' ',
        h('a', { href: profile, role: 'link', tabindex: '0' }, h('span', { dir: 'auto' }, p.handle)), ' • ',
        h('a', { href: '/p/' + code + '/', role: 'link', tabindex: '0' }, h('time', { datetime: '2024-01-21T03:15:00.000Z', title: '21 Januari 2024' }, '4 j'))),
      h('div', { class: 'media' }),
      h('div', {},
        h('section', {},
          h('span', {}, h('div', { role: 'button', tabindex: '0' }, h('div', {}, h('span', {}, icon('Suka'))))),
          h('span', {}, button('Komentar')),
          button('Bagikan Postingan'),
          h('span', {}, button('Simpan'))),
        h('section', {}, h('a', { href: '/p/' + code + '/liked_by/', role: 'link' }, h('span', {}, (i % 300) + ' suka'))),
        h('div', {},
          h('a', { href: profile, role: 'link' }, h('span', { dir: 'auto' }, p.handle)), ' ',
          h('span', { dir: 'auto' }, p.text)))));
}`;
const INSTAGRAM_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('[role="button"]');
  var svg = b && b.querySelector('svg[height="24"][aria-label="Suka"], svg[height="24"][aria-label="Tidak Suka"]');
  if (!svg) return;
  svg.setAttribute('aria-label', svg.getAttribute('aria-label') === 'Suka' ? 'Tidak Suka' : 'Suka');
  __bench.siteLikes++;
});`;

/** TikTok: For You cards marked with data-e2e hooks; the like button holds the like-icon and carries aria-pressed. */
const TIKTOK_POST = `function post(p, i) {
  const profile = '/@' + p.handle;
  const action = (label, e2e, count, extra) =>
    h('button', { type: 'button', 'aria-label': label, ...extra }, h('span', { 'data-e2e': e2e + '-icon' }, h('svg', { width: '24', height: '24', viewBox: '0 0 48 48' })), h('strong', { 'data-e2e': e2e + '-count' }, count));
  return h('article', { 'data-e2e': 'recommend-list-item-container', 'data-scroll-index': i, 'data-bench': i },
    h('div', {},
      h('section', { 'data-e2e': 'feed-video' }, h('div', { id: 'xgwrapper-' + i + '-' + p.id, class: 'media' })),
      h('div', {},
        h('a', { href: profile }, h('h3', { 'data-e2e': 'video-author-uniqueid' }, p.handle), h('h4', { 'data-e2e': 'video-author-nickname' }, p.name)),
        h('div', { 'data-e2e': 'video-desc' }, h('span', {}, p.text)),
        h('h4', { 'data-e2e': 'video-music' }, h('a', { href: '/music/suara-asli-' + p.id }, h('div', {}, 'suara asli - ' + p.name)))),
      h('section', {},
        h('div', {},
          h('a', { 'data-e2e': 'video-author-avatar', href: profile }, h('img', { alt: p.name, width: '24', height: '24' })),
          h('button', { type: 'button', 'data-e2e': 'feed-follow', 'aria-label': 'Ikuti' }, h('span', {}, '+'))),
        action('Sukai video ' + (i % 900), 'like', String(i % 900), { 'aria-pressed': 'false' }),
        action('Baca atau tambahkan komentar', 'comment', String(i % 90)),
        action('Bagikan video', 'share', String(i % 40)))));
}`;
const TIKTOK_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('button');
  if (!b || !b.querySelector('[data-e2e="like-icon"]')) return;
  b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
  __bench.siteLikes++;
});`;

/** YouTube: the comment list of a watch page, ytd-comment-thread-renderer by ytd-comment-thread-renderer; liking a comment. */
const YOUTUBE_POST = `function post(p, i) {
  const profile = '/@' + p.handle;
  const toggle = (id, label) =>
    h('ytd-toggle-button-renderer', { id: id }, h('yt-button-shape', {}, h('button', { 'aria-pressed': 'false', 'aria-label': label }, h('div', {}, h('svg', { viewBox: '0 0 24 24' })))));
  return h('ytd-comment-thread-renderer', { 'data-bench': i },
    h('ytd-comment-view-model', { id: 'comment' },
      h('div', { id: 'author-thumbnail' }, h('a', { href: profile }, h('yt-img-shadow', {}, h('img', { alt: '', width: '40', height: '40' })))),
      h('div', { id: 'main' },
        h('div', { id: 'header' }, h('div', { id: 'header-author' },
          h('h3', {}, h('a', { id: 'author-text', href: profile }, h('span', {}, '@' + p.handle))),
          h('span', { id: 'published-time-text' }, h('a', { href: '/watch?v=' + VIDEO_ID + '&lc=Ugx' + p.id }, '1 hari yang lalu')))),
        h('div', { id: 'expander' }, h('div', { id: 'content' }, h('yt-attributed-string', { id: 'content-text' }, h('span', { role: 'text' }, p.text)))),
        h('div', { id: 'action-buttons' }, h('ytd-comment-engagement-bar', {}, h('div', { id: 'toolbar' },
          toggle('like-button', 'Sukai komentar ini bersama ' + (i % 50) + ' orang lainnya'),
          h('span', { id: 'vote-count-middle' }, String(i % 50)),
          toggle('dislike-button', 'Tidak suka komentar ini'),
          h('div', { id: 'reply-button-end' }, h('ytd-button-renderer', {}, h('yt-button-shape', {}, h('button', { 'aria-label': 'Balas' }, h('span', {}, 'Balas')))))))))));
}`;
const YOUTUBE_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('#like-button button');
  if (!b) return;
  b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
  __bench.siteLikes++;
});`;
const YOUTUBE_VIDEO_ID = 'Yt0BnchVd01';

/** Threads: div[data-pressable-container] per post, icons by <svg aria-label> inside div[role=button]. */
const THREADS_POST = `function post(p, i) {
  const profile = '/@' + p.handle, code = 'Bn' + i.toString(36).padStart(8, '0');
  const button = (label) => h('div', { role: 'button', tabindex: '0' }, h('div', {}, h('svg', { 'aria-label': label, role: 'img', viewBox: '0 0 18 18' }, h('title', {}, label))));
  return h('div', { 'data-bench': i },
    h('div', { 'data-pressable-container': 'true' },
      h('div', {},
        h('a', { href: profile, role: 'link', tabindex: '-1' }, h('img', { alt: 'Foto profil ' + p.handle, height: '36', width: '36' })),
        h('div', {},
          h('a', { href: profile, role: 'link' }, h('span', { dir: 'auto' }, h('span', {}, p.handle))), ' ',
          h('a', { href: profile + '/post/' + code, role: 'link' }, h('time', { datetime: '2024-01-21T02:00:00.000Z', title: '2024-01-21' }, '3 j')), ' ',
          button('Lainnya')),
        h('div', {}, h('span', { dir: 'auto' }, p.text)),
        h('div', {}, button('Suka'), button('Balas'), button('Posting ulang'), button('Bagikan')))));
}`;
const THREADS_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('[role="button"]');
  var svg = b && b.querySelector('svg[aria-label="Suka"], svg[aria-label="Batal suka"]');
  if (!svg) return;
  svg.setAttribute('aria-label', svg.getAttribute('aria-label') === 'Suka' ? 'Batal suka' : 'Suka');
  __bench.siteLikes++;
});`;

/** LinkedIn (SDUI feed): [data-testid=mainFeed] list items keyed "expanded…", reaction state in the Like button's label. */
const LINKEDIN_POST = `function post(p, i) {
  const profile = '/in/' + p.handle.replace(/_/g, '-') + '/';
  const icon = (id) => h('svg', { id: id, viewBox: '0 0 16 16' });
  return h('div', { role: 'listitem', componentkey: 'expandedBn' + i.toString(36) + 'FeedType_MAIN_FEED_RELEVANCE', 'data-bench': i },
    h('div', {},
      h('a', { href: profile + '?trk=feed', 'aria-label': p.name }, h('img', { alt: '', width: '48', height: '48' })),
      h('div', {},
        h('a', { href: profile }, h('span', {}, h('span', { 'aria-hidden': 'true' }, p.name), h('span', { class: 'visually-hidden' }, p.name))),
        h('p', {}, 'Pegawai di Jakarta · 2j')),
      h('button', { type: 'button', 'aria-label': 'Buka menu kontrol untuk postingan oleh ' + p.name }, icon('overflow-web-ios-small'))),
    h('div', {}, h('p', { 'data-testid': 'expandable-text-box' }, p.text, h('button', { type: 'button', 'data-testid': 'expandable-text-button' }, '…selengkapnya'))),
    h('div', {},
      h('button', { type: 'button', 'aria-label': 'Status tombol reaksi: tidak ada reaksi', 'aria-pressed': 'false' }, icon('thumbs-up-outline-small'), h('span', {}, 'Suka')),
      h('button', { type: 'button', 'aria-label': 'Buka menu reaksi' }, icon('chevron-up-small')),
      h('button', { type: 'button' }, icon('comment-small'), h('span', {}, 'Komentari')),
      h('button', { type: 'button' }, icon('repost-small'), h('span', {}, 'Posting ulang')),
      h('button', { type: 'button' }, icon('send-privately-small'), h('span', {}, 'Kirim'))));
}`;
const LINKEDIN_LIKE = `document.addEventListener('click', function (e) {
  var b = e.target.closest('button[aria-label^="Status tombol reaksi"]');
  if (!b) return;
  var none = b.getAttribute('aria-label') === 'Status tombol reaksi: tidak ada reaksi';
  b.setAttribute('aria-label', none ? 'Status tombol reaksi: Suka' : 'Status tombol reaksi: tidak ada reaksi');
  b.setAttribute('aria-pressed', String(none));
  __bench.siteLikes++;
});`;

/**
 * WhatsApp Web: a group chat, one div[role=row] per message keyed by data-id,
 * sender and time in data-pre-plain-text. Every fifth message (all the
 * candidate ones among them) is a captioned photo with the quick-forward
 * icon; the held action is the forward dialog's Send.
 */
const WHATSAPP_POST = `var GROUP = '120363025550000001@g.us';
function phone(handle) {
  var n = 0;
  for (var k = 0; k < handle.length; k++) n = (n * 31 + handle.charCodeAt(k)) % 100000;
  return '6281211' + String(n).padStart(5, '0');
}
function post(p, i) {
  const media = i % 5 === 2, minute = String(59 - (i % 60)).padStart(2, '0');
  const dataId = 'false_' + GROUP + '_3EB0' + BigInt(p.id).toString(16).toUpperCase() + '_' + phone(p.handle) + '@c.us';
  return h('div', { role: 'row', 'data-bench': i },
    h('div', { tabindex: '-1', 'data-id': dataId },
      h('div', { class: 'message-in' },
        h('div', {}, h('div', { role: 'button', 'aria-label': 'Menu konteks', tabindex: '0' }, h('span', { 'data-icon': 'down-context' }, h('svg', { viewBox: '0 0 18 18', height: '18', width: '18' })))),
        h('div', {}, h('span', { dir: 'auto', 'aria-label': p.name }, p.name)),
        media ? h('div', { role: 'button', 'aria-label': 'Buka gambar', tabindex: '0', class: 'media' }) : '',
        h('div', { class: 'copyable-text', 'data-pre-plain-text': '[09.' + minute + ', 20/1/2024] ' + p.name + ': ' },
          h('div', {}, h('span', { dir: 'ltr', class: 'selectable-text copyable-text' }, h('span', {}, p.text))),
          h('div', {}, h('span', { dir: 'auto' }, '09.' + minute))),
        media ? h('div', {}, h('button', { 'aria-label': 'Teruskan media', tabindex: '0' }, h('span', { 'data-icon': 'forward-refreshed' }, h('svg', { viewBox: '0 0 24 24', height: '24', width: '24' })))) : '')));
}`;
/** The site's forward flow: quick forward opens the dialog, a ticked chat shows its Send, Send forwards. */
const WHATSAPP_FORWARD = `var dialog = null;
document.addEventListener('click', function (e) {
  var t = e.target, el;
  if (dialog && dialog.contains(t)) {
    if (t.closest('footer [role="button"]')) { __bench.siteLikes++; dialog.remove(); dialog = null; return; }
    if ((el = t.closest('[role="listitem"] [role="button"]'))) {
      var box = el.querySelector('[role="checkbox"]');
      box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true'));
      var ticked = dialog.querySelectorAll('[role="checkbox"][aria-checked="true"]').length;
      dialog.querySelector('footer').replaceChildren(...(ticked ? [h('div', { role: 'button', tabindex: '0', 'aria-label': 'Kirim' },
        h('span', { 'data-icon': 'wds-ic-send-filled' }, h('svg', { viewBox: '0 0 24 24', height: '24', width: '24' })))] : []));
    }
    return;
  }
  if (!t.closest('#main [data-icon="forward-refreshed"], #main button:has([data-icon="forward-refreshed"])')) return;
  if (dialog) dialog.remove();
  dialog = h('div', { role: 'dialog', tabindex: '-1' },
    h('header', {}, h('div', { role: 'button', 'aria-label': 'Tutup', tabindex: '0' }, h('span', { 'data-icon': 'x' })), h('h1', { title: 'Teruskan pesan ke' }, 'Teruskan pesan ke')),
    h('div', { role: 'list' }, ...['Keluarga Besar', 'Kantor Dinas', 'Alumni SMA'].map(function (chat) {
      return h('div', { role: 'listitem' }, h('div', { role: 'button', tabindex: '0' }, h('div', { role: 'checkbox', 'aria-checked': 'false', tabindex: '-1' }), h('span', { dir: 'auto', title: chat }, chat)));
    })),
    h('footer', {}));
  document.getElementById('overlays').append(dialog);
});`;

interface SitePage {
  title: string;
  /** Static markup around the feed; the element with id "feed" receives the posts. */
  shell: string;
  /** Page JavaScript: `post(p, i)` building one post, and the site's own handler of the measured action. */
  script: string;
  /** "up": a chat, newest at the bottom; older batches load as the user nears the top. */
  direction: 'down' | 'up';
  css?: string;
}

const PAGES: Record<Site, SitePage> = {
  x: {
    title: 'Beranda / X',
    shell: '<div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region"><div aria-label="Linimasa: Linimasa Beranda Anda" id="feed"></div></section></div></main></div><div id="layers"></div>',
    script: `${X_POST}\n${X_LIKE}`,
    direction: 'down',
  },
  facebook: {
    title: 'Facebook',
    shell: '<div id="mount_0_0"><div role="main"><div role="feed" id="feed"></div></div></div>',
    script: `${FACEBOOK_POST}\n${FACEBOOK_LIKE}`,
    direction: 'down',
  },
  instagram: {
    title: 'Instagram',
    shell: '<div id="mount_0_0_Ig"><div role="navigation"><a href="/" role="link">Beranda</a></div><main role="main"><div id="feed"></div></main></div>',
    script: `${INSTAGRAM_POST}\n${INSTAGRAM_LIKE}`,
    direction: 'down',
    css: 'svg { width: 16px; height: 16px; }',
  },
  tiktok: {
    title: 'Untuk Anda | TikTok',
    shell: '<div id="app"><main id="main-content-homepage_hot"><div data-e2e="recommend-list" id="feed"></div></main></div>',
    script: `${TIKTOK_POST}\n${TIKTOK_LIKE}`,
    direction: 'down',
    css: 'svg { width: 16px; height: 16px; }',
  },
  youtube: {
    title: 'Resep rendang Padang empuk 4 jam - YouTube',
    shell:
      `<ytd-app><ytd-page-manager id="page-manager"><ytd-watch-flexy video-id="${YOUTUBE_VIDEO_ID}" role="main"><div id="columns"><div id="primary"><div id="primary-inner">` +
      '<div id="player" class="media"></div>' +
      '<ytd-watch-metadata><div id="title"><h1><yt-formatted-string>Resep rendang Padang empuk, dimasak 4 jam</yt-formatted-string></h1></div>' +
      '<div id="owner"><ytd-video-owner-renderer><ytd-channel-name><a href="/@dapurnusantara">Dapur Nusantara</a></ytd-channel-name></ytd-video-owner-renderer></div>' +
      '<ytd-text-inline-expander id="description-inline-expander">Rendang empuk dengan santan kental dan bumbu rempah.</ytd-text-inline-expander></ytd-watch-metadata>' +
      '<ytd-comments id="comments"><ytd-item-section-renderer id="sections"><div id="feed"></div></ytd-item-section-renderer></ytd-comments>' +
      '</div></div></div></ytd-watch-flexy></ytd-page-manager></ytd-app><ytd-popup-container></ytd-popup-container>',
    script: `var VIDEO_ID = '${YOUTUBE_VIDEO_ID}';\n${YOUTUBE_POST}\n${YOUTUBE_LIKE}`,
    direction: 'down',
    css: 'ytd-app, ytd-page-manager, ytd-watch-flexy, ytd-watch-metadata, ytd-comments, ytd-item-section-renderer, ytd-comment-thread-renderer, ytd-comment-view-model { display: block; } svg { width: 16px; height: 16px; }',
  },
  threads: {
    title: 'Threads',
    shell: '<div id="barcelona-page-layout"><div role="navigation"><a href="/" role="link">Beranda</a></div><div role="main"><div id="feed"></div></div></div>',
    script: `${THREADS_POST}\n${THREADS_LIKE}`,
    direction: 'down',
    css: 'svg { width: 16px; height: 16px; }',
  },
  linkedin: {
    title: 'Feed | LinkedIn',
    shell: '<header id="global-nav"><nav><a href="/feed/">Beranda</a></nav></header><main aria-label="Main Feed"><div data-testid="mainFeed" data-component-type="LazyColumn" id="feed"></div></main>',
    script: `${LINKEDIN_POST}\n${LINKEDIN_LIKE}`,
    direction: 'down',
    css: 'svg { width: 16px; height: 16px; } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }',
  },
  whatsapp: {
    title: 'WhatsApp',
    shell:
      '<div id="app"><div id="pane-side" aria-label="Daftar chat"></div><div id="main"><header><span dir="auto" title="Warga RT 05">Warga RT 05</span></header>' +
      '<div class="copyable-area"><div tabindex="0" role="application" aria-label="Daftar pesan" id="feed"></div></div>' +
      '<footer><div contenteditable="true" role="textbox" aria-label="Ketik pesan" data-lexical-editor="true" data-tab="10"><p><br></p></div></footer></div>' +
      '<div id="overlays"></div></div>',
    script: `${WHATSAPP_POST}\n${WHATSAPP_FORWARD}`,
    direction: 'up',
    css: 'html, body { overflow-anchor: none; } svg { width: 16px; height: 16px; } #main > footer { position: sticky; bottom: 0; background: #f0f0f0; padding: 8px; } #overlays [role="dialog"] { position: fixed; top: 80px; left: 50%; width: 360px; margin-left: -180px; background: #fff; border: 1px solid #ccc; padding: 12px; }',
  },
};

/** The page's title, and which way its feed grows. */
export function sitePage(site: Site): Pick<SitePage, 'title' | 'direction'> {
  return { title: PAGES[site].title, direction: PAGES[site].direction };
}

/**
 * Append the next batch when the user is within 1.5 screens of the bottom,
 * in its own task like a fetch callback. A chat ("up") prepends the next
 * older batch within 1.5 screens of the top and, as chat apps do, scrolls by
 * the height it added so the view stays put (CSS scroll anchoring is off:
 * it does nothing at the very top, where a fast flick ends).
 */
function feedScript(direction: 'down' | 'up'): string {
  const down = direction === 'down';
  return `
var POSTS = JSON.parse(document.getElementById('posts').textContent);
var feed = document.getElementById('feed');
function renderBatch() {
  // Built off-document, committed at once, as a framework's render does.
  var end = Math.min(__bench.rendered + ${BATCH}, POSTS.length), batch = document.createDocumentFragment();
  ${down ? 'for (var i = __bench.rendered; i < end; i++) batch.append(post(POSTS[i], i));' : '// Oldest of the batch first: it sits on top.\n  for (var i = end - 1; i >= __bench.rendered; i--) batch.append(post(POSTS[i], i));'}
  ${down ? 'feed.append(batch);' : 'var before = document.documentElement.scrollHeight;\n  feed.prepend(batch);\n  scrollBy(0, document.documentElement.scrollHeight - before);'}
  __bench.rendered = end;
}
var loading = false;
addEventListener('scroll', function () {
  if (loading || __bench.rendered >= POSTS.length) return;
  ${down ? 'if (scrollY + innerHeight * 2.5 < document.documentElement.scrollHeight) return;' : 'if (scrollY > innerHeight * 1.5) return;'}
  loading = true;
  setTimeout(function () { renderBatch(); loading = false; }, 0);
}, { passive: true });
renderBatch();${down ? '' : '\n// A chat opens on its newest message.\nscrollTo(0, document.documentElement.scrollHeight);'}
`;
}

const CSS = `body { font: 15px system-ui, sans-serif; margin: 0; }
#feed { width: 600px; margin: 0 auto; }
[data-bench] { display: block; border-bottom: 1px solid #ddd; padding: 12px; }
.media { display: block; height: 120px; background: #eee; margin: 6px 0; }
button, [role="button"] { display: inline-block; padding: 4px 10px; margin-right: 6px; border: 1px solid #ccc; background: #fff; cursor: pointer; }`;

/** The whole page: shell, posts as JSON, feed script. */
export function feedPage(site: Site, posts: readonly FeedPost[]): string {
  const page = PAGES[site];
  // JSON inside <script>: "<" escaped so a post can never close the element.
  const data = JSON.stringify(posts.map(({ name, handle, id, text }) => ({ name, handle, id, text }))).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="id" dir="ltr">
<head><meta charset="utf-8"><title>${page.title}</title>
<script>${INSTRUMENT}</script>
<style>${CSS}
${page.css ?? ''}</style></head>
<body>${page.shell}
<script type="application/json" id="posts">${data}</script>
<script>${H}
${page.script}
${feedScript(page.direction)}</script>
</body></html>`;
}
