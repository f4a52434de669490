import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { rulesOnly } from './knowledge.ts';

// which symptoms a message names, by the rules alone (the nearest-example fallback is left out)
const lexicon = rulesOnly();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey).sort();

describe('understand: a two-word term said once for a list (coordinatedTerms)', () => {
  it('GIVEN "neck or arm pain" THEN both pains are asked', () => {
    expect(keys('any neck or arm pain?')).toEqual(['symptom:arm-pain', 'symptom:neck-pain']);
    expect(keys('Any chest or arm pain?')).toEqual(['symptom:arm-pain', 'symptom:chest-pain']);
  });

  it('GIVEN "feeling irritable or down" THEN both feelings are asked', () => {
    expect(keys('Have you been feeling irritable or down lately?')).toEqual([
      'symptom:irritability',
      'symptom:low-mood',
    ]);
    expect(keys('do you feel tired or down?')).toEqual(['symptom:fatigue', 'symptom:low-mood']);
  });

  it('GIVEN a list before a shared site or noun THEN each item with it', () => {
    expect(keys('any pain or swelling in your joints?')).toEqual([
      'symptom:joint-pain',
      'symptom:joint-swelling',
    ]);
    expect(keys('any tummy pain or swelling?')).toEqual([
      'symptom:abdominal-distension',
      'symptom:abdominal-pain',
    ]);
    expect(keys('any joint pain or swelling?')).toEqual(['symptom:joint-pain', 'symptom:joint-swelling']);
  });

  it('GIVEN a choice describing the symptom, or the term said again THEN no list of items', () => {
    expect(keys('Is your cough dry or productive?')).toEqual(['symptom:cough/character']);
    expect(keys('Any cough, or coughing up blood?')).toEqual(['symptom:cough', 'symptom:haemoptysis']);
  });

  it('GIVEN a word joined on after a symptom and its site THEN it shares the site', () => {
    expect(keys('Any pain in your eyes or redness?')).toEqual(['symptom:eye-pain', 'symptom:red-eye']);
    expect(keys('any stiffness in your joints or swelling?')).toEqual([
      'symptom:joint-stiffness',
      'symptom:joint-swelling',
    ]);
    expect(keys('any pain in your chest or tightness?')).toEqual([
      'symptom:chest-pain',
      'symptom:chest-tightness',
    ]);
    // the site's symptom only, not the bare word's
    expect(keys('any pain in your ears or discharge?')).toEqual([
      'symptom:ear-discharge',
      'symptom:ear-pain',
    ]);
  });

  it('GIVEN a comma list after a symptom and its site THEN each item shares the site', () => {
    expect(keys('Any pain in the chest, tightness, heaviness?')).toEqual([
      'symptom:chest-pain',
      'symptom:chest-tightness',
    ]);
  });
});

describe('understand: a pronoun for a substance named before it (pronounNouns)', () => {
  it('GIVEN "blood in your wee or pain passing it" THEN pain passing wee', () => {
    expect(keys('Any blood in your wee or pain passing it?')).toEqual([
      'symptom:dysuria',
      'symptom:haematuria',
    ]);
    expect(keys('any blood in your urine, or pain passing it?')).toEqual([
      'symptom:dysuria',
      'symptom:haematuria',
    ]);
  });
});

