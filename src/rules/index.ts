/**
 * The rules Netral cites: which legal text an action touches and what
 * sanction it can bring, each statement with its sources and the date it
 * was last reviewed. Facts come from shared/reference/law-and-elections.md;
 * the dialog, the popup and the rules explorer all read them from here.
 *
 * Reading adopted (law-and-elections.md §0.3, §3.4): the 2022 Joint Decree
 * lists the same social-media acts in an ethics table (moral sanction,
 * PP 42/2004) and a discipline table (severe discipline, PP 94/2021); which
 * track applies is decided case by case, so Netral states both and names
 * the worst case. PP 53/2010 sanctions, still quoted by some articles, were
 * revoked by PP 94/2021 and are never shown as current.
 */
import type { ActionKind } from '../platforms/types';

export interface Localized {
  id: string;
  en: string;
}

export interface Citation {
  title: string;
  url: string;
}

export interface LegalStatement {
  id: string;
  /** Short name: "SKB 2022, Lampiran II A4/B6". */
  title: Localized;
  /** The wording as quoted by the sources (Indonesian), when there is one. */
  quote?: string;
  /** What it means, in plain words. */
  summary: Localized;
  sources: Citation[];
  /** When the maintainers last checked the statement against its sources (YYYY-MM-DD). */
  reviewed: string;
}

export interface Rule extends LegalStatement {
  /** The actions Netral holds under this rule. */
  actions: readonly ActionKind[];
  /** Every civil servant, or only those whose spouse is a candidate. */
  appliesTo: 'all' | 'spouse-of-candidate';
}

export type SanctionKind = 'moral' | 'discipline-moderate' | 'discipline-severe';

export interface Sanction extends LegalStatement {
  kind: SanctionKind;
}

const REVIEWED = '2026-11-23';

