/**
 * The reveal debrief as Discord embeds: one per section of the debrief's Markdown (diagnosis first),
 * within embed limits; the whole Markdown also goes along as a file when it would not fit.
 */
import type { APIEmbed } from 'discord.js';
import type { Debrief } from '../../cases/CaseApi.ts';
import type { OutboundMessage } from './safeMessage.ts';

const COLOR = 0x2b8a3e;
const ROOM = 5_500;

export function formatDebrief(debrief: Debrief, caption: string): OutboundMessage {
  const embeds: APIEmbed[] = [];
  const sections = debrief.markdown.split(/^(?=#{2,3} )/m).filter((s) => s.trim() !== '');
  for (const section of sections) {
    const [heading = '', ...body] = section.trim().split('\n');
    embeds.push({
      title: heading.replace(/^#+\s*/, ''),
      description: body.join('\n').trim() || '—',
      ...(embeds.length === 0 ? { color: COLOR } : {}),
    });
  }
  const tooLong = debrief.markdown.length > ROOM || embeds.length > 10;
  return {
    content: caption,
    embeds,
    ...(tooLong ? { files: [{ name: 'debrief.md', data: debrief.markdown }] } : {}),
  };
}
