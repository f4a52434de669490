import { describe, expect, it } from 'vitest';
import { preferByWording, symptomByWording } from '../../src/dialogue/symptomByWording.ts';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { rulesOnly } from './knowledge.ts';

// the rules alone: the nearest-example fallback (test/dialogue/nearestExample.test.ts) is left out
const lexicon = rulesOnly();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey);

describe('understand: a symptom described in words of its own (all its terms and lay phrasings)', () => {
  it('GIVEN no term but the words of one symptom THEN asks about that symptom', () => {
    expect(keys('Do you get up in the night to pass water?')).toEqual(['symptom:nocturia']);
    expect(keys('Do you have to change your pyjamas?', { symptom: 'night-sweats' })).toEqual([
      'symptom:night-sweats',
    ]);
  });

  it('GIVEN one shared word, or two symptoms close THEN names none (unknown beats a guess)', () => {
    expect(symptomByWording('do you like the clothes', lexicon.wordings)).toBeUndefined();
    expect(symptomByWording('is it going to rain today', lexicon.wordings)).toBeUndefined();
  });

  it('GIVEN an ambiguous phrase THEN the rest of the clause picks the symptom, or both stay', () => {
    expect(keys('Any harsh noisy breathing when you breathe in?')).toEqual(['symptom:stridor']);
    expect(preferByWording('any harsh when you breathe in', ['wheeze', 'stridor'], lexicon.wordings)).toBe(
      'stridor',
    );
    expect(keys('Any indigestion or tummy pain?').sort()).toEqual([
      'symptom:abdominal-pain',
      'symptom:epigastric-discomfort',
      'symptom:heartburn',
    ]);
  });
});

describe('understand: attribute cues with no symptom to be about', () => {
  it('GIVEN a cue word in a request about no symptom THEN unknown, not a confident attribute', () => {
    expect(keys('Describe the coagulation cascade please.')).toEqual(['unknown']);
    expect(keys('End the simulation and show my score.')).toEqual(['unknown']);
  });

  it('GIVEN a yes/no question whose words describe a symptom THEN asks about that symptom', () => {
    expect(keys('Have your shoes been feeling tight, or your socks leaving deep marks?')).toEqual([
      'symptom:ankle-swelling',
    ]);
  });

  it('GIVEN the illness as a whole, or "it" for the complaint THEN keeps the cue without a symptom', () => {
    expect(keys('When did you first start feeling unwell?')).toEqual(['symptom/onset']);
    expect(keys('Is it more of an ache or a stabbing feeling?')).toEqual(['symptom/character']);
    expect(keys('how would you describe it?')).toEqual(['symptom/character']);
  });

  it('GIVEN cue words that are also a symptom\'s words THEN they name no symptom ("last" is no period)', () => {
    expect(keys('How long does it last?')).toEqual(['symptom/duration']);
  });

  it('GIVEN a frame word ("trouble") and one symptom word THEN names no symptom', () => {
    expect(keys('Any trouble keeping food down?')).toEqual(['unknown']);
  });

  it('GIVEN consent to ask about what has been going on THEN a greeting, no duration', () => {
    expect(keys('Would it be OK if I asked you a few questions about what has been going on?')).toEqual([
      'greeting',
    ]);
  });
});

describe('understand: what a cue means beside the rest of the question', () => {
  it('GIVEN "right now" beside another cue, or in a yes/no question about the symptom THEN no timing', () => {
    expect(keys('How bad is it right now?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/severity',
    ]);
    expect(keys('Is your breathing hard work at the moment?')).toEqual(['symptom:breathlessness']);
  });

  it('GIVEN how far before stopping, for a symptom defined by exertion THEN the bare symptom', () => {
    expect(
      keys('How many flights of stairs can you manage before you have to stop and get your breath back?'),
    ).toEqual(['symptom:exertional-breathlessness']);
  });

  it('GIVEN a pain named in the words of the painful symptom in focus THEN that symptom', () => {
    expect(keys('How far can you walk before the leg pain kicks in?', { symptom: 'claudication' })).toEqual([
      'symptom:claudication/exacerbating',
    ]);
  });

  it('GIVEN "where would you put it" on a pain scale THEN severity, not site', () => {
    expect(
      keys("If ten is the worst pain you've ever had, where would you put this?", { symptom: 'chest-pain' }),
    ).toEqual(['symptom:chest-pain/severity']);
  });
});