const SRC = {
  tvone: {
    title: 'Awas! ASN Dilarang Like, Komentar dan Follow Akun Terkait Capres … (tvOne)',
    url: 'https://tvonenews.com/berita/nasional/155083-awas-asn-dilarang-like-komentar-dan-follow-akun-terkait-capres-atau-sejenisnya-di-pemilu-2024-mendatang?page=2',
  },
  vivaJatim: {
    title: 'Ada Sanksi bagi ASN yang Tanggapi Unggahan Apapun di Medsos Capres (Viva Jatim)',
    url: 'https://jatim.viva.co.id/kabar/7408-ada-sanksi-bagi-asn-yang-tanggapi-unggahan-apapun-di-medsos-capres?page=2',
  },
  bloomberg: {
    title: 'ASN Terlarang Masuk Grup, Komentar, Like Capres, Caleg, Cakada (Bloomberg Technoz)',
    url: 'https://bloombergtechnoz.com/detail-news/16196/asn-terlarang-masuk-grup-komentar-like-capres-caleg-cakada/2',
  },
  kasn: {
    title: 'Bersama 4 Kementerian dan Lembaga, Ketua KASN Menandatangani Keputusan Bersama … (KASN, 22 Sep 2022)',
    url: 'https://kasn.go.id/index.php/id/publikasi/bersama-4-kementerian-dan-lembaga-ketua-kasn-menandatangani-keputusan-bersama-pedoman-pengawasan-netralitas-asn-',
  },
  tribunSanksi: {
    title: 'Sederet Sanksi bagi PNS Tak Netral di Pemilu 2024, Like pun Bisa Kena Hukuman (Tribunnews)',
    url: 'https://m.tribunnews.com/mata-lokal-memilih/2023/11/15/sederet-sanksi-bagi-pns-tak-netral-di-pemilu-2024-like-pun-bisa-kena-hukuman?page=3',
  },
  ntbsatu: {
    title: 'Dari Denda hingga Pidana Penjara, Ini Sanksi Bagi ASN yang Langgar Netralitas (NTBSatu)',
    url: 'https://ntbsatu.com/2024/02/06/dari-denda-hingga-pidana-penjara-ini-sanksi-bagi-asn-yang-langgar-netralitas.html/3',
  },
  tribunJatim: {
    title: 'PNS Wajib Waspada, Sekadar Like atau Comment Bisa Kena Sanksi Jelang Pemilu 2024 (Tribun Jatim)',
    url: 'https://jatim.tribunnews.com/2023/11/15/pns-wajib-waspada-sekadar-like-atau-comment-bisa-kena-sanksi-jelang-pemilu-2024-simak-aturannya?page=2',
  },
  cnbc: {
    title: 'Ini Sanksi Moral Bagi PNS Like, Share, & Follow Medsos Capres (CNBC Indonesia)',
    url: 'https://www.cnbcindonesia.com/news/20230926154105-4-475683/ini-sanksi-moral-bagi-pns-like-share-follow-medsos-capres?page=komentar',
  },
  hukama: {
    title: 'PNS Harus Netral di Medsos Selama Pemilu, Dilarang Like dan Share … (Hukamanews)',
    url: 'https://www.hukamanews.com/nasional/46010626426/pns-harus-netral-di-medsos-selama-pemilu-dilarang-like-dan-share-begini-aturannya-dan-sanksinya?page=2',
  },
  gempita: {
    title: 'Tidak Netral Saat Pemilu, PNS Bakal Kena Pecat (Gempita; Pasal 8 PP 94/2021)',
    url: 'https://gempita.co/tidak-netral-saat-pemilu-pns-bakal-kena-pecat',
  },
  sindo: {
    title: 'Tak Netral di Pemilu dan Pilkada, PNS Bakal Dipangkas Tukinnya hingga Diberhentikan (SINDOnews)',
    url: 'https://nasional.sindonews.com/newsread/540310/15/tak-netral-di-pemilu-dan-pilkada-pns-bakal-dipangkas-tukinnya-hingga-diberhentikan-1631603352',
  },
  birokrat: {
    title: 'Menyambut PP 94/2021: Kupas Tuntas Disiplin PNS (Birokrat Menulis)',
    url: 'https://birokratmenulis.org/menyambut-pp-94-2021-kupas-tuntas-disiplin-pns',
  },
  emka: {
    title: 'Apa Itu Kedudukan dan Prinsip Netralitas ASN (UU 20/2023 Pasal 9)',
    url: 'https://cms.emka.web.id/2025/02/apa-itu-kedudukan-dan-prinsip-netralitas-asn.html',
  },
  editorId: {
    title: 'Netralitas Pegawai Desa dan ASN dalam Pilkada 2024 Ditegaskan Pj Bupati Maybrat (Pasal 2 huruf f dan Pasal 9 ayat 2)',
    url: 'https://editor.id/netralitas-pegawai-desa-dan-asn-dalam-pilkada-2024-ditegaskan-pj-bupati-maybrat',
  },
  waktu: {
    title: 'Panduan Netralitas Pegawai ASN di Pemilu 2024, Surat Edaran Menpan Nomor 18 Tahun 2023 (Waktu.news)',
    url: 'https://waktu.news/panduan-netralitas-pegawai-asn-di-pemilu-2024-surat-edaran-menpan-terbaru-nomor-18-tahun-2023/amp',
  },
} satisfies Record<string, Citation>;

/** The neutrality duty itself. */
export const NEUTRALITY_LAW: LegalStatement = {
  id: 'uu-20-2023-pasal-9-2',
  title: { id: 'UU 20/2023 tentang ASN, Pasal 9 ayat (2)', en: 'Law 20/2023 on the Civil Service, Article 9(2)' },
  quote: 'Pegawai ASN harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
  summary: {
    id: 'ASN wajib netral: bebas dari pengaruh dan intervensi semua golongan dan partai politik. Netralitas juga asas manajemen ASN (Pasal 2 huruf f).',
    en: 'Civil servants must be neutral: free of the influence and intervention of every group and political party. Neutrality is also a principle of civil-service management (Article 2(f)).',
  },
  sources: [SRC.emka, SRC.editorId],
  reviewed: REVIEWED,
};

