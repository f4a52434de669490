import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { rulesOnly } from './knowledge.ts';

// the rules alone: the nearest-example fallback (test/dialogue/nearestExample.test.ts) is left out
const lexicon = rulesOnly();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey).sort();

describe('understand: a word of the symptom in focus', () => {
  it('GIVEN another symptom named as a noun THEN it keeps its own name; as a verb it is a circumstance', () => {
    expect(keys('What makes the cough better?', { symptom: 'haemoptysis' })).toEqual([
      'symptom:cough/relieving',
    ]);
    expect(keys('How long has the cough been going on?', { symptom: 'haemoptysis' })).toEqual([
      'symptom:cough/duration',
    ]);
    expect(keys('Is there blood each time you cough?', { symptom: 'haemoptysis' })).toEqual([
      'symptom:haemoptysis',
    ]);
  });

  it('GIVEN a one-word mention that is also a word of the focus symptom THEN it is the focus', () => {
    expect(keys('Is the shaking worse in the mornings?', { symptom: 'tremor' })).toEqual([
      'symptom:tremor/timing',
    ]);
    expect(keys('Is it cramping or burning?', { symptom: 'abdominal-pain' })).toEqual([
      'symptom:abdominal-pain/character',
    ]);
  });

  it('GIVEN no focus, or a phrase of its own THEN the mention keeps its own symptom', () => {
    expect(keys('Any shaking?')).toEqual(['symptom:rigors']);
    expect(keys('Any muscle cramps?', { symptom: 'abdominal-pain' })).toEqual(['symptom:muscle-cramps']);
  });

  it('GIVEN the focus named again beside a question about it THEN the bare mention adds nothing', () => {
    expect(keys('Does resting help, or are you just as tired after?', { symptom: 'fatigue' })).toEqual([
      'symptom:fatigue/relieving',
    ]);
  });

  it('GIVEN a circumstance that helps, and nothing after it THEN it helps the focus symptom', () => {
    expect(keys('Does a good sleep help at all?', { symptom: 'headache' })).toEqual([
      'symptom:headache/relieving',
    ]);
  });
});

describe('understand: what a medicine does for the symptom in focus', () => {
  it('GIVEN a medicine that "touches it" or "sorts it out" THEN asks what relieves the symptom', () => {
    expect(keys('Does paracetamol touch it?', { symptom: 'back-pain' })).toEqual([
      'symptom:back-pain/relieving',
    ]);
    expect(keys('Does your spray sort it out?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/relieving',
    ]);
    expect(keys('Have you tried ibuprofen, did it work?', { symptom: 'joint-pain' })).toEqual([
      'symptom:joint-pain/relieving',
    ]);
  });
});

describe('understand: a symptom asked about for the first time', () => {
  it('GIVEN a yes/no question describing a new symptom THEN asks whether it is there', () => {
    expect(keys('Have your ankles been puffy and tight?')).toEqual(['symptom:ankle-swelling']);
    expect(keys('Do you ever get a burning pain in your chest?')).toEqual(['symptom:chest-pain']);
  });

  it('GIVEN the symptom under discussion THEN the look or feel is still asked', () => {
    expect(keys('Is it a burning pain?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/character',
    ]);
  });

  it('GIVEN a pain word and one body part named THEN it is the pain of that part', () => {
    expect(keys('Any pain in your right arm?')).toEqual(['symptom:arm-pain']);
    expect(keys('Have you had any pain in the pelvis?')).toEqual(['symptom:pelvic-pain']);
  });

  it('GIVEN "at the moment" and no symptom THEN it only dates the question', () => {
    expect(keys('Anything going on with your bowels at the moment?')).toEqual(['ros:gastrointestinal']);
    expect(keys('How are things with your mental health right now?')).toEqual(['ros:psychiatric']);
  });

  it('GIVEN "what is your <system> like" THEN it sweeps the system', () => {
    expect(keys("What's your mood been like lately?")).toEqual(['ros:psychiatric']);
    expect(keys('What are your waterworks like?')).toEqual(['ros:genitourinary']);
  });
});

describe('understand: framing around the history', () => {
  it('GIVEN a summary played back THEN it is a summary', () => {
    expect(keys('Let me play that back: two days of cough and a fever, right?')).toEqual(['summary']);
  });

  it('GIVEN the exam, its marks or a textbook question THEN nothing the patient answers', () => {
    expect(keys('How many marks is this worth?')).toEqual(['unknown']);
    expect(keys('Which drugs would you give for heart failure?')).toEqual(['unknown']);
    expect(keys('What are the ECG changes in a PE?')).toEqual(['unknown']);
  });

  it('GIVEN who is around at home THEN the living situation', () => {
    expect(keys('Is it only you at home?')).toEqual(['living']);
    expect(keys('Any family nearby who can pop in?')).toEqual(['living']);
    expect(keys('Are you at college?')).toEqual(['occupation']);
  });

  it('GIVEN rapport or reassurance THEN smalltalk or empathy, no history topic', () => {
    expect(keys("How's your week been?")).toEqual(['smalltalk:chat']);
    expect(keys('Apologies for the long wait.')).toEqual(['smalltalk:chat']);
    expect(keys("It sounds like you've been dealing with a lot.")).toEqual(['empathy']);
    expect(keys("We'll get to the bottom of what's going on.")).toEqual(['empathy']);
    expect(keys('Okay, is that everything?')).toEqual(['anything-else']);
  });

  it('GIVEN "nothing personal" or time off work THEN no rudeness, no hobby', () => {
    expect(keys("It's nothing personal, but do you drink?")).toEqual(['alcohol']);
    expect(keys('Have you needed time off work?')).toEqual(['occupation']);
  });
});

