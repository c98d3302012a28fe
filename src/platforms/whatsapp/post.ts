/**
 * Reading a message off WhatsApp Web's DOM. A "post" here is one chat
 * message: its text (emoji are `img[alt]`, captions are text too), its
 * sender from `data-pre-plain-text` and `data-id`, and `data-id` as its id.
 * Read-only, no layout.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { WHATSAPP_SELECTORS, type WhatsAppSelectorName } from './selectors';

const joined = new Map<WhatsAppSelectorName, string>();

/** A named selector as one CSS selector list. */
export function css(name: WhatsAppSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = WHATSAPP_SELECTORS[name].join(', ');
    joined.set(name, list);
  }
  return list;
}

/**
 * Matches of `name` inside `root`. The selectors carry their scope (`#main
 * footer …`), which `root.querySelectorAll` would judge against the whole
 * document in browsers but only inside `root` in some DOMs (happy-dom):
 * querying the document and keeping what `root` contains is right in both.
 */
export function allWithin(root: Element, name: WhatsAppSelectorName): Element[] {
  return [...root.ownerDocument.querySelectorAll(css(name))].filter((element) => root.contains(element));
}

export function firstWithin(root: Element, name: WhatsAppSelectorName): Element | null {
  return allWithin(root, name)[0] ?? null;
}

export interface MessageKey {
  fromMe: boolean;
  /** The chat's JID: `<phone>@c.us`, `<id>@lid`, or `<id>@g.us` for a group. */
  chat: string;
  /** The sender's JID in a group (absent in 1:1 chats and on own messages). */
  participant?: string | undefined;
  group: boolean;
}

/** `data-id` = "<fromMe>_<chatJid>_<msgId>[_<participantJid>]"; null for anything else. */
export function parseDataId(dataId: string | null): MessageKey | null {
  const match = /^(true|false)_([^_\s]+@[a-z.]+)_([^_\s]+)(?:_([^_\s]+@[a-z.]+))?$/.exec(dataId ?? '');
  if (!match) return null;
  const chat = match[2] ?? '';
  return { fromMe: match[1] === 'true', chat, participant: match[4], group: chat.endsWith('@g.us') };
}

/**
 * A phone number as a handle: from a `<digits>@c.us` JID, or from a sender
 * name WhatsApp shows as "+62 812-3456-7890" for unsaved contacts. `@lid`
 * ids are not phone numbers and no pack could list them: no handle.
 */
export function handleOf(jid: string | undefined, name?: string): string | undefined {
  const fromJid = /^(\d{6,15})@(?:c\.us|s\.whatsapp\.net)$/.exec(jid ?? '')?.[1];
  if (fromJid) return fromJid;
  if (name && /^\+?[\d\s().-]{6,24}$/.test(name)) {
    const digits = name.replace(/\D/g, '');
    if (digits.length >= 6 && digits.length <= 15) return digits;
  }
  return undefined;
}

/** "[10:30, 28/09/2026] Andi Relawan: " → its parts; undefined when the shape is unknown. */
export function parseMeta(meta: string | null): { stamp: string; name: string } | undefined {
  const match = /^\s*\[([^\]]+)\]\s*(.*?):\s*$/.exec(meta ?? '');
  if (!match) return undefined;
  return { stamp: match[1]?.trim() ?? '', name: match[2]?.trim() ?? '' };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The stamp as a local ISO date-time. Locales differ ("10:30, 28/09/2026",
 * "10.30, 28/9/2026", "10:30 AM, 9/28/2026"): 12-hour clocks are read
 * month-first (the US format), others day-first; a part above 12 settles it.
 * Anything else gives undefined rather than a wrong date.
 */
export function parseStamp(stamp: string): string | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?\s*[Mm]\.?)?,\s*(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$/.exec(stamp);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const ampm = match[3]?.toLowerCase();
  const [a, b, c] = [match[4] ?? '', match[5] ?? '', match[6] ?? ''];
  let year: number, month: number, day: number;
  if (a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
  else {
    year = Number(c);
    if (c.length === 2) year += 2000;
    const monthFirst = Number(a) > 12 ? false : Number(b) > 12 ? true : ampm !== undefined;
    [month, day] = monthFirst ? [Number(a), Number(b)] : [Number(b), Number(a)];
  }
  if (ampm) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || year < 2009) return undefined;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00`;
}

/** The message (`div[data-id]`) containing `element`, or the one of its row (quick forward sits beside the bubble). */
export function messageOf(element: Element): Element | null {
  const own = element.closest(css('message'));
  if (own) return own;
  const row = element.closest(css('row'));
  return row ? firstWithin(row, 'message') : null;
}

/** The message's own text: text spans outside any quoted message, outermost only. */
function textOf(message: Element): string {
  const spans = allWithin(message, 'messageText').filter((span) => !span.closest(css('quoted')));
  const outer = spans.filter((span) => !spans.some((other) => other !== span && other.contains(span)));
  return outer
    .map((span) => readText(span))
    .filter(Boolean)
    .join('\n');
}

function authorOf(key: MessageKey | null, name: string | undefined): Author | undefined {
  // In a group the sender is the participant; in a 1:1 chat the other side is the chat itself.
  const jid = key?.fromMe ? undefined : key?.group ? key.participant : key?.chat;
  const handle = handleOf(jid, name);
  if (!name && !handle) return undefined;
  return { name: name || undefined, handle, url: handle ? `https://wa.me/${handle}` : undefined };
}

/** What the page shows of the message containing `element`; null outside a message or without text. */
export function postOf(element: Element): PostInfo | null {
  const message = messageOf(element);
  if (!message) return null;
  const dataId = message.getAttribute('data-id');
  const key = parseDataId(dataId);
  const meta = parseMeta(firstWithin(message, 'messageMeta')?.getAttribute('data-pre-plain-text') ?? null);
  const text = textOf(message);
  const author = authorOf(key, meta?.name);
  // A media message without caption shows nothing we can read: the sender is all there is.
  if (!text && !author?.handle) return null;
  return { text, author, time: meta ? parseStamp(meta.stamp) : undefined, id: dataId ?? undefined };
}

/** The messages ticked in "Select messages" mode, as one post (their texts joined, the first sender). */
export function selectedPostOf(doc: Document): PostInfo | null {
  const posts: PostInfo[] = [];
  for (const check of doc.querySelectorAll(css('selectCheck'))) {
    const ticked = check.getAttribute('aria-checked') === 'true' || (check as HTMLInputElement).checked === true;
    const row = ticked ? check.closest(css('row')) : null;
    const message = row ? firstWithin(row, 'message') : null;
    const post = message ? postOf(message) : null;
    if (post) posts.push(post);
  }
  const first = posts[0];
  if (!first) return null;
  if (posts.length === 1) return first;
  // A pack's campaign number among the senders makes the whole forward risky: prefer a sender with a handle.
  const author = posts.find((p) => p.author?.handle)?.author ?? first.author;
  return { text: posts.map((p) => p.text).join('\n'), author, time: first.time, id: posts.map((p) => p.id).join(',') };
}

/** The reply panel above the composer, read as the post being replied to (no id: it has none). */
export function replyPanelPost(panel: Element): PostInfo | null {
  const text = readText(panel);
  return text ? { text } : null;
}