export const RULES: readonly Rule[] = [
  {
    id: 'skb-2022-a4-b6',
    title: {
      id: 'SKB 22 September 2022, Lampiran II (A4/B6)',
      en: 'Joint Decree of 22 September 2022, Annex II (A4/B6)',
    },
    quote:
      'Membuat posting, comment, share, like, bergabung/follow dalam grup/akun pemenangan bakal calon (Presiden/Wakil Presiden/DPR/DPD/DPRD/Gubernur/Wakil Gubernur/Bupati/Wakil Bupati/Wali Kota/Wakil Wali Kota).',
    summary: {
      id: 'Menyukai, mengomentari, membagikan, memposting, atau mengikuti/bergabung dengan akun atau grup pemenangan (bakal) calon termasuk pelanggaran netralitas ASN.',
      en: 'Liking, commenting on, sharing or posting (prospective) candidates’ content, or following/joining their campaign accounts or groups, is a neutrality violation for civil servants.',
    },
    actions: ['like', 'comment', 'share', 'repost', 'quote', 'follow', 'post'],
    appliesTo: 'all',
    sources: [SRC.tvone, SRC.vivaJatim, SRC.bloomberg, SRC.kasn],
    reviewed: REVIEWED,
  },
  {
    id: 'skb-2022-a2-b2',
    title: {
      id: 'SKB 22 September 2022, Lampiran II (A2/B2)',
      en: 'Joint Decree of 22 September 2022, Annex II (A2/B2)',
    },
    quote: 'Sosialisasi/Kampanye Media Sosial/Online Bakal Calon.',
    summary: {
      id: 'Menyebarkan sosialisasi atau kampanye (bakal) calon di media sosial atau online dilarang bagi ASN.',
      en: 'Spreading a (prospective) candidate’s promotion or campaign on social media or online is forbidden for civil servants.',
    },
    actions: ['share', 'repost', 'quote', 'post'],
    appliesTo: 'all',
    sources: [SRC.tvone, SRC.tribunJatim],
    reviewed: REVIEWED,
  },
  {
    id: 'skb-2022-a5-b7',
    title: {
      id: 'SKB 22 September 2022, Lampiran II (A5/B7)',
      en: 'Joint Decree of 22 September 2022, Annex II (A5/B7)',
    },
    quote:
      'Memposting pada media sosial/media lain yang dapat diakses publik, foto bersama dengan bakal calon, tim sukses dengan menunjukkan/memperagakan simbol keberpihakan, atau alat peraga terkait partai politik/bakal calon.',
    summary: {
      id: 'Memposting foto bersama (bakal) calon atau tim sukses dengan simbol keberpihakan (misalnya salam jari) atau atribut kampanye dilarang.',
      en: 'Posting photos with (prospective) candidates or their campaign team showing partisan signs (such as numbered finger gestures) or campaign props is forbidden.',
    },
    actions: ['post', 'share', 'repost'],
    appliesTo: 'all',
    sources: [SRC.vivaJatim, SRC.tribunJatim],
    reviewed: REVIEWED,
  },
  {
    id: 'se-menpanrb-18-2023',
    title: { id: 'SE MenPANRB Nomor 18 Tahun 2023', en: 'MenPANRB Circular 18/2023' },
    quote:
      'Dilarang melakukan kampanye atau sosialisasi di media sosial seperti posting, memberikan komentar, membagikan link atau tautan, memberikan like, atau ikon, karakter, atau simbol tertentu yang menunjukkan dukungan.',
    summary: {
      id: 'Berlaku juga bagi ASN yang pasangannya menjadi calon: membagikan tautan, memberi like, ikon atau simbol dukungan pun dilarang.',
      en: 'Applies even to civil servants whose spouse is a candidate: sharing links, likes, icons or symbols of support are forbidden too.',
    },
    actions: ['like', 'comment', 'share', 'repost', 'quote', 'post'],
    appliesTo: 'spouse-of-candidate',
    sources: [SRC.waktu],
    reviewed: REVIEWED,
  },
];

