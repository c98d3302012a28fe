/**
 * What the rules explorer adds to the rules module: practical examples per
 * rule, who is bound, and where to ask. Same discipline as index.ts: every
 * statement cites sources from shared/reference/law-and-elections.md and
 * carries the date it was last reviewed.
 */
import type { Citation, LegalStatement } from './index';

const REVIEWED = '2026-11-23';

const SRC = {
  bloomberg: {
    title: 'ASN Terlarang Masuk Grup, Komentar, Like Capres, Caleg, Cakada (Bloomberg Technoz)',
    url: 'https://bloombergtechnoz.com/detail-news/16196/asn-terlarang-masuk-grup-komentar-like-capres-caleg-cakada/2',
  },
  ipol: {
    title: 'Awas! Wasit Pemilu Bakal Pantau Medsos ASN yang Aktif ke Cagub (IPOL, 28 Jun 2024)',
    url: 'https://ipol.id/2024/06/awas-wasit-pemilu-bakal-pantau-medsos-asn-yang-aktif-ke-cagub/',
  },
  ntv: {
    title: 'Menteri PANRB Ingatkan ASN untuk Utamakan Kepentingan Publik dalam Pilkada (NTV News)',
    url: 'https://stg.ntvnews.id/news/0123702/menteri-panrb-ingatkan-asn-untuk-utamakan-kepentingan-publik-dalam-pilkada?page=2',
  },
  ntbsatuPoses: {
    title: 'Mau Terhindar dari Sanksi? Berikut 10 Pose Jari Terlarang untuk ASN … (NTBSatu, citing Bawaslu NTB)',
    url: 'https://ntbsatu.com/2023/11/06/mau-terhindar-dari-sanksi-berikut-10-pose-jari-terlarang-untuk-asn-saat-musim-politik.html',
  },
  kompasTv: {
    title: 'Punya Ciri Khas Masing-masing, Ini Jargon dari 3 Paslon Capres-Cawapres (Kompas TV)',
    url: 'https://origin.kompas.tv/video/465159/punya-ciri-khas-masing-masing-ini-jargon-dari-3-paslon-capres-cawapres',
  },
  tandaseru: {
    title: 'Bawaslu Sosialisasikan Netralitas kepada ASN Halmahera Barat (Tandaseru)',
    url: 'https://www.tandaseru.com/2024/09/30/bawaslu-sosialisasikan-netralitas-kepada-asn-halmahera-barat/2',
  },
  waktu: {
    title: 'Panduan Netralitas Pegawai ASN di Pemilu 2024, Surat Edaran Menpan Nomor 18 Tahun 2023 (Waktu.news)',
    url: 'https://waktu.news/panduan-netralitas-pegawai-asn-di-pemilu-2024-surat-edaran-menpan-terbaru-nomor-18-tahun-2023/amp',
  },
  arahpublik: {
    title: 'Mohon Perhatian! ASN yang Pasangannya Maju Pilkada Wajib Jaga Netralitas … (Arahpublik, 8 Oct 2024)',
    url: 'https://arahpublik.com/berita-publik/1255175181/mohon-perhatian-asn-yang-pasangannya-maju-pilkada-wajib-jaga-netralitas-menteri-panrb-ada-sanksi-jika-melanggar',
  },
  kompasCpns: {
    title: 'Kemenpan RB Sebut Aturan Disiplin PNS Juga Berlaku bagi CPNS (Kompas TV)',
    url: 'https://kompas.tv/nasional/212923/kemenpan-rb-sebut-aturan-disiplin-pns-juga-berlaku-bagi-cpns?page=2',
  },
  cnbc: {
    title: 'Ini Sanksi Moral Bagi PNS Like, Share, & Follow Medsos Capres (CNBC Indonesia)',
    url: 'https://www.cnbcindonesia.com/news/20230926154105-4-475683/ini-sanksi-moral-bagi-pns-like-share-follow-medsos-capres?page=komentar',
  },
  kontanPppk: {
    title: 'Ini Isi PP No 49/2018 tentang PPPK (Kontan)',
    url: 'https://nasional.kontan.co.id/news/ini-isi-pp-no-492018-tentang-pppk-guru-honorer',
  },
  bkpp: {
    title: 'Penyampaian Materi Orientasi Klasikal PPPK Tahun 2023 “Pembinaan Disiplin PPPK” (BKPP Demak)',
    url: 'https://bkpp.demakkab.go.id/2023/08/penyampaian-materi-klasikal-diklat-pppk_29.html',
  },
  deras: {
    title: 'Pegawai Pemerintah Non-PNS Bisa Kena PHK Jika Tak Jaga Netralitas di Tahun Politik (Deras.id)',
    url: 'https://deras.id/pegawai-pemerintah-non-pns-bisa-kena-phk-jika-tak-jaga-netralitas-di-tahun-politik',
  },
  kontanPpnpn: {
    title: 'Terlibat Praktik Politik, Sanksi Terberat Bagi Pegawai Pemerintah Non-PNS adalah PHK (Kontan)',
    url: 'https://nasional.kontan.co.id/news/terlibat-praktik-politik-sanksi-terberat-bagi-pegawai-pemerintah-non-pns-adalah-phk',
  },
  validnews: {
    title: 'Kemenpan Tegaskan Jalankan Peran KASN (Validnews, 11 Dec 2024)',
    url: 'https://www.validnews.id/nasional/kemenpan-tegaskan-jalankan-peran-kasn',
  },
  liputanindo: {
    title: 'KASN Dibubarkan, Bagaimana Apabila ASN Melanggar Netralitas Begitu Pilkada (Liputanindo, 17 Sep 2024)',
    url: 'https://liputanindo.id/?p=45437',
  },
  tvberita: {
    title: 'Awas, Ini 9 Pose Terlarang ASN Selama Masa Pemilu (TVBerita; BKN: sanksi kode etik maupun disiplin)',
    url: 'https://tvberita.co.id/news/nasional/awas-ini-9-pose-terlarang-asn-selama-masa-pemilu/',
  },
} satisfies Record<string, Citation>;

