/**
 * contradiction with memory: personal details improvised earlier (a pet's name, how many
 * grandchildren) are facts from then on. A reply that renames them or changes a count is refused.
 */
import type { Analysis } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { foldKeepCase } from '../text/foldText.ts';
import { stem } from '../text/stem.ts';
import { NUMBER_WORDS } from '../text/wordLists.ts';

/** A pet is one slot however it is named: "my pet", "the dog", "a retriever called Bailey". */
const PET_NOUNS = ['pet', 'dog', 'cat', 'rabbit', 'parrot', 'budgie', 'horse', 'hamster', 'fish'];
const PET_WORDS = new Set([
  ...PET_NOUNS,
  'retriever',
  'labrador',
  'spaniel',
  'terrier',
  'collie',
  'puppy',
  'kitten',
]);

/** Nouns that name a personal-detail slot. */
const SLOT_NOUNS = new Set([
  ...PET_NOUNS,
  ...'wife husband partner son daughter grandson granddaughter grandchild grandchildren grandkid grandkids kid kids child children boy girl team car boat hobby club village town friend neighbour neighbor brother sister nephew niece'.split(
    ' ',
  ),
]);

interface Detail {
  key: string;
  value: string;
  nouns: Set<string>;
  names: string[];
  counts: Map<string, number>;
}

function detailOf(key: string, value: string): Detail {
  const words = `${key.replace(/[-_]/g, ' ')} ${value}`.toLowerCase().match(/[a-z]+/g) ?? [];
  const nouns = new Set(words.filter((w) => SLOT_NOUNS.has(w)).map(stem));
  if (words.some((w) => PET_WORDS.has(w))) for (const p of PET_NOUNS) nouns.add(stem(p));
  const names = [...foldKeepCase(value).matchAll(/(?<=\s|^)([A-Z][a-z]{1,})/g)]
    .map((m) => m[1] ?? '')
    .filter((n) => !['I', 'My', 'The', 'A', 'An', 'He', 'She', 'We', 'They', 'Our'].includes(n));
  const counts = new Map<string, number>();
  for (const m of value.toLowerCase().matchAll(/\b(\d+|[a-z]+) ([a-z]+)\b/g)) {
    const n = /^\d+$/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS[m[1] ?? ''];
    if (n !== undefined && n >= 1 && SLOT_NOUNS.has(m[2] ?? '') && m[1] !== 'a' && m[1] !== 'an')
      counts.set(stem(m[2] ?? ''), n);
  }
  return { key, value, nouns, names, counts };
}

/** The memory rule. */
export function memoryClaims(a: Analysis): ReplyViolation[] {
  const entries = Object.entries(a.ctx.memory.improvised);
  for (const f of Object.values(a.ctx.memory.disclosed))
    if (f.status === 'improvised') entries.push([f.fact, f.value]);
  if (entries.length === 0) return [];
  const original = foldKeepCase(a.reply);
  const out: ReplyViolation[] = [];
  for (const [key, value] of entries) {
    const d = detailOf(key, value);
    for (const noun of d.nouns) {
      if (d.names.length > 0) {
        const re = new RegExp(
          `\\b${noun}\\w*\\b[^.!?]{0,40}?\\b(?:called|named|name is|name's)\\s+([A-Z][a-z]+)`,
          'gi',
        );
        for (const m of original.matchAll(re)) {
          const name = m[1] ?? '';
          if (/^[A-Z]/.test(name) && !d.names.some((n) => n.toLowerCase() === name.toLowerCase())) {
            out.push(
              violation(
                'contradiction',
                'memory_differs',
                `The reply changes a detail the patient gave earlier (${key}: ${value}).`,
                m[0],
              ),
            );
          }
        }
      }
      const count = d.counts.get(noun);
      if (count !== undefined) {
        const re = new RegExp(
          `\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ${noun}\\w*\\b`,
          'gi',
        );
        for (const m of original.matchAll(re)) {
          const said = m[1] ?? '';
          const n = /^\d+$/.test(said) ? Number(said) : NUMBER_WORDS[said.toLowerCase()];
          if (n !== undefined && n !== count) {
            out.push(
              violation(
                'contradiction',
                'memory_differs',
                `The reply changes a detail the patient gave earlier (${key}: ${value}).`,
                m[0],
              ),
            );
          }
        }
      }
    }
  }
  return out;
}
