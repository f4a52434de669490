import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { rulesOnly } from './knowledge.ts';

// the rules alone: the nearest-example fallback (test/dialogue/nearestExample.test.ts) is left out
const lexicon = rulesOnly();
const keys = (text: string, symptom?: string): string[] =>
  understand(text, symptom === undefined ? {} : { symptom }, lexicon)
    .map(coverageKey)
    .sort();

describe('understand: when it comes, when it began, how long', () => {
  it('GIVEN "when do you get it?" or "when is it worst?" THEN timing, not onset', () => {
    expect(keys('When do you get the tightness?', 'chest-tightness')).toEqual([
      'symptom:chest-tightness/timing',
    ]);
    expect(keys('When do you usually notice it?', 'palpitations')).toEqual(['symptom:palpitations/timing']);
    expect(keys('whens the pain worst and how long does it last?', 'chest-pain')).toEqual([
      'symptom:chest-pain/duration',
      'symptom:chest-pain/timing',
    ]);
    expect(keys('When is it at its worst?', 'headache')).toEqual(['symptom:headache/timing']);
    // when it began stays the onset
    expect(keys('When did you first get it?', 'chest-pain')).toEqual(['symptom:chest-pain/onset']);
    expect(keys('Since when do you have this pain in your stomach?')).toEqual([
      'symptom:abdominal-pain/onset',
    ]);
  });

  it('GIVEN "compared to when it started" THEN the start is a reference point, not the onset', () => {
    expect(keys('How bad is the chest pain right now compared to when it started?')).toEqual([
      'symptom:chest-pain/severity',
    ]);
    expect(keys('How bad is it now compared with when it started?', 'headache')).toEqual([
      'symptom:headache/severity',
    ]);
    expect(keys('What were you doing when it started?', 'chest-pain')).toEqual(['symptom:chest-pain/onset']);
  });

  it('GIVEN "quickly" in a circumstance THEN no onset; "slowly or quickly" is still the onset', () => {
    expect(keys('Does it happen when you stand up quickly or turn your head?', 'dizziness')).toEqual([
      'symptom:dizziness/exacerbating',
    ]);
    expect(keys('Did it come on quickly or slowly?', 'chest-pain')).toEqual(['symptom:chest-pain/onset']);
  });

  it('GIVEN a span asked ("over what time?", "how long has the cough been going?") THEN duration', () => {
    expect(keys('How much weight have you lost and over what time?', 'weight-loss')).toEqual([
      'symptom:weight-loss/duration',
      'symptom:weight-loss/severity',
    ]);
    expect(keys('Over how long did you lose it?', 'weight-loss')).toEqual(['symptom:weight-loss/duration']);
    expect(keys("How long's the cough been going and are you bringing anything up?", 'cough')).toEqual([
      'symptom:cough/duration',
      'symptom:sputum',
    ]);
  });

  it('GIVEN "how many <symptom> have you had" THEN how often (timing)', () => {
    expect(keys('How many chest infections have you had this year?')).toEqual([
      'symptom:recurrent-chest-infections/timing',
    ]);
    expect(keys('How many episodes have you had?', 'palpitations')).toEqual(['symptom:palpitations/timing']);
    expect(keys('How many pillows do you sleep on?')).toEqual(['symptom:orthopnoea']);
  });

  it('GIVEN a time of day THEN timing of the symptom in focus, only naming one not yet discussed', () => {
    expect(
      keys('Are the joints stiff in the morning? How long does the stiffness last?', 'joint-stiffness'),
    ).toEqual(['symptom:joint-stiffness/duration', 'symptom:joint-stiffness/timing']);
    expect(keys('Do you get them in the evenings?', 'headache')).toEqual(['symptom:headache/timing']);
    expect(keys('Are you stiff first thing in the morning?')).toEqual(['symptom:joint-stiffness']);
    expect(keys('How long does it take to wear off in the morning?', 'joint-stiffness')).toEqual([
      'symptom:joint-stiffness/duration',
    ]);
  });
});

