/**
 * The one shape every outbound message takes: text within 2,000 characters, embeds within Discord's
 * limits (10 embeds, 6,000 characters in all, per-field caps), and no mentions that notify anyone.
 * Pure functions: the outbox sends what these return.
 */
import type { APIEmbed } from 'discord.js';

export const LIMITS = {
  content: 2_000,
  embeds: 10,
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  author: 256,
  /** A webhook username (Discord allows 1–80). */
  username: 80,
} as const;

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, marking the cut; never splits a surrogate pair. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}`;
}

function clampEmbed(embed: APIEmbed, budget: number): { embed: APIEmbed; used: number } {
  let used = 0;
  const take = (value: string | undefined, max: number): string | undefined => {
    if (value === undefined || value === '') return undefined;
    const room = Math.min(max, budget - used);
    if (room <= ELLIPSIS.length) return undefined;
    const out = clampText(value, room);
    used += out.length;
    return out;
  };
  const out: APIEmbed = {};
  const title = take(embed.title, LIMITS.title);
  if (title) out.title = title;
  const description = take(embed.description, LIMITS.description);
  if (description) out.description = description;
  if (embed.color !== undefined) out.color = embed.color;
  if (embed.author?.name) {
    const name = take(embed.author.name, LIMITS.author);
    if (name) out.author = { ...embed.author, name };
  }
  const fields = [];
  for (const field of (embed.fields ?? []).slice(0, LIMITS.fields)) {
    const name = take(field.name, LIMITS.fieldName);
    const value = take(field.value, LIMITS.fieldValue);
    if (name && value)
      fields.push({ name, value, ...(field.inline !== undefined ? { inline: field.inline } : {}) });
  }
  if (fields.length > 0) out.fields = fields;
  if (embed.footer?.text) {
    const text = take(embed.footer.text, LIMITS.footer);
    if (text) out.footer = { ...embed.footer, text };
  }
  if (embed.timestamp) out.timestamp = embed.timestamp;
  return { embed: out, used };
}

/** Embeds cut to Discord's limits; embeds that would be empty are dropped. */
export function safeEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let budget: number = LIMITS.embedTotal;
  for (const embed of embeds.slice(0, LIMITS.embeds)) {
    if (budget <= ELLIPSIS.length) break;
    const { embed: clamped, used } = clampEmbed(embed, budget);
    budget -= used;
    if (clamped.title || clamped.description || clamped.fields?.length) out.push(clamped);
  }
  return out;
}

export interface OutboundFile {
  name: string;
  data: string | Buffer;
}

/** What a handler wants to say; the outbox turns it into a safe Discord payload. */
export interface OutboundMessage {
  content?: string;
  embeds?: readonly APIEmbed[];
  files?: readonly OutboundFile[];
}

export interface SafePayload {
  content: string;
  embeds: APIEmbed[];
  files: { attachment: Buffer; name: string }[];
  allowedMentions: { parse: []; repliedUser: false };
}

/** The payload every send uses: clamped, and with mentions that notify nobody. */
export function toSafePayload(message: OutboundMessage): SafePayload {
  const content = clampText(message.content ?? '', LIMITS.content);
  const embeds = safeEmbeds(message.embeds ?? []);
  const files = (message.files ?? []).map((f) => ({
    name: f.name,
    attachment: typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : f.data,
  }));
  // Discord refuses an empty message
  const fallback = content === '' && embeds.length === 0 && files.length === 0 ? '…' : content;
  return { content: fallback, embeds, files, allowedMentions: { parse: [], repliedUser: false } };
}