describe('understand: two history questions in one clause', () => {
  it('GIVEN medicines asked before allergies THEN both; a medicine the allergy is to THEN allergies', () => {
    expect(keys('What tablets are you on, any allergies?')).toEqual(['allergies', 'medications']);
    expect(keys('Any allergies to medicines?')).toEqual(['allergies']);
  });

  it('GIVEN an open question beside a history question THEN no "what brings you in"', () => {
    expect(
      keys("Could you tell me what you take for your blood pressure, what's going on there?"),
    ).not.toContain('opening');
    expect(keys("Hi, I'm Sam, one of the students. What's been going on?")).toEqual(['greeting', 'opening']);
  });
});

describe('understand: what a review of systems takes in', () => {
  it('GIVEN a sweep then "anything else?" THEN anything else in that system', () => {
    expect(keys('Resp review - anything else?')).toEqual(['ros:respiratory']);
  });

  it('GIVEN symptoms listed after the system, "that sort of thing" THEN examples of the sweep', () => {
    expect(
      keys('Anything going on with your waterworks, stinging, going a lot, that sort of thing?'),
    ).toEqual(['ros:genitourinary']);
  });
});

describe('understand: a second question joined on with "or anything…"', () => {
  it('GIVEN a worry and "or anything else you wanted to say" THEN both are asked', () => {
    expect(keys('Anything worrying you, or anything else you wanted to say?')).toEqual([
      'anything-else',
      'concerns',
    ]);
    expect(keys('Do you smoke cigarettes or anything else?')).toEqual(['smoking']);
  });
});

describe('understand: words that only look like another symptom', () => {
  it('GIVEN hay fever, or hair getting thinner THEN no fever, no weight loss', () => {
    expect(keys('Any allergies, apart from hay fever?')).toEqual(['allergies']);
    expect(keys('Is your hair falling out or getting thinner?')).toEqual(['symptom:hair-loss']);
  });

  it('GIVEN childbirth asked in any tense THEN pregnancy and the postpartum exposure', () => {
    expect(keys('Did you give birth in the last few weeks?')).toEqual([
      'exposure:pregnancy-postpartum',
      'pregnancy:pregnant',
    ]);
  });
});

describe('understand: how far before a symptom comes on', () => {
  it('GIVEN a symptom other than breathlessness after "before" THEN what brings it on', () => {
    expect(keys('How many stairs can you climb before the chest pain starts?')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('How far do you get before it kicks in?', { symptom: 'claudication' })).toEqual([
      'symptom:claudication/exacerbating',
    ]);
  });

  it('GIVEN breathlessness or no symptom THEN the exercise tolerance', () => {
    expect(keys('How far can you walk before you have to stop?')).toEqual([
      'symptom:exertional-breathlessness',
      'symptom:reduced-exercise-tolerance',
    ]);
  });
});

describe('understand: shorthand', () => {
  it('GIVEN clerking shorthand THEN the topic it abbreviates', () => {
    expect(keys('PC?')).toEqual(['opening']);
    expect(keys('Age?')).toEqual(['identity']);
    expect(keys('Any wt loss?')).toEqual(['symptom:weight-loss']);
  });
});

describe('understand: the course of the symptom in focus, and what only sets the scene', () => {
  it('GIVEN "getting it more often" THEN the focus symptom\'s timing, not passing urine more often', () => {
    expect(keys('Are you having them more often lately?', { symptom: 'headache' })).toEqual([
      'symptom:headache/timing',
    ]);
  });

  it('GIVEN sympathy with a "when you…" THEN only empathy', () => {
    expect(keys('That must have been frightening when you fainted.')).toEqual(['empathy']);
  });

  it('GIVEN a bad reaction to a medicine THEN allergies', () => {
    expect(keys('Have you ever reacted badly to any tablets?')).toEqual(['allergies']);
  });
});

describe('understand: what a general word sweeps', () => {
  it('GIVEN "overall" closing a question about the symptom in focus THEN no general review', () => {
    expect(keys('How long has it been there overall?', { symptom: 'back-pain' })).toEqual([
      'symptom:back-pain/duration',
    ]);
  });

  it('GIVEN the body and a named system THEN the named system is swept', () => {
    expect(keys('Anything else going on in your body, anything with your heart?')).toEqual([
      'ros:cardiovascular',
    ]);
  });

  it('GIVEN thoughts of self-harm, then "any thoughts like that?" THEN the symptom, no ideas', () => {
    expect(
      keys(
        'When people feel this low they sometimes have thoughts of ending their life. Any thoughts like that?',
      ),
    ).toEqual(['symptom:suicidal-thoughts']);
  });
});

describe('understand: a period missed or late', () => {
  it('GIVEN a period missed or late THEN the symptom; the menstrual history otherwise', () => {
    expect(keys('Have you missed any periods?')).toEqual(['symptom:missed-period']);
    expect(keys('Is your period late?')).toEqual(['symptom:missed-period']);
    expect(keys('When was your last period?')).toEqual(['pregnancy:periods']);
  });
});

describe('understand: how far a swelling reaches', () => {
  it('GIVEN "all the way up, or just the calf?" THEN where the swelling is', () => {
    expect(keys('Does it go all the way up, or just the calf?', { symptom: 'calf-swelling' })).toEqual([
      'symptom:calf-swelling/site',
    ]);
  });
});

describe('understand: red in what is coughed up', () => {
  it("GIVEN any red or pink in the phlegm THEN blood; red among colours THEN the phlegm's colour", () => {
    expect(keys('Any pink in the phlegm?')).toEqual(['symptom:haemoptysis']);
    expect(keys('Is the phlegm green, yellow or red?')).toEqual(['symptom:sputum/character']);
  });
});
