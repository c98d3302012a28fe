/**
 * The warning dialog's words, in Indonesian and English. Both catalogues
 * have the same keys (the type enforces it; a test checks none is empty).
 */
import type { ActionKind } from '../../platforms/types';
import type { Level } from '../../detect/types';
import type { Language } from '../../i18n/language';

export interface DialogMessages {
  /** "Anda akan menyukai postingan ini": what was about to happen, per action. */
  about: Record<ActionKind, string>;
  /** The same, when the user's own draft is what matched. */
  aboutDraft: Record<ActionKind, string>;
  title: Record<Exclude<Level, 'none'>, string>;
  lead: Record<Exclude<Level, 'none'>, string>;
  onSite: (site: string) => string;
  why: string;
  matched: string;
  rule: string;
  law: string;
  sanctions: string;
  sources: string;
  revoked: string;
  cancel: string;
  proceed: string;
  proceedNote: string;
  close: string;
  /** Justify mode: the reason field's label, its hint, and the note under it. */
  reasonLabel: string;
  reasonHint: string;
  /** Block mode: why there is no proceed button. */
  blocked: string;
  /** "Aturan dari <organisation>". */
  organisation: (name: string) => string;
  help: string;
}

const id: DialogMessages = {
  about: {
    like: 'Anda akan menyukai postingan ini',
    comment: 'Anda akan mengomentari postingan ini',
    share: 'Anda akan membagikan postingan ini',
    repost: 'Anda akan memposting ulang postingan ini',
    quote: 'Anda akan mengutip postingan ini',
    follow: 'Anda akan mengikuti akun ini',
    post: 'Anda akan memposting teks ini',
  },
  aboutDraft: {
    like: 'Anda akan menyukai postingan ini',
    comment: 'Anda akan mengirim komentar ini',
    share: 'Anda akan membagikan teks ini',
    repost: 'Anda akan memposting ulang teks ini',
    quote: 'Anda akan memposting kutipan ini',
    follow: 'Anda akan mengikuti akun ini',
    post: 'Anda akan memposting teks ini',
  },
  title: {
    risk: 'Konten ini tentang calon atau kampanye',
    caution: 'Konten ini mungkin menyangkut pemilu',
  },
  lead: {
    risk: 'Jika diteruskan, tindakan ini dapat dibaca sebagai keberpihakan dan melanggar netralitas ASN.',
    caution: 'Periksa dulu: jika konten ini mendukung atau menyerang calon, partai, atau kampanye, tindakan ini dapat melanggar netralitas ASN.',
  },
  onSite: (site) => `di ${site}`,
  why: 'Mengapa ditandai',
  matched: 'Kata yang cocok',
  rule: 'Aturan yang terkait',
  law: 'Dasar hukum',
  sanctions: 'Kemungkinan sanksi',
  sources: 'Sumber',
  revoked: 'Catatan',
  cancel: 'Batalkan',
  proceed: 'Tetap lanjutkan',
  proceedNote: 'Keputusan Anda dicatat di riwayat lokal Netral, tanpa isi postingan. Tidak ada yang dikirim.',
  reasonLabel: 'Alasan Anda tetap melanjutkan (wajib)',
  reasonHint: 'Organisasi Anda meminta alasan. Alasan disimpan di riwayat lokal peramban ini dan tidak dikirim ke mana pun.',
  blocked: 'Organisasi Anda tidak mengizinkan tindakan ini dilanjutkan.',
  organisation: (name) => `Diatur oleh organisasi Anda (${name})`,
  help: 'Tempat bertanya',
  close: 'Tutup',
};

const en: DialogMessages = {
  about: {
    like: 'You are about to like this post',
    comment: 'You are about to comment on this post',
    share: 'You are about to share this post',
    repost: 'You are about to repost this post',
    quote: 'You are about to quote this post',
    follow: 'You are about to follow this account',
    post: 'You are about to post this text',
  },
  aboutDraft: {
    like: 'You are about to like this post',
    comment: 'You are about to send this comment',
    share: 'You are about to share this text',
    repost: 'You are about to repost this text',
    quote: 'You are about to post this quote',
    follow: 'You are about to follow this account',
    post: 'You are about to post this text',
  },
  title: {
    risk: 'This is about a candidate or a campaign',
    caution: 'This may concern an election',
  },
  lead: {
    risk: 'If you go on, this can be read as taking sides and break civil-service neutrality.',
    caution: 'Take a look first: if this supports or attacks a candidate, party or campaign, acting on it can break civil-service neutrality.',
  },
  onSite: (site) => `on ${site}`,
  why: 'Why it was flagged',
  matched: 'Words matched',
  rule: 'The rule concerned',
  law: 'Legal basis',
  sanctions: 'Possible sanctions',
  sources: 'Sources',
  revoked: 'Note',
  cancel: 'Cancel',
  proceed: 'Proceed anyway',
  proceedNote: 'Your decision is kept in Netral’s local history, without the post’s text. Nothing is sent.',
  reasonLabel: 'Why you are proceeding anyway (required)',
  reasonHint: 'Your organisation asks for a reason. It is kept in this browser’s local history and sent nowhere.',
  blocked: 'Your organisation does not allow this action to go ahead.',
  organisation: (name) => `Managed by your organisation (${name})`,
  help: 'Where to ask',
  close: 'Close',
};

export const DIALOG_MESSAGES: Record<Language, DialogMessages> = { id, en };