export const SANCTIONS: readonly Sanction[] = [
  {
    id: 'pp-42-2004-moral',
    kind: 'moral',
    title: { id: 'Sanksi moral — PP 42/2004 Pasal 15', en: 'Moral sanction — Government Regulation 42/2004, Article 15' },
    quote: 'Sanksi moral … berupa: a. pernyataan secara tertutup; atau b. pernyataan secara terbuka.',
    summary: {
      id: 'Pelanggaran kode etik dikenai sanksi moral tertulis dari Pejabat Pembina Kepegawaian: pernyataan secara tertutup atau terbuka.',
      en: 'A code-of-ethics breach brings a written moral sanction from the staffing authority: a closed or a public statement.',
    },
    sources: [SRC.cnbc, SRC.hukama],
    reviewed: REVIEWED,
  },
  {
    id: 'pp-94-2021-severe',
    kind: 'discipline-severe',
    title: {
      id: 'Hukuman disiplin berat — PP 94/2021 Pasal 8',
      en: 'Severe discipline — Government Regulation 94/2021, Article 8',
    },
    summary: {
      id: 'Dalam tabel disiplin SKB, like/komentar/share/follow dikenai hukuman disiplin berat: penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS.',
      en: 'In the Decree’s discipline table, likes/comments/shares/follows carry severe discipline: demotion one level for 12 months, removal to a non-managerial post for 12 months, or honourable dismissal not at one’s own request.',
    },
    sources: [SRC.tribunSanksi, SRC.ntbsatu, SRC.gempita],
    reviewed: REVIEWED,
  },
  {
    id: 'pp-94-2021-moderate',
    kind: 'discipline-moderate',
    title: {
      id: 'Hukuman disiplin sedang — PP 94/2021 Pasal 8',
      en: 'Moderate discipline — Government Regulation 94/2021, Article 8',
    },
    summary: {
      id: 'Pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan (misalnya untuk ikut kampanye atau memakai atribut partai).',
      en: 'A 25% cut in performance allowance for 6, 9 or 12 months (for instance for joining a campaign or wearing party attributes).',
    },
    sources: [SRC.gempita, SRC.sindo],
    reviewed: REVIEWED,
  },
];

/** Shown wherever sanctions are: the old sanctions some articles still print are not current. */
export const REVOKED_NOTE: LegalStatement = {
  id: 'pp-53-2010-revoked',
  title: { id: 'PP 53/2010 sudah dicabut', en: 'Government Regulation 53/2010 is revoked' },
  summary: {
    id: 'Sanksi menurut PP 53/2010 (penundaan kenaikan gaji berkala, penundaan kenaikan pangkat, penurunan pangkat 3 tahun) yang masih dikutip sebagian artikel sudah tidak berlaku: PP 53/2010 dicabut oleh PP 94/2021.',
    en: 'The PP 53/2010 sanctions some articles still quote (postponed pay rise or promotion, three-year demotion) no longer apply: PP 53/2010 was revoked by PP 94/2021.',
  },
  sources: [SRC.birokrat],
  reviewed: REVIEWED,
};

export interface RulesForAction {
  law: LegalStatement;
  rules: Rule[];
  sanctions: Sanction[];
}

/** What an action touches: the rules listing it, the neutrality law, and the sanctions (worst case first). */
export function rulesFor(action: ActionKind): RulesForAction {
  return {
    law: NEUTRALITY_LAW,
    rules: RULES.filter((rule) => rule.appliesTo === 'all' && rule.actions.includes(action)),
    sanctions: SANCTIONS.filter((s) => s.kind !== 'discipline-moderate'),
  };
}