const statement = (id: string, title: LegalStatement['title'], summary: LegalStatement['summary'], sources: Citation[]): LegalStatement => ({
  id,
  title,
  summary,
  sources,
  reviewed: REVIEWED,
});

/** "What it means in practice", per rule id of RULES. */
export const RULE_EXAMPLES: Readonly<Record<string, readonly LegalStatement[]>> = {
  'skb-2022-a4-b6': [
    statement(
      'example-like',
      { id: 'Menyukai postingan calon', en: 'Liking a candidate’s post' },
      {
        id: 'Memberi like atau reaksi pada postingan calon, partai, atau tim pemenangan — juga sebelum calon resmi ditetapkan (“bakal calon”).',
        en: 'Giving a like or a reaction to a post by a candidate, a party or a campaign team — also before the candidate is officially registered (“prospective candidate”).',
      },
      [SRC.ipol, SRC.ntv],
    ),
    statement(
      'example-group',
      { id: 'Bergabung dengan grup pemenangan', en: 'Joining a campaign group' },
      {
        id: 'Bergabung dengan grup atau mengikuti akun pemenangan calon. Mengikuti akun pribadi calon sekadar untuk informasi tidak disebut tegas dalam aturan (wilayah abu-abu); untuk program calon, Bawaslu menyarankan situs KPU.',
        en: 'Joining a group or following an account of a candidate’s campaign. Following a candidate’s personal account just for information is not expressly covered (a grey area); for manifestos, Bawaslu suggests the KPU website.',
      },
      [SRC.bloomberg, SRC.tandaseru],
    ),
  ],
  'skb-2022-a2-b2': [
    statement(
      'example-share-video',
      { id: 'Membagikan video kampanye di grup', en: 'Sharing a campaign video in a group' },
      {
        id: 'Meneruskan video, poster, atau tautan kampanye calon ke grup atau linimasa, termasuk dengan komentar netral.',
        en: 'Forwarding a candidate’s campaign video, poster or link to a group or a timeline, even with a neutral comment.',
      },
      [SRC.ntv, SRC.ipol],
    ),
  ],
  'skb-2022-a5-b7': [
    statement(
      'example-finger-pose',
      { id: 'Foto dengan pose dua jari', en: 'A photo with a two-finger pose' },
      {
        id: 'Memposting foto bersama calon atau tim sukses sambil memperagakan salam jari yang dipakai kampanye (misalnya dua jari pada Pemilu 2024). Daftar “pose terlarang” yang beredar berbeda-beda antarsumber.',
        en: 'Posting a photo with a candidate or the campaign team while making a campaign finger sign (such as two fingers in the 2024 election). The “forbidden poses” lists in circulation differ between sources.',
      },
      [SRC.ntbsatuPoses, SRC.kompasTv],
    ),
  ],
  'se-menpanrb-18-2023': [
    statement(
      'example-spouse',
      { id: 'Pasangan sendiri menjadi calon', en: 'Your own spouse is a candidate' },
      {
        id: 'Boleh mendampingi dan berfoto bersama pasangan tanpa simbol keberpihakan, tetapi tidak boleh memposting, berkomentar, membagikan tautan, memberi like, atau ikon dukungan untuk kampanyenya.',
        en: 'You may accompany your spouse and be photographed together without partisan signs, but not post, comment, share links, like or use icons of support for the campaign.',
      },
      [SRC.waktu, SRC.arahpublik],
    ),
  ],
};

