/**
 * Synthetic feeds for the page benchmark: 2,000 deterministic posts (5%
 * about election candidates) rendered by page JavaScript, 100 at a time as
 * the user nears the bottom, the way an infinite SPA feed does. The markup
 * carries the same hooks the X and Facebook adapters read (test ids,
 * aria-posinset, data-ad-rendering-role), so the guard treats these pages as
 * the real sites; class names and decoration are left out.
 *
 * The page also instruments itself (window.__bench): long tasks, and the
 * time from a mouseup to Netral's dialog host being inserted and to the
 * next frame. The same page is served with and without the extension.
 */
import { seeded } from './random';

export type Site = 'x' | 'facebook';

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
  clicks: Array<{ inserted: number; frame: number }>;
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
window.__bench = { rendered: 0, longTasks: [], clicks: [], siteLikes: 0 };
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { __bench.longTasks.push(e.duration); });
}).observe({ type: 'longtask', buffered: true });
// The click follows mouseup in the same task: mouseup is when the user "clicked".
var clickedAt = null;
addEventListener('mouseup', function () { clickedAt = performance.now(); }, true);
new MutationObserver(function (records) {
  if (clickedAt === null) return;
  for (var r = 0; r < records.length; r++) {
    var added = records[r].addedNodes;
    for (var i = 0; i < added.length; i++) {
      if (added[i].nodeName !== 'NETRAL-WARNING') continue;
      var t0 = clickedAt, inserted = performance.now();
      clickedAt = null;
      // The next frame's rAF, then a message: that task runs after the frame's style, layout and paint.
      requestAnimationFrame(function () {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () {
          __bench.clicks.push({ inserted: inserted - t0, frame: performance.now() - t0 });
        };
        channel.port2.postMessage(0);
      });
      return;
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
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

/** Append the next batch when the user is within 1.5 screens of the bottom, in its own task like a fetch callback. */
const FEED = `
var POSTS = JSON.parse(document.getElementById('posts').textContent);
var feed = document.getElementById('feed');
function renderBatch() {
  // Built off-document, committed at once, as a framework's render does.
  var end = Math.min(__bench.rendered + ${BATCH}, POSTS.length), batch = document.createDocumentFragment();
  for (var i = __bench.rendered; i < end; i++) batch.append(post(POSTS[i], i));
  feed.append(batch);
  __bench.rendered = end;
}
var loading = false;
addEventListener('scroll', function () {
  if (loading || __bench.rendered >= POSTS.length) return;
  if (scrollY + innerHeight * 2.5 < document.documentElement.scrollHeight) return;
  loading = true;
  setTimeout(function () { renderBatch(); loading = false; }, 0);
}, { passive: true });
renderBatch();
`;

const CSS = `body { font: 15px system-ui, sans-serif; margin: 0; }
#feed { width: 600px; margin: 0 auto; }
#feed > div { border-bottom: 1px solid #ddd; padding: 12px; }
button, [role="button"] { display: inline-block; padding: 4px 10px; margin-right: 6px; border: 1px solid #ccc; background: #fff; cursor: pointer; }`;

/** The whole page: shell, posts as JSON, feed script. */
export function feedPage(site: Site, posts: readonly FeedPost[]): string {
  // JSON inside <script>: "<" escaped so a post can never close the element.
  const data = JSON.stringify(posts.map(({ name, handle, id, text }) => ({ name, handle, id, text }))).replace(/</g, '\\u003c');
  const shell =
    site === 'x'
      ? '<div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region"><div aria-label="Linimasa: Linimasa Beranda Anda" id="feed"></div></section></div></main></div><div id="layers"></div>'
      : '<div id="mount_0_0"><div role="main"><div role="feed" id="feed"></div></div></div>';
  return `<!DOCTYPE html>
<html lang="id" dir="ltr">
<head><meta charset="utf-8"><title>${site === 'x' ? 'Beranda / X' : 'Facebook'}</title>
<script>${INSTRUMENT}</script>
<style>${CSS}</style></head>
<body>${shell}
<script type="application/json" id="posts">${data}</script>
<script>${H}
${site === 'x' ? X_POST : FACEBOOK_POST}
${site === 'x' ? X_LIKE : FACEBOOK_LIKE}
${FEED}</script>
</body></html>`;
}