describe('understand: what brings it on and what eases it', () => {
  it('GIVEN a habit named as a factor THEN the symptom factor, not the habit', () => {
    expect(keys('does coffee or alcohol make them worse?', 'palpitations')).toEqual([
      'symptom:palpitations/exacerbating',
    ]);
    expect(keys('Anything that seems to set them off, like coffee or alcohol?', 'palpitations')).toEqual([
      'symptom:palpitations/exacerbating',
    ]);
    expect(keys('Is the pain worse after a drink?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('does a drink of alcohol make the shaking better?', 'tremor')).toEqual([
      'symptom:tremor/relieving',
    ]);
    expect(keys('Does smoking make your cough worse?')).toEqual(['symptom:cough/exacerbating']);
    // the habit itself is still asked about
    expect(keys('Do you drink alcohol?', 'palpitations')).toEqual(['alcohol']);
    expect(keys('how much alcohol do you drink, and does anything make them worse?', 'palpitations')).toEqual(
      ['alcohol', 'symptom:palpitations/exacerbating'],
    );
  });

  it('GIVEN "does X change it?" THEN both what worsens and what eases it', () => {
    expect(keys('Does lying flat or leaning forward change it?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:chest-pain/relieving',
    ]);
    expect(keys('does lying down affect the headache?', 'headache')).toEqual([
      'symptom:headache/exacerbating',
      'symptom:headache/relieving',
    ]);
  });

  it('GIVEN a circumstance it comes with THEN exacerbating', () => {
    expect(keys('Does it come on at rest, and what helps it settle?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:chest-pain/relieving',
    ]);
    expect(keys('Do you get the pain while walking?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('Did it come on while you were resting or doing something?', 'chest-pain')).toEqual([
      'symptom:chest-pain/onset',
    ]);
  });

  it('GIVEN a circumstance said once for two symptoms THEN it brings the first on too', () => {
    expect(keys('Do you get chest pain or breathlessness when exercising?')).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('Any chest pain or shortness of breath on exertion?')).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('Any chest pain or breathlessness?')).toEqual([
      'symptom:breathlessness',
      'symptom:chest-pain',
    ]);
  });

  it('GIVEN what ends it ("go if you…", "stop on their own") THEN relieving', () => {
    expect(keys('does the double vision go if you cover one eye', 'double-vision')).toEqual([
      'symptom:double-vision/relieving',
    ]);
    expect(
      keys('do they stop on their own or do you have to do something to stop them?', 'palpitations'),
    ).toEqual(['symptom:palpitations/relieving']);
    expect(keys('Does the leg pain go away when you stop and rest?', 'claudication')).toEqual([
      'symptom:claudication/relieving',
    ]);
    expect(keys('What do you do when it comes on?', 'chest-pain')).toEqual(['symptom:chest-pain/relieving']);
    expect(keys('what do you do when they happen?', 'palpitations')).toEqual([
      'symptom:palpitations/relieving',
    ]);
  });

  it('GIVEN a presence question that describes the symptom in a clause of its own THEN the bare symptom', () => {
    expect(keys('do you get pain in your calves when you walk that goes when you stop?')).toEqual([
      'symptom:claudication',
    ]);
    expect(keys('Do your legs hurt when you walk and then get better when you stop?')).toEqual([
      'symptom:claudication',
    ]);
  });

  it('GIVEN a blocked cue found again in the other half of a choice THEN both are asked', () => {
    expect(
      keys(
        'Is it worse towards the end of the day, or after you have been standing for a long time?',
        'ankle-swelling',
      ),
    ).toEqual(['symptom:ankle-swelling/exacerbating', 'symptom:ankle-swelling/timing']);
    expect(keys('Does it get worse at night or when you lie down?', 'cough')).toEqual([
      'symptom:cough/exacerbating',
      'symptom:cough/timing',
    ]);
    expect(keys('Is it getting better or worse?', 'chest-pain')).toEqual(['symptom:chest-pain/timing']);
  });

  it('GIVEN how far the patient walks before a pain THEN what brings the painful symptom on', () => {
    expect(keys('how far can you walk before your legs start to hurt?', 'claudication')).toEqual([
      'symptom:claudication/exacerbating',
    ]);
    expect(keys('how far can you walk before your calves ache?', 'claudication')).toEqual([
      'symptom:claudication/exacerbating',
    ]);
    expect(keys('how far can you walk before you get pain?', 'breathlessness')).toEqual([
      'symptom:exertional-breathlessness',
      'symptom:reduced-exercise-tolerance',
    ]);
  });
});