describe('understand: clauses that set up, restate or split the question', () => {
  it('GIVEN "you mentioned X" before a question about it THEN only the question', () => {
    expect(keys('You mentioned chest pain - can you show me where it is?')).toEqual([
      'symptom:chest-pain/site',
    ]);
  });

  it('GIVEN "any X, and if so …" THEN asks whether there is any, then about it', () => {
    expect(keys('Any phlegm, and if so what colour?')).toEqual([
      'symptom:sputum',
      'symptom:sputum/character',
    ]);
  });

  it('GIVEN a summary announced THEN the statements after it are restated, not asked', () => {
    expect(
      keys(
        "Can I just read back what you've told me to check I've understood? Palpitations on and off for a month, no blackouts, and your mum had a pacemaker.",
      ),
    ).toEqual(['summary']);
  });

  it('GIVEN a filler before the second question THEN splits it off', () => {
    expect(keys('do you have any allergies to anything and also um are you on any medicines')).toEqual([
      'allergies',
      'medications',
    ]);
  });

  it('GIVEN a textbook wh-question naming a condition THEN unknown; a question to the patient stays', () => {
    expect(keys('Which ECG leads show an inferior MI?')).toEqual(['unknown']);
    expect(keys('What about diabetes?')).toEqual(['pmh:type-2-diabetes']);
  });
});

describe('understand: greeting, identity, review of systems and other wordings', () => {
  it('GIVEN consent asked in other words THEN greeting', () => {
    expect(keys('Do you mind me asking you about your health?')).toEqual(['greeting']);
    expect(keys('Could I have a few minutes of your time?')).toEqual(['greeting']);
    expect(keys('May I take some details from you first?')).toEqual(['greeting']);
    expect(keys("I'm going to go through some questions about what's been happening to you")).toEqual([
      'greeting',
    ]);
  });

  it('GIVEN age or name asked in other words THEN identity', () => {
    expect(keys("And you're how old now, sir?")).toEqual(['identity']);
    expect(keys('what name do you go by?')).toEqual(['identity']);
  });

  it('GIVEN shorthand and "bother" for a system THEN the review of that system', () => {
    expect(keys('GU sx?')).toEqual(['ros:genitourinary']);
    expect(keys('any haem symptoms?')).toEqual(['ros:haematological']);
    expect(keys('Any bother with your ears, nose or throat?')).toEqual(['ros:ent']);
    expect(keys('Can you tell me about your waterworks?')).toEqual(['ros:genitourinary']);
  });

  it('GIVEN a word that is also a symptom or topic elsewhere THEN reads it in its setting', () => {
    expect(keys('why did u come to ED')).toEqual(['opening']);
    expect(keys('Do you get breathless lying flat?')).toEqual(['symptom:orthopnoea']);
    expect(keys("Have you been drinking loads more because you're always thirsty?")).toEqual([
      'symptom:thirst',
    ]);
    expect(keys("Has anyone said you've seemed confused?")).toEqual(['symptom:confusion']);
  });

  it('GIVEN breastfeeding or recent ops THEN the exposure too; ops with no time frame is surgery only', () => {
    expect(keys('Are you breastfeeding at the moment?').sort()).toEqual([
      'exposure:pregnancy-postpartum',
      'pregnancy:pregnant',
    ]);
    expect(keys('any recent ops?').sort()).toEqual(['exposure:recent-surgery', 'surgery']);
    expect(keys('have you had any ops?')).toEqual(['surgery']);
  });
});
