/**
 * A synthetic pack, "bench-regional", that grows the lexicon past 5,000
 * terms the way a real nationwide Pilkada pack would: ~500 regent/mayor
 * contests, each with 2–3 pairs of plausible Indonesian names. Names are
 * generated from common given names and family/second names, so the
 * automaton sees realistic shared prefixes rather than random strings.
 */
import type { Pack } from '../src/packs/schema';
import { validatePack } from '../src/packs/validate';
import { seeded } from './random';

const GIVEN = [
  'Agus', 'Budi', 'Dedi', 'Eko', 'Hendra', 'Joko', 'Rudi', 'Slamet', 'Bambang', 'Wahyu',
  'Yusuf', 'Andi', 'Arif', 'Asep', 'Bayu', 'Dani', 'Dimas', 'Fajar', 'Fauzi', 'Gilang',
  'Hadi', 'Hari', 'Imam', 'Irfan', 'Iwan', 'Kurniawan', 'Lukman', 'Mulyadi', 'Nanang', 'Putra',
  'Rahmat', 'Rizal', 'Rizky', 'Sigit', 'Sugeng', 'Taufik', 'Teguh', 'Umar', 'Wawan', 'Yanto',
  'Zainal', 'Ahmad', 'Hasan', 'Ilham', 'Ridwan', 'Syamsul', 'Darmawan', 'Firman', 'Gunawan', 'Herman',
  'Siti', 'Sri', 'Dewi', 'Ratna', 'Rina', 'Yuni', 'Wati', 'Lestari', 'Ayu', 'Indah',
  'Fitri', 'Nur', 'Nurul', 'Eka', 'Dian', 'Endang', 'Kartini', 'Maya', 'Mega', 'Novi',
  'Puspita', 'Rahayu', 'Sari', 'Tuti', 'Wulan', 'Yanti', 'Anisa', 'Citra', 'Dwi', 'Evi',
];

const FAMILY = [
  'Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Nugroho', 'Setiawan', 'Pratama', 'Kusuma', 'Gunadi', 'Siregar',
  'Nasution', 'Harahap', 'Lubis', 'Simanjuntak', 'Sitompul', 'Pane', 'Batubara', 'Hutapea', 'Sinaga', 'Manurung',
  'Wibowo', 'Susanto', 'Prasetyo', 'Purnomo', 'Suryadi', 'Permana', 'Hermawan', 'Sutrisno', 'Suharto', 'Sulistyo',
  'Rahman', 'Hakim', 'Syahputra', 'Ramadhan', 'Firmansyah', 'Maulana', 'Hasibuan', 'Tanjung', 'Daulay', 'Pohan',
  'Wahyudi', 'Haryanto', 'Budiman', 'Handoko', 'Subagyo', 'Supriyadi', 'Mardiana', 'Anggraini', 'Puspitasari', 'Rahmawati',
  'Lestiani', 'Kurniasih', 'Wulandari', 'Safitri', 'Utami', 'Handayani', 'Maharani', 'Oktaviani', 'Pangaribuan', 'Tambunan',
  'Sembiring', 'Ginting', 'Tarigan', 'Karo', 'Sihombing', 'Panjaitan', 'Situmorang', 'Pardede', 'Rumbiak', 'Wanggai',
  'Lumban', 'Tuasikal', 'Latuconsina', 'Pattimura', 'Makatita', 'Mandagi', 'Rondonuwu', 'Lasut', 'Palilingan', 'Tumbelaka',
];

// Syllables for regency and city names ("Kabupaten Sukamaju", "Kota Tanjungraya").
const HEAD = ['Suka', 'Tanjung', 'Kota', 'Muara', 'Batu', 'Sungai', 'Tanah', 'Bukit', 'Pulau', 'Air', 'Lubuk', 'Teluk', 'Pematang', 'Rantau', 'Padang', 'Gunung', 'Karang', 'Sidi', 'Wono', 'Purwo'];
const TAIL = ['maju', 'raya', 'jaya', 'makmur', 'sari', 'asri', 'baru', 'indah', 'mulya', 'rejo', 'harjo', 'agung', 'lestari', 'permai', 'bening', 'hilir', 'hulu', 'timur', 'barat', 'tengah', 'selatan', 'utara', 'damai', 'sentosa', 'kencana'];

