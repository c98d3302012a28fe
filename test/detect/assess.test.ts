import { describe, expect, it } from 'vitest';
import { assess, shippedLexicon } from '../../src/detect/index';

const lexicon = shippedLexicon();
const level = (text: string, date?: string) => assess(text, lexicon, date ? { date } : {}).level;

describe('assess: levels', () => {
  it('rates campaign markers and pairs as risk', () => {
    expect(level('Oke gas oke gas, tambah dua torang gas!')).toBe('risk');
    expect(level('Anies dan Muhaimin paling cocok')).toBe('risk');
    expect(level('#GanjarMahfud menang debat')).toBe('risk');
    expect(level('Jatim Resik, bersama kita bisa')).toBe('risk');
  });

  it('rates a named candidate as risk, and as caution when only about work in office', () => {
    expect(level('Pak Ganjar keren banget tadi')).toBe('risk');
    expect(level('bu Airin paling mantap')).toBe('risk');
    expect(level('Presiden Prabowo meninjau dapur MBG di Garut')).toBe('caution');
  });

  it('raises an in-office mention to risk inside a campaign window', () => {
    const text = 'Menteri Risma meninjau banjir';
    expect(level(text, '2024-01-10')).toBe('caution');
    expect(level(text, '2024-10-10')).toBe('risk');
  });

  it('reads ballot numbers with calls to vote', () => {
    expect(level('Ayo coblos nomor 1!')).toBe('risk');
    expect(level('Tetap pilih no 2 ✌️')).toBe('risk');
    expect(level('hidup 02')).toBe('risk');
    expect(level('soal nomor 2 susah banget')).toBe('caution');
  });

  it('keeps ambiguous words from firing alone', () => {
    expect(level('Semoga lekas sembuh, aamiin ya Allah')).toBe('none');
    expect(level('Amin amin amin')).toBe('none');
    expect(level('kucingku gemoy banget')).toBe('none');
    expect(level('Setiap perbuatan ada ganjarannya')).toBe('none');
    expect(level('Puan dan tuan, selamat datang')).toBe('none');
    expect(level('Many companies hire in Jakarta')).toBe('none');
    expect(level('Harga 20.000, promo sampai 02/03/2024 jam 01:00')).toBe('none');
    expect(level('Alhamdulillah persib menang, abah senang')).toBe('none');
  });

  it('rates election vocabulary alone as caution', () => {
    expect(level('Jangan lupa cek DPT sebelum hari pemungutan suara pilkada')).toBe('caution');
    expect(level('Kopi susu gula aren enak banget')).toBe('none');
  });

  it('sees through obfuscation', () => {
    expect(level('pr4b0w0 pasti menang')).toBe('risk');
    expect(level('P r a b o w o')).toBe('risk');
    expect(level('Pra\u200Bbowo')).toBe('risk');
    expect(level('Ｇｉｂｒａｎ')).toBe('risk');
    expect(level('#AniesBaswedan')).toBe('risk');
    expect(level('#aniesbaswedan')).toBe('risk');
  });

  it('ignores candidate hashtags stuffed on gambling spam', () => {
    expect(level('Slot gacor maxwin hari ini #anies #viral #fyp')).toBe('none');
  });
});

describe('assess: explanations', () => {
  it('reports matches with offsets into the original text', () => {
    const text = 'Ayo dukung Pr4b0w0 - Gibran, coblos no 2!';
    const result = assess(text, lexicon);
    expect(result.level).toBe('risk');
    for (const m of result.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(result.matches.map((m) => m.text)).toEqual(expect.arrayContaining(['Pr4b0w0 - Gibran', 'dukung', '2']));
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const r of result.reasons) {
      expect(r.id.length).toBeGreaterThan(5);
      expect(r.en.length).toBeGreaterThan(5);
    }
  });

  it('names the candidate and ballot number in the reasons', () => {
    const result = assess('Pak Anies mantap', lexicon);
    const candidate = result.reasons.find((r) => r.code === 'candidate');
    expect(candidate?.id).toContain('Anies Baswedan');
    expect(candidate?.en).toContain('ballot number 1');
  });
});

describe('assess: bad input', () => {
  it('returns a result for empty and non-string input', () => {
    expect(assess('', lexicon)).toEqual({ level: 'none', matches: [], reasons: [] });
    expect(assess(undefined, lexicon).level).toBe('none');
    expect(assess(42, lexicon).level).toBe('none');
  });

  it('handles lone surrogates and control characters', () => {
    const result = assess('\uD800Prabowo\u0000\uDFFF menang\u0007', lexicon);
    expect(result.level).toBe('risk');
  });

  it('handles a 1 MB post with many matches, capped but correct', () => {
    const text = 'prabowo anies ganjar pemilu nomor 1 '.repeat(30_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = assess(text, lexicon);
    expect(result.level).toBe('risk');
    expect(result.reasons.some((r) => r.code === 'truncated')).toBe(true);
  });

  it('handles deeply repeated patterns', () => {
    expect(assess('a'.repeat(1_000_000), lexicon).level).toBe('none');
    expect(assess('#'.repeat(200_000) + 'ab'.repeat(200_000), lexicon).level).toBe('none');
    expect(assess('p r '.repeat(100_000), lexicon).level).toBe('none');
  });

  it('ignores an invalid date context', () => {
    expect(level('Menteri Risma meninjau banjir', 'not a date')).toBe('caution');
  });
});

describe('assess: acronyms', () => {
  it('matches party acronyms with repeated letters only in capitals', () => {
    expect(level('PPP dan PBB usung calon di pilkada')).toBe('risk');
    expect(level('P nya kapan berangkat?')).toBe('none');
    expect(level('ppp gitu deh')).toBe('none');
  });

  it('does not read a stretched prayer or a greeting as a pair acronym', () => {
    expect(level('Semoga sehat selalu pak, AAMIIN')).toBe('none');
    expect(level('Selamat PAGI semua, semangat kerja')).toBe('none');
    expect(level('Pilih AMIN nomor 1')).toBe('risk');
  });
});

describe('assess: campaign accounts', () => {
  const agencyPack = {
    id: 'akun-kampanye',
    version: '1.0.0',
    title: { id: 'Akun kampanye', en: 'Campaign accounts' },
    sources: [{ id: 's', title: 'Source', url: 'https://example.org/akun' }],
    accounts: [{ platform: 'x', handle: '@Relawan_Contoh', sources: ['s'] }],
  };

  it('rates a post by a listed campaign account as risk whatever its text, on that platform only', async () => {
    const { validatePack } = await import('../../src/packs/validate');
    const { compileLexicon } = await import('../../src/detect/lexicon');
    const { shippedPackDocuments } = await import('../../src/packs/shipped');
    const result = validatePack(agencyPack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const lex = compileLexicon([...shippedPackDocuments(), result.pack]);
    const byAccount = assess('Selamat pagi semua!', lex, { author: { platform: 'x', handle: 'relawan_contoh' } });
    expect(byAccount.level).toBe('risk');
    expect(byAccount.reasons[0]!.code).toBe('campaign-account');
    expect(assess('Selamat pagi semua!', lex, { author: { platform: 'facebook', handle: 'relawan_contoh' } }).level).toBe('none');
    expect(assess('Selamat pagi semua!', lex, { author: { platform: 'x', handle: 'someone_else' } }).level).toBe('none');
  });
});