describe('understand: what it is like, where it is, how bad', () => {
  it('GIVEN "is it a <look> <symptom>" THEN its character', () => {
    expect(keys('Is it a dry cough or are you bringing stuff up?')).toEqual(['symptom:cough/character']);
    expect(keys('Is it a tickly cough?')).toEqual(['symptom:cough/character']);
    expect(keys('Do you have a dry cough?')).toEqual(['symptom:cough']);
  });

  it('GIVEN the other half of a choice about what it is like THEN no symptom of its own', () => {
    expect(keys('Is it a dry cough or are you bringing anything up?', 'cough')).toEqual([
      'symptom:cough/character',
    ]);
    expect(
      keys('what do you mean by dizzy - is the room spinning or do you feel lightheaded?', 'dizziness'),
    ).toEqual(['symptom:dizziness/character']);
    expect(keys('by tired do you mean sleepy or drained of energy?', 'fatigue')).toEqual([
      'symptom:fatigue/character',
    ]);
    // a question of its own after the choice keeps its symptom
    expect(keys('what do you mean by dizzy? Is it spinning? Any headache?', 'dizziness')).toEqual([
      'symptom:dizziness/character',
      'symptom:headache',
    ]);
  });

  it('GIVEN how it sounds, "tender to touch", stool contents, colicky or constant THEN character', () => {
    expect(keys('does it sound barky at all?', 'cough')).toEqual(['symptom:cough/character']);
    expect(keys('It sounds like it has been getting you down.')).not.toContain('symptom/character');
    expect(keys('Is the calf tender to touch?', 'calf-swelling')).toEqual([
      'symptom:calf-swelling/character',
    ]);
    expect(keys('Is the leg painful to touch?', 'calf-swelling')).toEqual([
      'symptom:calf-swelling/exacerbating',
    ]);
    expect(keys('Is it watery? Any mucus?', 'diarrhoea')).toEqual(['symptom:diarrhoea/character']);
    // what the blood is mixed in is what it looks like
    expect(keys('Is the blood bright red or streaks mixed into the phlegm?', 'haemoptysis')).toEqual([
      'symptom:haemoptysis/character',
    ]);
    expect(
      keys('When you cough up the blood, is it fresh red, dark, clots, or mixed in with phlegm?'),
    ).toEqual(['symptom:haemoptysis/character']);
    expect(keys('any mucus coming up?')).toEqual(['symptom:sputum']);
    expect(keys('Is it a cramping pain or more constant?', 'abdominal-pain')).toEqual([
      'symptom:abdominal-pain/character',
    ]);
    expect(keys('Is the pain constant?', 'abdominal-pain')).toEqual(['symptom:abdominal-pain/timing']);
  });

  it('GIVEN which side, or a pain that began elsewhere THEN site', () => {
    expect(keys('Is the swelling in both legs, and does it go down overnight?', 'ankle-swelling')).toEqual([
      'symptom:ankle-swelling/site',
      'symptom:ankle-swelling/timing',
    ]);
    expect(keys('which leg has gone cold?', 'cold-limb')).toEqual(['symptom:cold-limb/site']);
    expect(keys('did you lose vision in one eye or both', 'visual-disturbance')).toEqual([
      'symptom:visual-disturbance/site',
    ]);
    expect(keys('Did the pain start in one place and then move?', 'abdominal-pain')).toEqual([
      'symptom:abdominal-pain/site',
    ]);
  });

  it('GIVEN breathless talking, the worst of a life, or a grade the symptom lacks THEN how bad', () => {
    expect(keys('Can you finish a sentence without stopping for breath?', 'breathlessness')).toEqual([
      'symptom:breathlessness/severity',
    ]);
    expect(keys('Are you able to talk in full sentences?', 'breathlessness')).toEqual([
      'symptom:breathlessness/severity',
    ]);
    expect(keys('worst headache of your life?', 'headache')).toEqual(['symptom:headache/severity']);
    // a fever is measured, not graded: how high it got asks about the fever
    expect(keys('Did you measure your temperature? How high did it get?', 'fever')).toEqual([
      'symptom:fever',
    ]);
    expect(keys('how high was it?', 'fever')).toEqual(['symptom:fever']);
  });

  it('GIVEN the head noun of the focus symptom THEN that symptom ("the sweats" are the night sweats)', () => {
    expect(keys('How long have the sweats been going on?', 'night-sweats')).toEqual([
      'symptom:night-sweats/duration',
    ]);
    expect(keys('What makes the cough better?', 'haemoptysis')).toEqual(['symptom:cough/relieving']);
    // a word for a bout adds nothing: "those shaking episodes" are the rigors under discussion
    expect(keys('how often have you had those shaking episodes?', 'rigors')).toEqual([
      'symptom:rigors/timing',
    ]);
    expect(keys('Have you had any shaking episodes?')).toEqual(['symptom:seizures']);
  });
});