/** Who the rules bind. */
export const PERSONS: readonly LegalStatement[] = [
  statement(
    'pns-cpns',
    { id: 'PNS dan CPNS', en: 'Civil servants (PNS) and candidate civil servants (CPNS)' },
    {
      id: 'Terikat UU 20/2023, PP 94/2021 (berlaku juga bagi CPNS), PP 42/2004, dan SKB 2022.',
      en: 'Bound by Law 20/2023, Government Regulation 94/2021 (which applies to CPNS too), Government Regulation 42/2004 and the 2022 Joint Decree.',
    },
    [SRC.kompasCpns, SRC.cnbc],
  ),
  statement(
    'pppk',
    { id: 'PPPK', en: 'Contract civil servants (PPPK)' },
    {
      id: 'Terikat UU 20/2023, PP 49/2018, dan SKB 2022. Disiplin PPPK diatur tiap instansi; pelanggaran berat dapat berujung pemutusan perjanjian kerja.',
      en: 'Bound by Law 20/2023, Government Regulation 49/2018 and the 2022 Joint Decree. PPPK discipline is set by each agency; severe cases can end the work agreement.',
    },
    [SRC.cnbc, SRC.kontanPppk, SRC.bkpp],
  ),
  statement(
    'ppnpn',
    { id: 'Pegawai non-ASN (PPNPN, honorer)', en: 'Non-civil-servant staff (PPNPN, honorary staff)' },
    {
      id: 'Bukan ASN, tetapi SE MenPANRB 1/2023 mewajibkan netralitas dengan daftar larangan yang sama; sanksi bertahap sampai pemutusan kontrak.',
      en: 'Not civil servants, but MenPANRB Circular 1/2023 requires neutrality under the same list of prohibitions; graduated sanctions up to ending the contract.',
    },
    [SRC.deras, SRC.kontanPpnpn],
  ),
  statement(
    'spouse',
    { id: 'ASN yang pasangannya menjadi calon', en: 'Civil servants whose spouse is a candidate' },
    {
      id: 'SE MenPANRB 18/2023: larangan di media sosial berlaku juga untuk kampanye pasangan sendiri.',
      en: 'MenPANRB Circular 18/2023: the social-media prohibitions apply even to one’s own spouse’s campaign.',
    },
    [SRC.waktu, SRC.arahpublik],
  ),
];

/** Where to ask or report. KASN was dissolved; its neutrality work moved to BKN. */
export const WHERE_TO_ASK: readonly LegalStatement[] = [
  statement(
    'personnel-office',
    { id: 'Bagian kepegawaian instansi Anda', en: 'Your agency’s personnel office' },
    {
      id: 'Pejabat Pembina Kepegawaian (PPK) instansi Anda yang memutuskan sanksi etik atau disiplin; bagian kepegawaian (BKD/BKPSDM) dapat menjelaskan aturan yang berlaku di instansi Anda.',
      en: 'Your agency’s staffing authority (PPK) decides ethics or discipline sanctions; the personnel office (BKD/BKPSDM) can explain the rules that apply in your agency.',
    },
    [SRC.tvberita, SRC.bkpp],
  ),
  statement(
    'bkn',
    { id: 'BKN', en: 'The Civil Service Agency (BKN)' },
    {
      id: 'Sejak KASN dibubarkan, pengawasan termasuk pengaduan netralitas ASN dijalankan BKN (Deputi Bidang Pengawasan dan Pengendalian).',
      en: 'Since KASN was dissolved, supervision including neutrality complaints is carried out by BKN (Deputy for Supervision and Control).',
    },
    [SRC.validnews, SRC.liputanindo],
  ),
  statement(
    'bawaslu',
    { id: 'Bawaslu', en: 'The Election Supervisory Agency (Bawaslu)' },
    {
      id: 'Bawaslu mengawasi netralitas ASN dalam pemilu dan pilkada, termasuk di media sosial, dan menerima laporan pelanggaran.',
      en: 'Bawaslu supervises civil-service neutrality in national and regional elections, social media included, and receives reports of violations.',
    },
    [SRC.ipol, SRC.liputanindo],
  ),
];