describe('understand: exercise tolerance (exerciseTolerance, LABELS.md)', () => {
  it('GIVEN a distance or amount with no cause named THEN either cause', () => {
    const both = ['symptom:exertional-breathlessness', 'symptom:reduced-exercise-tolerance'];
    expect(keys('how many flights of stairs can you manage before stopping?')).toEqual(both);
    expect(keys('How many flights of stairs can u manage')).toEqual(both);
    expect(keys('how far can you walk these days?')).toEqual(both);
    // in words no term has
    expect(keys('how far can u get walking before u need a rest')).toEqual(both);
    expect(keys('how many steps can you climb?')).toEqual(both);
    expect(keys('how many stairs can you do?')).toEqual(both);
    expect(keys('what distance can you walk?')).toEqual(both);
    expect(keys('how far can you go before you have to stop and rest?')).toEqual(both);
  });

  it('GIVEN breath named, a breather or being puffed THEN breathlessness on exertion only', () => {
    expect(keys('How far can you walk before you need to stop for a breather?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('How far can you walk before you need to stop for breath?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('How many flights of steps before you get puffed?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
  });

  it('GIVEN tiredness or breathlessness with everyday tasks THEN the exertional symptom', () => {
    expect(keys('do you get tired out doing the shopping?')).toEqual(['symptom:reduced-exercise-tolerance']);
    expect(keys('do you get worn out doing the housework?')).toEqual(['symptom:reduced-exercise-tolerance']);
    expect(keys('are you tiring out quicker when you are active?')).toEqual([
      'symptom:reduced-exercise-tolerance',
    ]);
    expect(keys('do you get breathless doing everyday things?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('how much can you do before you get breathless?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('are you able to do as much as before?')).toEqual(['symptom:reduced-exercise-tolerance']);
    expect(keys('can you keep up with people your age?')).toEqual(['symptom:reduced-exercise-tolerance']);
    expect(keys('How bad is the breathlessness, does it stop you doing things?')).toEqual([
      'symptom:breathlessness/severity',
    ]);
  });
});

describe('understand: the "or" half of a choice takes the setting of the first (alternativeSetting)', () => {
  it('GIVEN a setting, "or" and a bare base symptom THEN the refined symptom', () => {
    expect(keys('do you manage the stairs alright or do you get puffed?')).toContain(
      'symptom:exertional-breathlessness',
    );
    expect(keys('can you lie flat, or do you get breathless?')).toEqual(['symptom:orthopnoea']);
    expect(keys('do you cough up phlegm, or are you breathless?')).toEqual([
      'symptom:breathlessness',
      'symptom:sputum',
    ]);
    // reading the settings leaves them as they were for the next message
    expect(keys('do you manage the stairs alright or do you get puffed?')).toContain(
      'symptom:exertional-breathlessness',
    );
    expect(keys('How far can you walk before you get out of breath?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    // a setting that must stand by its base ("nearly passed out") does not cross over
    expect(keys('Are you going to the toilet more, or have you passed out?')).toEqual([
      'symptom:syncope',
      'symptom:urinary-frequency',
    ]);
  });
});

describe('understand: lumps read by the system the message is about (lumpsContext)', () => {
  it('GIVEN the skin asked about THEN lumps with no gland site are skin lumps', () => {
    expect(keys("Any problems with your skin, and any lumps or bumps you've noticed?")).toEqual([
      'ros:skin',
      'symptom:skin-lesion',
    ]);
    expect(keys('any itching or lumps?')).toEqual(['symptom:itching', 'symptom:skin-lesion']);
  });

  it('GIVEN no skin, or a gland site THEN swollen glands', () => {
    expect(keys('Any lumps or bumps anywhere?')).toEqual(['symptom:lymph-node-swelling']);
    expect(keys('any rashes, and any lumps in your neck?')).toEqual([
      'symptom:lymph-node-swelling',
      'symptom:rash',
    ]);
  });
});

describe('understand: a sense or capacity that changed (facultyQuestions)', () => {
  it('GIVEN a faculty said to change or worsen THEN the symptom of its loss, no timing', () => {
    expect(keys('Has your vision changed at all?')).toEqual(['symptom:visual-disturbance']);
    expect(keys('is your eyesight getting worse?')).toEqual(['symptom:visual-disturbance']);
    expect(keys('Have you noticed your hearing getting worse?')).toEqual(['symptom:hearing-loss']);
    expect(keys('has your hearing got worse?')).toEqual(['symptom:hearing-loss']);
    expect(keys('has your memory been getting worse?')).toEqual(['symptom:memory-problems']);
    expect(keys('has your speech changed?')).toEqual(['symptom:speech-difficulty']);
    expect(keys('has your hearing been affected?')).toEqual(['symptom:hearing-loss']);
    expect(keys('has your sense of smell gone?')).toEqual(['symptom:loss-of-smell']);
    expect(keys('Has your exercise tolerance changed recently?')).toEqual([
      'symptom:reduced-exercise-tolerance',
    ]);
  });

  it('GIVEN no change named THEN the review of the system stays', () => {
    expect(keys("How's your hearing?")).toEqual(['ros:ent']);
  });

  it('GIVEN "what is your … like" THEN the capacity itself, no character', () => {
    const both = ['symptom:exertional-breathlessness', 'symptom:reduced-exercise-tolerance'];
    expect(keys("What's your exercise tolerance like on the flat, roughly?")).toEqual(both);
    expect(keys("what's your vision like?")).toEqual(['symptom:visual-disturbance']);
  });
});

describe('understand: one symptom inside another (preferSpecific)', () => {
  it('GIVEN episodes defined by the symptom in a relative clause THEN that symptom', () => {
    expect(keys("Have you had any shaking episodes where you can't stop shivering?")).toEqual([
      'symptom:rigors',
    ]);
    expect(keys('any shaking attacks where you bite your tongue?')).toEqual(['symptom:seizures']);
  });

  it('GIVEN a symptom described by a relative clause THEN the symptom named first', () => {
    expect(keys('Have you had any fits, where you go stiff and shake all over?')).toEqual([
      'symptom:seizures',
    ]);
    expect(keys("Have you had any shaking fits where your teeth chatter and you can't get warm?")).toEqual([
      'symptom:rigors',
    ]);
  });

  it('GIVEN a known subject and a symptom said of it THEN the symptom said', () => {
    expect(keys('Is the rash itchy?')).toEqual(['symptom:itching']);
    expect(keys('Is your rash itchy?')).toEqual(['symptom:itching']);
  });
});

describe('understand: cues that only date or describe (describingCues)', () => {
  it('GIVEN "when it came on" after named symptoms THEN those symptoms, not their onset', () => {
    expect(keys('Did you feel sick or sweaty when it came on?')).toEqual([
      'symptom:nausea',
      'symptom:sweating',
    ]);
    expect(keys('were you sweaty when it started?')).toEqual(['symptom:sweating']);
    expect(keys('did you feel dizzy when it came on?')).toEqual(['symptom:dizziness']);
    expect(keys('did it come on suddenly?')).toEqual(['symptom/onset']);
  });
});

describe('understand: a symptom ruled out after a helping verb (RULED_OUT)', () => {
  it('GIVEN "but didn\'t actually pass out" THEN only the symptom asked', () => {
    expect(
      keys("Have you felt like you were about to faint, but didn't actually lose consciousness?"),
    ).toEqual(['symptom:pre-syncope']);
    expect(keys('did you feel faint, but you did not black out?')).toEqual(['symptom:pre-syncope']);
  });
});

describe('understand: lay wordings of symptoms (vocabulary terms)', () => {
  it('GIVEN more or less urine THEN polyuria or reduced output, not frequency', () => {
    expect(keys('Are you passing more urine than normal?')).toEqual(['symptom:polyuria']);
    expect(keys('are you peeing less?')).toEqual(['symptom:reduced-urine-output']);
    expect(keys('Are you weeing less than usual?')).toEqual(['symptom:reduced-urine-output']);
    expect(keys('are you passing urine more often?')).toEqual(['symptom:urinary-frequency']);
  });

  it('GIVEN the lay words of other symptoms THEN those symptoms', () => {
    expect(keys('When did you start needing to sleep sitting upright?')).toEqual([
      'symptom:orthopnoea/onset',
    ]);
    expect(keys("do you worry you won't make it to the toilet in time?")).toEqual([
      'symptom:urinary-urgency',
    ]);
    expect(keys('any pain at the top of your tummy?')).toEqual(['symptom:epigastric-discomfort']);
    expect(keys('Have you noticed the scales creeping up?')).toEqual(['symptom:fluid-weight-gain']);
    expect(keys('any pain over your cheekbones?')).toEqual(['symptom:facial-pain']);
    expect(keys('is your flow weaker than it used to be?')).toEqual(['symptom:urinary-hesitancy']);
    expect(keys('Do you ever wake up in the middle of the night gasping?')).toEqual([
      'symptom:paroxysmal-nocturnal-dyspnoea',
    ]);
    expect(keys('is it painful when you wee?')).toEqual(['symptom:dysuria']);
    expect(keys('is it sore when you pass urine?')).toEqual(['symptom:dysuria']);
    expect(keys('any floaters?')).toEqual(['symptom:visual-disturbance']);
    expect(keys('do you struggle to hear people?')).toEqual(['symptom:hearing-loss']);
    expect(keys('are we talking having to change the bedsheets?', { symptom: 'night-sweats' })).toEqual([
      'symptom:night-sweats',
    ]);
    expect(keys('are you bringing any gunk up?')).toEqual(['symptom:sputum']);
    // feeling hot or cold is no head cold
    expect(keys('do you feel cold a lot?')).toEqual(['symptom:cold-intolerance']);
    expect(keys('Any pain in your side or in your back around the kidneys?')).toEqual(['symptom:loin-pain']);
    expect(keys('do you feel sleepy in the day?')).toEqual(['symptom:daytime-sleepiness']);
    expect(keys('were you sick with the headache?')).toEqual(['symptom:vomiting']);
    expect(keys('were you sick or just nauseous?')).toEqual(['symptom:nausea', 'symptom:vomiting']);
    // sick of waiting is no vomiting
    expect(keys('I was sick of waiting')).not.toContain('symptom:vomiting');
    expect(keys('Has anything been coming out of your ear?')).toEqual(['symptom:ear-discharge']);
    expect(keys('do the whites of your eyes look a bit yellowish?')).toEqual(['symptom:jaundice']);
    expect(keys('are you always reaching for an extra cardigan?')).toEqual(['symptom:cold-intolerance']);
    expect(keys('has your face gone lopsided?')).toEqual(['symptom:facial-weakness']);
    expect(keys('Have you had trouble getting your stream going?')).toEqual(['symptom:urinary-hesitancy']);
    // mucus in the stools is no phlegm
    expect(keys('any blood or mucus in your stools?')).toEqual(['symptom:rectal-bleeding']);
    // gasping for a drink is thirst
    expect(keys('Have you been gasping for a drink, your mouth parched?')).toEqual(['symptom:thirst']);
  });
});

describe('understand: an accident that is no wetting accident', () => {
  it('GIVEN a road accident or A&E THEN no incontinence; a wetting accident stays one', () => {
    for (const text of [
      'Have you been in an accident recently?',
      'were you in a car accident?',
      'Why did you come to accident and emergency?',
    ])
      expect(keys(text), text).not.toContain('symptom:urinary-incontinence');
    expect(keys('any accidents with your bladder?')).toEqual(['symptom:urinary-incontinence']);
  });
});