const SOURCE = 'bench-synthetic';
/** A nationwide Pilkada has about this many regent/mayor races (508 regencies and cities in 2024). */
export const CONTESTS = 500;

export interface RegionalPack {
  pack: Pack;
  /** Full names of every generated candidate, for the corpus. */
  names: string[];
  /** Campaign hashtags of every generated pair ("#BudiAgus2024"), for the corpus. */
  hashtags: string[];
}

export function regionalPack(contestCount = CONTESTS, seed = 2024): RegionalPack {
  const random = seeded(seed);
  // Every (given, family) combination once, shuffled: full names stay unique.
  const combos: Array<[string, string]> = GIVEN.flatMap((g) => FAMILY.map((f) => [g, f] as [string, string]));
  for (let i = combos.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [combos[i], combos[j]] = [combos[j]!, combos[i]!];
  }
  let nextCombo = 0;

  const contests: unknown[] = [];
  const candidates: unknown[] = [];
  const pairs: unknown[] = [];
  const names: string[] = [];
  const hashtags: string[] = [];
  const regions = new Set<string>();

  for (let c = 0; c < contestCount; c++) {
    let region: string;
    do region = random.pick(HEAD) + random.pick(TAIL) + (regions.size >= HEAD.length * TAIL.length ? ` ${c}` : '');
    while (regions.has(region));
    regions.add(region);
    const city = random.chance(0.2);
    const contestId = `pil-${slug(region)}-2024`;
    contests.push({
      id: contestId,
      title: { id: `Pemilihan ${city ? 'Wali Kota' : 'Bupati'} ${region} 2024`, en: `2024 ${region} ${city ? 'mayoral' : 'regent'} election` },
      office: city ? 'mayor' : 'regent',
      region: `${city ? 'Kota' : 'Kabupaten'} ${region}`,
      sources: [SOURCE],
    });
    const pairCount = random.int(2, 3);
    for (let b = 1; b <= pairCount; b++) {
      const members = [0, 1].map(() => combos[nextCombo++]!);
      const ids = members.map(([g, f]) => `${slug(g)}-${slug(f)}-${c}`);
      members.forEach(([given, family], m) => {
        candidates.push({
          id: ids[m],
          name: `${given} ${family}`,
          // The given name alone is an everyday name: weak, it needs support to count.
          aliases: [{ text: given, weak: true }],
          office: m === 0 ? (city ? 'mayor' : 'regent') : city ? 'vice-mayor' : 'vice-regent',
          sources: [SOURCE],
        });
        names.push(`${given} ${family}`);
      });
      const [[g1, f1], [g2]] = members as [[string, string], [string, string]];
      // Acronyms in the style of "RIDO", "AMIN": syllables of both names, in capitals.
      const acronym = (g1.slice(0, 2) + f1.slice(0, 1) + g2.slice(0, 2)).toUpperCase();
      pairs.push({
        id: `paslon-${c}-${b}`,
        contest: contestId,
        ballotNumber: b,
        members: ids,
        names: [{ text: acronym, upper: true }, `${g1}-${g2}`],
        sources: [SOURCE],
      });
      hashtags.push(`#${g1}${g2}2024`, `#${acronym}Menang`);
    }
  }

  const document = {
    id: 'bench-regional',
    version: '1.0.0',
    title: { id: 'Pilkada sintetis (benchmark)', en: 'Synthetic regional elections (benchmark)' },
    sources: [{ id: SOURCE, title: 'Generated names for the engine benchmark', url: 'https://example.org/netral-bench' }],
    dates: { campaignStart: '2024-09-25', campaignEnd: '2024-11-23', votingDay: '2024-11-27' },
    contests,
    candidates,
    pairs,
  };
  const result = validatePack(document, 'bench-regional');
  if (!result.ok) throw new Error(`synthetic pack invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { pack: result.pack, names, hashtags };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
