/**
 * A deterministic corpus of Indonesian social-media posts for the engine
 * benchmark. Most posts are everyday chatter (the engine's common case is
 * "nothing to see"); ~15% name candidates in the forms real posts use:
 * plain names, ballot numbers, campaign hashtags, emoji and leetspeak.
 * Lengths follow a feed: mostly 40–280 characters, a few up to 1,000.
 */
import { seeded, type Random } from './random';

const FILLER = [
  'Pagi ini macet parah di Jalan Sudirman, udah sejam belum gerak.',
  'Nasi goreng kambing di depan kantor enak banget, cuma Rp25.000 seporsi.',
  'Harga cabai naik lagi jadi Rp80.000 per kilo, emak-emak pada ngeluh.',
  'Semoga ujian besok lancar ya, aamiin ya rabbal alamin 🤲',
  'Rapat sampai jam 9 malam, lembur terus minggu ini 😩',
  'Persib menang 2-1 tadi malam! Bobotoh pesta sampai pagi ⚽',
  'Timnas main jam 19.30 WIB, nobar di warkop biasa yuk.',
  'Comeback NewJeans bikin aku nangis, lagunya bagus parah 😭💕',
  'Konser BLACKPINK di GBK tiketnya ludes dalam 10 menit.',
  'Jangan lupa sholat Jumat, bawa sajadah sendiri ya.',
  'Libur panjang tanggal 02/03/2024, mudik ke Solo naik kereta.',
  'Kopi susu gula aren tetap juara, apalagi hujan-hujan gini ☕',
  'Anak-anak sekolah masuk jam 6.30, pagi-pagi udah rebutan kamar mandi.',
  'Promo ongkir gratis sampai tanggal 15/08/2024, checkout sekarang!',
  'Bakso Pak Kumis langganan tutup hari ini, kecewa berat.',
  'Mohon doanya untuk ibu saya yang sedang dirawat di rumah sakit, aamiin.',
  'Banjir lagi di Kampung Melayu, warga mengungsi ke masjid.',
  'Gaji UMR Rp4.900.000 tapi cicilan motor Rp1.200.000, sisa buat makan.',
  'Drakor baru di Netflix seru banget, maraton sampai subuh 😅',
  'Kereta commuter line gangguan di Manggarai, penumpang menumpuk.',
  'Selamat ulang tahun sahabatku, panjang umur dan sehat selalu 🎂🎉',
  'Hari ini masak sayur asem sama ikan asin, sederhana tapi nikmat.',
  'Jualan kue kering buat lebaran, PO dibuka sampai 20/03/2024 ya kak.',
  'Alhamdulillah akhirnya lulus sidang skripsi, terima kasih semuanya 🙏',
  'Ojol hari ini sepi orderan, cuma dapat Rp90.000 dari pagi.',
  'Liga Inggris makin seru, Arsenal puncak klasemen lagi.',
  'Latihan futsal tiap Kamis jam 8 malam di GOR Cempaka.',
  'Diskon 50% di minimarket dekat rumah, stok minyak goreng habis duluan.',
  'Cuaca panas banget siang ini, 35 derajat di Surabaya 🥵',
  'Yang belum bayar arisan bulan ini tolong transfer sebelum 05/04/2024.',
  'BTS fans mana suaranya? Army tetap solid sampai member pulang wamil 💜',
  'Pengajian rutin malam Jumat di musholla, semua warga diundang.',
  'Motor mogok di tengah jalan, untung ada bengkel buka 24 jam.',
  'Kerja dari rumah enak juga, tapi internet sering putus-putus.',
  'Resep rendang ala Padang, dimasak 4 jam biar empuk dan bumbunya meresap.',
];

const USERS = ['@rina_sari', '@budi.ok', '@infojakarta', '@kpop_id', '@warga62', '@mas_tono', '@ojolstory'];
const URLS = ['http://bit.ly/3xYzAbc', 'https://t.co/Qw3rTy12', 'http://contoh.id/berita?id=2024', 'https://youtu.be/dQw4w9WgXcQ'];
const EMOJI = ['🔥', '👍', '😂', '🙏', '💪', '✌️', '❤️', '🇮🇩'];

/** Candidate-mention templates; `{n}` is a name, `{t}` a hashtag, `{b}` a ballot number 1–3. */
const MENTIONS = [
  'Pokoknya {n} paling pantas memimpin, jangan lupa coblos nomor {b}!',
  'Debat semalam {n} jawabannya ngambang banget, kecewa.',
  'Siap menangkan {n} satu putaran {t} {e}',
  'Pak {n} datang ke pasar pagi ini, warga antusias salaman.',
  'Hidup 0{b}! {t} {e}{e}',
  'Kemarin lihat baliho {n} segede gaban di perempatan.',
  'Survei terbaru: {n} unggul tipis, quick count nanti kita lihat.',
  '{t} {t} bersama {n} untuk perubahan',
  'Katanya {n} mau gratiskan sekolah, semoga bukan janji doang.',
  'Nomor urut {b} {n} fix no debat {e}',
];

export interface CorpusOptions {
  /** Names to mention (shipped and generated candidates). */
  names: readonly string[];
  /** Campaign hashtags to mention. */
  hashtags: readonly string[];
  posts?: number;
  seed?: number;
}

export function buildCorpus({ names, hashtags, posts = 10_000, seed = 42 }: CorpusOptions): string[] {
  const random = seeded(seed);
  const corpus: string[] = [];
  for (let i = 0; i < posts; i++) corpus.push(post(random, names, hashtags));
  return corpus;
}

function post(random: Random, names: readonly string[], hashtags: readonly string[]): string {
  const target = postLength(random);
  const parts: string[] = [];
  if (random.chance(0.15)) parts.push(mention(random, names, hashtags));
  let length = parts.join(' ').length;
  while (length < target) {
    const part = decorate(random, random.pick(FILLER));
    parts.splice(random.int(0, parts.length), 0, part);
    length += part.length + 1;
  }
  let text = parts.join(' ');
  // Long tails are cut at a word, as a feed's "see more" would.
  if (text.length > 1000) text = text.slice(0, text.lastIndexOf(' ', 1000));
  return text;
}

/**
 * Target length before sentences are appended (posts overshoot it by about
 * half a sentence): mostly 40–280 skewed short, 4% long posts up to 1,000,
 * for a mean near 150 characters.
 */
function postLength(random: Random): number {
  if (random.chance(0.04)) return random.int(300, 1000);
  return Math.round(40 + random.next() ** 1.8 * 180);
}

function decorate(random: Random, sentence: string): string {
  if (random.chance(0.08)) return `${random.pick(USERS)} ${sentence}`;
  if (random.chance(0.06)) return `${sentence} ${random.pick(URLS)}`;
  if (random.chance(0.1)) return `${sentence} ${random.pick(EMOJI)}`;
  return sentence;
}

function mention(random: Random, names: readonly string[], hashtags: readonly string[]): string {
  let name = random.pick(names);
  // Leetspeak and shouting are how posts dodge naive keyword filters.
  if (random.chance(0.1)) name = leet(name);
  else if (random.chance(0.05)) name = name.toUpperCase();
  return random
    .pick(MENTIONS)
    .replaceAll('{n}', name)
    .replaceAll('{t}', () => random.pick(hashtags))
    .replaceAll('{b}', () => String(random.int(1, 3)))
    .replaceAll('{e}', () => random.pick(EMOJI));
}

function leet(name: string): string {
  const map: Record<string, string> = { a: '4', e: '3', i: '1', o: '0' };
  return name.replace(/[aeio]/g, (c) => map[c] ?? c);
}