describe('understand: the course over the day, and questions that set the scene', () => {
  it('GIVEN its course across the day THEN timing, not what makes it worse or what it is like', () => {
    expect(
      keys("and what's your energy like across the day, does it get worse as the day goes on?", 'fatigue'),
    ).toEqual(['symptom:fatigue/timing']);
    expect(keys('Does the swelling get worse as the day wears on?', 'ankle-swelling')).toEqual([
      'symptom:ankle-swelling/timing',
    ]);
    expect(keys('what is your energy like?', 'fatigue')).toEqual(['symptom:fatigue/character']);
  });

  it('GIVEN waking early with poor sleep in focus THEN timing; with none in focus THEN the symptom', () => {
    expect(keys("Is it getting off to sleep that's the problem, or waking up early?", 'poor-sleep')).toEqual([
      'symptom:poor-sleep/timing',
    ]);
    expect(keys('Do you wake up early?')).toEqual(['symptom:poor-sleep']);
  });

  it('GIVEN a leading "when it…" before another question THEN no time of its own', () => {
    expect(
      keys('when it wakes you up, what do you do to make it better?', 'paroxysmal-nocturnal-dyspnoea'),
    ).toEqual(['symptom:paroxysmal-nocturnal-dyspnoea/relieving']);
    expect(keys('does it wake you up at night?', 'cough')).toEqual(['symptom:cough/timing']);
  });

  it('GIVEN moving about, staying in one spot, remembering when THEN the attribute asked', () => {
    expect(keys("Is it there at rest or only when you're moving about?", 'breathlessness')).toEqual([
      'symptom:breathlessness/exacerbating',
    ]);
    expect(
      keys('Would you say the stomach ache stays in one spot, or does it shoot through to your back?'),
    ).toEqual(['symptom:abdominal-pain/radiation']);
    expect(keys('did it start suddenly? like, can you remember exactly when', 'abdominal-pain')).toEqual([
      'symptom:abdominal-pain/onset',
    ]);
  });

  it('GIVEN "it" felt in a body part, no symptom named THEN the pain of that part', () => {
    expect(keys('Where in your chest do you feel it?')).toEqual(['symptom:chest-pain/site']);
    expect(keys('where do you feel it?')).toEqual(['symptom/site']);
  });
});

