import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/dialogue/normalizeText.ts';
import { TOPIC_RULES } from '../../src/dialogue/topicRules.ts';
import { knowledge } from './knowledge.ts';

const { ontology, lexicon } = knowledge();

/**
 * Terms the knowledge base deliberately gives to more than one symptom, and why. Understanding reads
 * such a term as all of them unless the question names one ("heartburn or indigestion"), so every new
 * one must be a considered choice: add it here with its reason, or make the term specific.
 */
const SHARED_TERMS: Readonly<Record<string, string>> = {
  'abdominal-distension|breathlessness': '"wind" and "winded": one stem, told apart by the written word',
  'ankle-swelling|calf-swelling': '"swollen legs": one leg or both, the patient says which',
  'epigastric-discomfort|heartburn':
    '"indigestion", "dyspepsia": burning and upper-abdominal discomfort alike',
  'exertional-breathlessness|reduced-exercise-tolerance': '"how far can you walk", "exercise tolerance"',
  'pre-syncope|syncope': '"faint" and "faintness": one stem, told apart by the written word',
  'rash|vaginal-bleeding': '"spots" and "spotting": one stem, told apart by the written word',
  'rigors|tremor': '"the shakes": shivering with fever or a tremor, the question says which',
  'seizures|urinary-incontinence': '"wet yourself": in a fit or on its own',
  'cough|sputum': '"productive cough" is both',
};

describe('the symptom vocabulary understanding reads', () => {
  it('shares a term between symptoms only where that is a deliberate, documented choice', () => {
    const owners = new Map<string, Set<string>>();
    for (const list of lexicon.phrases.values()) {
      for (const e of list) {
        if (e.kind !== 'symptom') continue;
        const key = e.stems.join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
    const unexpected = [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([stems, ids]) => `${[...ids].sort().join('|')} ("${stems}")`)
      .filter((pair) => SHARED_TERMS[pair.slice(0, pair.indexOf(' '))] === undefined);
    expect(unexpected).toEqual([]);
  });

  it('names symptoms, never one of their attributes ("colour of the phlegm" would hide the question)', () => {
    const attributeQuestion =
      /\b(?:colou?r of|what colou?r|how (?:long|often|bad|severe|much)|where|describe|out of ten|scale of)\b/;
    const offending = [...ontology.symptoms.values()].flatMap((s) =>
      s.terms.filter((t) => attributeQuestion.test(normalizeText(t))).map((t) => `${s.id}: "${t}"`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps exposure terms that are also another topic weak: they count only with a sign of recency', () => {
    const surgery = [...(lexicon.phrases.get('surgeri') ?? [])].find(
      (e) => e.kind === 'exposure' && e.id === 'recent-surgery' && e.stems.length === 1,
    );
    expect(surgery?.weak).toBe(true);
    const strong = ontology.exposures
      .get('recent-surgery')
      ?.terms.filter((t) => !TOPIC_RULES.some((r) => r.topic !== 'exposure' && r.re.test(normalizeText(t))));
    expect(strong).toContain('recently operated');
  });
});
