/**
 * Medical words a patient may not know, by the lowest health literacy that understands them. A patient
 * below that literacy asks what the word means instead of answering.
 */
import type { Literacy } from '../ontology/schema.ts';

const HIGH_ONLY = [
  'dyspnoea',
  'orthopnoea',
  'paroxysmal',
  'pnd',
  'haemoptysis',
  'diaphoresis',
  'diaphoretic',
  'syncope',
  'syncopal',
  'presyncope',
  'pyrexia',
  'febrile',
  'rigors',
  'claudication',
  'oedema',
  'myalgia',
  'arthralgia',
  'dysuria',
  'haematuria',
  'melaena',
  'haematemesis',
  'dysphagia',
  'coryza',
  'photophobia',
  'paraesthesia',
  'diplopia',
  'nocturia',
  'polyuria',
  'pleuritic',
  'expectoration',
  'tussis',
  'dysphonia',
  'epigastric',
  'retrosternal',
  'precordial',
  'exertional',
  'tachycardia',
  'angina',
];
const MEDIUM_UP = [
  'palpitations',
  'nausea',
  'sputum',
  'radiate',
  'radiates',
  'radiating',
  'radiation',
  'exertion',
  'sob',
  'intermittent',
  'exacerbate',
  'exacerbates',
  'alleviate',
  'alleviates',
  'aggravate',
  'aggravates',
];

/** The first word of `text` (normalized) this literacy would not understand, if any. */
export function unfamiliarWord(text: string, literacy: Literacy): string | undefined {
  if (literacy === 'high') return undefined;
  const words = text.split(/[^a-z]+/);
  for (const w of words) {
    if (HIGH_ONLY.includes(w)) return w;
    if (literacy === 'low' && MEDIUM_UP.includes(w)) return w;
  }
  return undefined;
}