describe('understand: a symptom not yet discussed, asked whether it has been there', () => {
  it('GIVEN "have you been / has your…" with a time or a feel THEN the bare symptom', () => {
    expect(keys('Have you been sweating a lot during the day?')).toEqual(['symptom:sweating']);
    expect(
      keys('Have you found yourself gasping for a drink all the time, your mouth always parched?'),
    ).toEqual(['symptom:thirst']);
    expect(
      keys(
        'I was wondering whether you have noticed any sort of pressure or heaviness across the middle of your chest, a bit like someone sitting on you?',
      ),
    ).toEqual(['symptom:chest-pain']);
    // the symptom under discussion is asked about
    expect(keys('Have you had pain like this before?', 'chest-pain')).toEqual(['symptom:chest-pain/timing']);
    // "at all over the last little while": neither all over (where) nor how long it lasts
    expect(
      keys('I was wondering, have you had any pain in your stomach area at all over the last little while?'),
    ).toEqual(['symptom:abdominal-pain']);
    expect(keys('Is it all over?', 'rash')).toEqual(['symptom:rash/site']);
    expect(keys('how long did the last one last?', 'chest-pain')).toEqual(['symptom:chest-pain/duration']);
  });

  it('GIVEN an example after "anything … like a" THEN no description of a symptom', () => {
    expect(keys('Is there anything specific you want from us today, like a referral?')).toEqual([
      'expectations',
    ]);
    expect(keys('Is it crushing, like a weight on your chest?', 'chest-pain')).toEqual([
      'symptom:chest-pain/character',
    ]);
  });

  it('GIVEN where a swelling in focus reaches THEN its site, no other swelling', () => {
    expect(
      keys('how far up does the swelling go, just the ankles or up to the knees?', 'ankle-swelling'),
    ).toEqual(['symptom:ankle-swelling/site']);
    expect(keys('Is it just your ankles or your knees as well?', 'ankle-swelling')).toEqual([
      'symptom:ankle-swelling/site',
    ]);
    expect(keys('is it only your hands or other joints too?', 'joint-pain')).toEqual([
      'symptom:joint-pain/site',
    ]);
  });
});

describe('understand: follow-ups on a habit and on what happens in an episode', () => {
  it('GIVEN a change in an amount after a habit THEN the habit, no onset of a symptom', () => {
    expect(
      keys(
        'Do you drink at all, and if so has it crept up since all this started? And how are you sleeping?',
      ),
    ).toEqual(['alcohol', 'symptom:poor-sleep']);
    expect(understand('has it gone up lately?', { topic: 'smoking' }, lexicon).map(coverageKey)).toEqual([
      'smoking',
    ]);
  });

  it('GIVEN "what happens during the fit?" THEN what the episode is like', () => {
    expect(keys('What happens during the fits?', 'seizures')).toEqual(['symptom:seizures/character']);
    expect(keys('what goes on during an attack?', 'palpitations')).toEqual([
      'symptom:palpitations/character',
    ]);
  });
});

describe('understand: amounts and actions that say which symptom or attribute', () => {
  it('GIVEN an amount of weight lost with no symptom named THEN the weight loss', () => {
    expect(keys('how many kilos have you lost?')).toEqual(['symptom:weight-loss/severity']);
    expect(
      keys("Roughly how many kilos would you say you've lost and over what sort of time frame?"),
    ).toEqual(['symptom:weight-loss/duration', 'symptom:weight-loss/severity']);
  });

  it('GIVEN "does your chest ever feel tight, like…" THEN whether it is there, the bare symptom', () => {
    expect(keys('Does your chest ever feel tight, like something squeezing it?')).toEqual([
      'symptom:chest-tightness',
    ]);
    expect(keys('Do you ever get them in the morning?', 'headache')).toEqual(['symptom:headache/timing']);
  });

  it('GIVEN raising the legs and whether it makes a difference THEN what eases it only', () => {
    expect(
      keys(
        'is it better first thing and worse by the evening, or does elevating them make a difference?',
        'ankle-swelling',
      ),
    ).toEqual(['symptom:ankle-swelling/relieving', 'symptom:ankle-swelling/timing']);
    expect(keys('does raising your legs help?', 'ankle-swelling')).toEqual([
      'symptom:ankle-swelling/relieving',
    ]);
    expect(keys('Does bending forward make any difference?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:chest-pain/relieving',
    ]);
  });
});

describe('understand: what the symptom stops, what it is related to', () => {
  it('GIVEN "does it stop you sleeping?" THEN how bad the symptom in focus is, no sleep question', () => {
    expect(keys('Does it stop you sleeping?', 'headache')).toEqual(['symptom:headache/severity']);
    expect(keys('is the pain stopping you from sleeping?', 'back-pain')).toEqual([
      'symptom:back-pain/severity',
    ]);
    expect(keys('Does anything stop you sleeping?')).toEqual(['symptom:poor-sleep']);
  });

  it('GIVEN "is it related to eating?" THEN what brings it on', () => {
    expect(keys('Is it related to eating?', 'abdominal-pain')).toEqual([
      'symptom:abdominal-pain/exacerbating',
    ]);
    expect(keys('Is it related to exercise at all?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
  });

  it('GIVEN "when did you last feel completely well?" THEN the onset of the illness', () => {
    expect(keys('When did you last feel completely well?')).toEqual(['symptom/onset']);
  });
});

describe('understand: more looks, sides and choices', () => {
  it('GIVEN a look or feel in a choice or after "is it a" THEN character', () => {
    expect(keys('Is it a wet cough?', 'cough')).toEqual(['symptom:cough/character']);
    expect(keys('Is it raised or flat?', 'rash')).toEqual(['symptom:rash/character']);
    expect(keys('Did you wet yourself?')).not.toContain('symptom:urinary-incontinence/character');
  });

  it('GIVEN "it" said to be the focus symptom\'s kind or another\'s THEN what the focus symptom is like', () => {
    expect(keys('Is it spinning or more lightheaded?', 'dizziness')).toEqual(['symptom:dizziness/character']);
    expect(keys('Is it itchy or painful, raised or flat?', 'rash')).toEqual(['symptom:rash/character']);
    expect(keys('Is the rash itchy?')).toEqual(['symptom:itching']);
    expect(keys('Is it more of a spinning or a lightheaded feeling?', 'dizziness')).toEqual([
      'symptom:dizziness/character',
    ]);
    expect(keys('Is it chest pain or breathlessness that bothers you most?', 'chest-pain')).toEqual([
      'symptom:breathlessness',
      'symptom:chest-pain',
    ]);
  });

  it('GIVEN the front or the back THEN site', () => {
    expect(keys('Is it at the front or back of your head?', 'headache')).toEqual(['symptom:headache/site']);
  });
});

describe('understand: exercise limits and clarifiers in other words', () => {
  it('GIVEN stopping because of the pain, or walking without the pain THEN what brings it on', () => {
    expect(keys('how far can you walk before you have to stop because of the pain?', 'claudication')).toEqual(
      ['symptom:claudication/exacerbating'],
    );
    expect(keys('Can you walk up a hill without getting the pain?', 'chest-pain')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('How far can you walk before you have to stop?')).toEqual([
      'symptom:exertional-breathlessness',
      'symptom:reduced-exercise-tolerance',
    ]);
  });

  it('GIVEN "when you say X" leading into another question THEN only that question', () => {
    expect(keys('when you say headache, where exactly is it?', 'headache')).toEqual([
      'symptom:headache/site',
    ]);
    expect(keys('when you say dizzy, what do you mean exactly?', 'dizziness')).toEqual([
      'symptom:dizziness/character',
    ]);
  });

  it('GIVEN "what time of day" THEN when in the day, not when it began', () => {
    expect(keys('What time of day do you get them?', 'palpitations')).toEqual([
      'symptom:palpitations/timing',
    ]);
    expect(keys('What time did it start?')).toEqual(['symptom/onset']);
  });
});

describe('understand: a clarifier leading into another question', () => {
  it('GIVEN "when you say X," before a question of another kind THEN only that question', () => {
    expect(keys('when you say weak, is it your whole body or one side?', 'weakness')).toEqual([
      'symptom:weakness/site',
    ]);
    expect(keys('When you say breathless, is it hard to get air in or out?', 'breathlessness')).toEqual([
      'symptom:breathlessness/character',
    ]);
  });
});

describe('understand: another symptom named by its own name beside the focus', () => {
  it('GIVEN pre-syncope in focus WHEN the syncope is named THEN the question is about the syncope', () => {
    expect(keys('How long have you had the syncope?', 'pre-syncope')).toEqual(['symptom:syncope/duration']);
    expect(keys('When did the syncope start?', 'pre-syncope')).toEqual(['symptom:syncope/onset']);
    // the head noun of the focus symptom's own name stays with it
    expect(keys('How long have the sweats been going on?', 'night-sweats')).toEqual([
      'symptom:night-sweats/duration',
    ]);
  });
});
