import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { rulesOnly } from './knowledge.ts';

// the rules alone: the nearest-example fallback (test/dialogue/nearestExample.test.ts) is left out
const lexicon = rulesOnly();
const TARGETED = new Set(['symptom', 'ros', 'exposure']);
/** The keys as the question sets score them: targets for symptoms, systems and exposures only. */
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  [
    ...new Set(
      understand(text, focus, lexicon).map((q) => (TARGETED.has(q.topic) ? coverageKey(q) : q.topic)),
    ),
  ].sort();

describe('understand: greetings, courtesies and the opening', () => {
  it('GIVEN leave to talk about the visit THEN it is the greeting, not the opening question', () => {
    for (const text of [
      'Thanks for waiting, I am Marcus, one of the students. Do you mind if I talk to you about what has been going on?',
      "G'day, I'm Jack, final year student. Do you mind me asking about what's been going on?",
      "Namaste, I'm Arjun, an intern here. Can we have a quick chat about why you came?",
      'Is it OK if we have a chat about what brought you in?',
      "Are you happy to talk about why you're here today?",
    ])
      expect(keys(text), text).toEqual(['greeting']);
    expect(keys('Can I ask what brought you in?')).toEqual(['opening']);
    expect(keys('Can we talk about why you are worried?')).not.toContain('greeting');
  });

  it('GIVEN "tell me more" with nothing under discussion THEN it invites the story', () => {
    for (const text of ['Tell me more about that.', 'Can you tell me a bit more?', 'go on'])
      expect(keys(text), text).toEqual(['opening']);
    expect(keys('Tell me more.', { symptom: 'cough' })).toEqual(['symptom:cough']);
  });

  it('GIVEN other ways to ask what brought the patient THEN it is the opening', () => {
    for (const text of [
      'So what made you book the appointment?',
      'What prompted you to come in today?',
      "What's happened today?",
      "What's happened to you today?",
      "Take your time, and just walk me through how all of this started and what's led to you coming in.",
      'Talk me through what happened.',
    ])
      expect(keys(text), text).toEqual(['opening']);
  });

  it('GIVEN the story since the last visit or "the problem" THEN the opening, not a duration', () => {
    for (const text of [
      'How have you been since I last saw you?',
      'How have things been since you were last seen?',
      'Tell me about the problem.',
    ])
      expect(keys(text), text).toEqual(['opening']);
  });

  it('GIVEN thanks for agreeing to talk THEN the greeting; "I hear you have…" THEN no empathy', () => {
    expect(keys('Thanks for agreeing to speak with me.')).toEqual(['greeting']);
    expect(keys('Thanks for letting me talk to you today.')).toEqual(['greeting']);
    expect(keys("Hi, I'm Sam, a medical student. I hear you've been having chest pain?")).toEqual([
      'greeting',
      'symptom:chest-pain',
    ]);
    expect(keys('I hear you.')).toEqual(['empathy']);
  });

  it('GIVEN leave to talk with "we" THEN the greeting', () => {
    expect(keys('Is it okay if we talk for a bit?')).toEqual(['greeting']);
    expect(keys("Hello, thanks for seeing me. I'm Sam, a student. Is it okay if we talk for a bit?")).toEqual(
      ['greeting'],
    );
  });

  it('GIVEN empathy with an adverb ("I can only imagine", "completely normal") THEN empathy', () => {
    expect(keys('I can only imagine how worrying that must be.')).toEqual(['empathy']);
    expect(keys("It's completely normal to feel like that.")).toEqual(['empathy']);
    expect(keys("What's going through your mind about all this?")).toEqual(['concerns']);
  });

  it('GIVEN a courtesy alone (closing, thanks, apology, appreciation) THEN it is small talk', () => {
    for (const text of [
      "Thank you so much for your time, I'll go and speak to my supervisor now.",
      'Thanks, I will just go and discuss this with my consultant.',
      "I'll be back in a minute with the doctor.",
      'ok great',
      'perfect',
      'great stuff',
      'sorry about all the questions!',
      'Sorry for all the questions',
      'thank you for coming in today',
      "Sorry you've been kept waiting so long, it's mad busy today",
      'Are the cards on the table from your grandkids?',
      'Is that card from your daughter?',
    ])
      expect(keys(text), text).toEqual(['smalltalk']);
    expect(keys('Okay.')).toEqual([]);
  });

  it('GIVEN a courtesy beside something else THEN the courtesy adds nothing', () => {
    expect(keys('Thanks for coming in, how are you feeling today?')).toEqual(['smalltalk']);
    expect(keys("Morning. I'm Dr Reid, the GP registrar. Thanks for coming in.")).toEqual(['greeting']);
    expect(keys('Great, and where is the pain?')).toEqual(['symptom/site']);
    expect(keys('Take your time.')).toEqual(['empathy']);
    expect(keys('No rush, where is the pain?')).toEqual(['symptom/site']);
  });

  it('GIVEN a hesitation, laughter as text-speak or the doctor’s own decision THEN nothing to answer', () => {
    for (const text of [
      'hmm ??',
      'erm',
      'lol',
      'What would you prescribe for this?',
      'How would you investigate this?',
      "What's your diagnosis?",
    ])
      expect(keys(text), text).toEqual(['unknown']);
    expect(keys('haha fair enough')).toEqual(['smalltalk']);
    expect(keys('What did the doctor prescribe you?')).toEqual(['medications']);
  });
});

describe('understand: conditions read against the blood named', () => {
  it('GIVEN clots in blood coughed up THEN they describe the blood, no clotting history', () => {
    expect(keys('When you cough up the blood, is it fresh red, dark, or clots?')).toEqual([
      'symptom:haemoptysis/character',
    ]);
    expect(keys('Any clots in your legs?')).toEqual(['pmh']);
  });
});

describe('understand: closing moves', () => {
  it('GIVEN leaving to fetch a senior or a closing pleasantry THEN it is small talk', () => {
    for (const text of [
      "I'll just go and get my supervisor, is that ok?",
      "That's everything I wanted to ask, thank you.",
      'It was nice meeting you.',
    ])
      expect(keys(text), text).toEqual(['smalltalk']);
  });

  it('GIVEN a farewell THEN small talk', () => {
    for (const text of ['Thanks for your time, take care.', 'Have a good day.', 'Get well soon.', 'Bye!'])
      expect(keys(text), text).toEqual(['smalltalk']);
  });

  it('GIVEN questions invited THEN it is anything else', () => {
    for (const text of [
      'Any questions?',
      'Do you have any other questions?',
      'any other questions for me?',
      "I'll be back shortly. Any questions before I go?",
    ])
      expect(keys(text), text).toEqual(['anything-else']);
    expect(keys("I'm going to ask you a few more questions")).toEqual(['greeting']);
  });

  it('GIVEN "just so I understand" and a restatement THEN it is a summary; a question after it stays', () => {
    expect(keys("Just so I understand, you've had the cough for two weeks, is that right?")).toEqual([
      'summary',
    ]);
    expect(keys('Just so I understand, do you smoke?')).toContain('smoking');
  });
});

describe('understand: rapport at the bedside', () => {
  it('GIVEN a reply to an apology THEN small talk, no worry asked', () => {
    expect(keys('no worries')).toEqual(['smalltalk']);
    expect(keys('No problem at all.')).toEqual(['smalltalk']);
    expect(keys('no worries, and where is the pain?')).toEqual(['symptom/site']);
  });

  it('GIVEN relief promised THEN empathy, no medication question', () => {
    expect(keys("I'll get you some painkillers.")).toEqual(['empathy']);
    expect(keys("We'll give you something for the sickness.")).toEqual(['empathy']);
    expect(keys('Do you take painkillers?')).toEqual(['medications']);
  });

  it('GIVEN a sympathetic exclamation alone THEN empathy', () => {
    for (const text of ['Oh dear.', 'Oh no!', 'Bless you.']) expect(keys(text), text).toEqual(['empathy']);
  });

  it('GIVEN the room, the bed or who is at the bedside THEN small talk, not the family history', () => {
    for (const text of [
      "How's your granddaughter getting on?",
      "What's your dog called?",
      "Aw is that your dog on your phone screen? What's his name?",
      "It's freezing out there today!",
      'Are you warm enough?',
      'Is the bed comfortable?',
      "Who's this with you today?",
      'Is this your daughter?',
      'Is your wife here with you?',
    ])
      expect(keys(text), text).toEqual(['smalltalk']);
    expect(keys('Is your mum still alive?')).toEqual(['family']);
  });

  it('GIVEN someone to stay while the history is taken THEN the greeting (consent)', () => {
    expect(keys('Would you like your husband to stay?')).toEqual(['greeting']);
    expect(keys('Are you happy for your daughter to sit in?')).toEqual(['greeting']);
    expect(keys('Would you like to stay in hospital?')).not.toContain('greeting');
  });

  it('GIVEN agreement sounds THEN nothing; a question about the exam THEN unknown', () => {
    expect(keys('mm hmm')).toEqual([]);
    expect(keys('uh huh')).toEqual([]);
    expect(keys('How long do I have left in this station?')).toEqual(['unknown']);
  });
});

describe('understand: past history and treatment', () => {
  it('GIVEN follow-up at a hospital clinic, an anaesthetic or health "otherwise" THEN the history', () => {
    expect(keys('Do you see anyone at the hospital regularly?')).toEqual(['pmh']);
    expect(keys('Do you go to any clinics regularly?')).toEqual(['pmh']);
    expect(keys('Any problems with anaesthetics?')).toEqual(['surgery']);
    expect(keys("How's your general health otherwise?")).toEqual(['pmh']);
    expect(keys('What about your general health otherwise - anything you are being treated for?')).toEqual([
      'pmh',
    ]);
  });

  it('GIVEN a disease of an organ, a specialist, sectioning or a transfusion THEN the history', () => {
    for (const text of [
      'Any lung disease?',
      'Any blood disorders?',
      'Have you ever seen a psychiatrist?',
      'Have you ever been sectioned?',
      'Ever had a blood transfusion?',
      'Any skin conditions?',
    ])
      expect(keys(text), text).toEqual(['pmh']);
  });

  it('GIVEN a scope, a camera test or a biopsy THEN the surgical history', () => {
    for (const text of ['Have you ever had a colonoscopy?', 'Have you had a camera test?', 'Any biopsies?'])
      expect(keys(text), text).toEqual(['surgery']);
  });

  it('GIVEN "in yourself" THEN the general review, even "apart from this"', () => {
    expect(keys('How are you feeling in yourself?')).toEqual(['ros:general']);
    expect(keys('generally how have u been feeling in yourself apart from this')).toEqual(['ros:general']);
    expect(keys('Any other problems apart from this?')).toEqual(['pmh']);
  });

  it('GIVEN a diagnosis named that is no symptom THEN it is the past history', () => {
    for (const text of [
      'Have you had epilepsy?',
      'ever had sickle cell or anaemia?',
      "Do you have Crohn's?",
      'Have you ever had hepatitis?',
      'Were you ever told you had glandular fever?',
      'Any medical history I should know about?',
      'What condition do you have?',
    ])
      expect(keys(text), text).toEqual(['pmh']);
    expect(keys('Any medical or surgical history I should know about?')).toEqual(['pmh', 'surgery']);
    expect(keys('Are you worried it might be epilepsy?')).toEqual(['concerns']);
    expect(keys('What causes epilepsy?')).toEqual(['unknown']);
    // a diagnosis that only sets the scene for a symptom question asks nothing of its own
    expect(keys('Did the fits start after the meningitis?')).not.toContain('pmh');
    expect(keys('Is the rash like the one you had with shingles?')).toEqual(['symptom:rash']);
    expect(keys('Have you had a microscopy of your urine?')).not.toContain('surgery');
  });

  it('GIVEN how a named condition is treated THEN it asks the medications too', () => {
    for (const text of [
      'Do you have diabetes, and if so how is it controlled?',
      'BP or sugar problems? anything you take for those?',
      'Any asthma? How is it managed?',
      'high blood pressure? is it well controlled?',
    ])
      expect(keys(text), text).toEqual(['medications', 'pmh']);
  });

  it('GIVEN an anaesthetic in lay words THEN it is the operation, not sleep', () => {
    expect(keys('Have you ever been put to sleep for an operation?')).toEqual(['surgery']);
    expect(keys('Have you been put under before?')).toEqual(['surgery']);
  });

  it('GIVEN being in hospital recently THEN it is the past history; a long stay is immobilisation', () => {
    expect(keys('Have you been in hospital recently or had any chemo?')).toEqual([
      'exposure:cancer-treatment',
      'pmh',
    ]);
    expect(keys('Have you been in hospital lately?')).toEqual(['pmh']);
    expect(keys('Have you had any time in hospital in the last few months?')).toEqual(['pmh']);
    expect(keys('Any long spells in hospital?')).toEqual(['exposure:immobilisation']);
    expect(keys('Did you have an operation or long hospital stay recently?')).toEqual([
      'exposure:immobilisation',
      'exposure:recent-surgery',
      'surgery',
    ]);
  });

  it('GIVEN cancer ever treated THEN the diagnosis; chemo named THEN the treatment', () => {
    expect(keys('Have you ever been treated for cancer of any kind?')).toEqual(['pmh']);
    expect(keys('Have you ever had chemo or radiotherapy?')).toEqual(['exposure:cancer-treatment']);
  });

  it('GIVEN TB in the patient’s own past and a contact THEN both', () => {
    expect(keys('any TB in your past, or contact with someone who had it?')).toEqual([
      'exposure:tb-contact',
      'pmh',
    ]);
  });
});

describe('understand: social history and the household', () => {
  it('GIVEN getting about, driving or stairs as the home THEN living; stairs with breathlessness THEN not', () => {
    for (const text of [
      'Are you able to get out and about?',
      'Are you still driving?',
      'Do you have stairs at home?',
    ])
      expect(keys(text), text).toEqual(['living']);
    expect(keys('Do you get out of breath?')).toEqual(['symptom:breathlessness']);
    expect(keys('Do you get puffed out going up the stairs at home?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
  });

  it('GIVEN work with people or animals THEN the job; with dust THEN the exposure only', () => {
    expect(keys('Do you work with children?')).toEqual(['occupation']);
    expect(keys('Do you work with animals?')).toEqual(['occupation']);
    expect(keys('Do you work with dust?')).toEqual(['exposure:occupational-dust']);
    expect(keys('Have you ever been in the army?')).toEqual(['occupation']);
  });

  it('GIVEN support, a partner or dependants, or coping day to day THEN the living situation', () => {
    for (const text of [
      'Who do you have for support?',
      'Do you have a partner?',
      'Are you married?',
      'Do you have any dependants?',
      'How are you managing day to day?',
      'Are there stairs to get into your flat?',
      'Are you able to cook for yourself?',
      'Is there anyone depending on you at home?',
      'Do you have support from your family?',
      'Can you get up the stairs OK?',
    ])
      expect(keys(text), text).toEqual(['living']);
    expect(keys('Do you get breathless going up the stairs?')).toEqual(['symptom:exertional-breathlessness']);
  });

  it('GIVEN a symptom affecting the work THEN its severity, not the job', () => {
    expect(keys('Is the pain affecting your work?')).not.toContain('occupation');
    expect(keys("What's your work?")).toEqual(['occupation']);
    expect(keys('Are you able to do your shopping?')).toEqual(['living']);
  });

  it('GIVEN a cup of tea as an example of what helps THEN no small talk', () => {
    expect(keys('Does anything make it better, like a cup of tea?')).not.toContain('smalltalk');
    expect(keys('Would you like a cup of tea?')).toEqual(['smalltalk']);
  });

  it('GIVEN work asked after THEN the occupation', () => {
    expect(keys("How's work been?")).toEqual(['occupation']);
    expect(keys('Is everything all right at work?')).toEqual(['occupation']);
  });

  it('GIVEN how things are at home THEN it is the living situation', () => {
    for (const text of [
      'How are things at home?',
      'Is everything okay at home?',
      'How are you coping at home?',
      'How are you managing at home?',
    ])
      expect(keys(text), text).toEqual(['living']);
  });

  it('GIVEN drugs asked beside alcohol or with street drugs THEN they are recreational drugs', () => {
    expect(keys('Any drugs or alcohol?')).toEqual(['alcohol', 'drugs']);
    expect(keys('alcohol or drugs?')).toEqual(['alcohol', 'drugs']);
    expect(keys('Any party drugs, pills, that sort of thing?')).toEqual(['drugs']);
    expect(keys('Any history of drug use?')).toEqual(['drugs']);
    expect(keys('Do you take any drugs for your blood pressure?')).toEqual(['medications']);
  });

  it('GIVEN children asked after for their health THEN it is the family history', () => {
    expect(keys('Do you have any children? Are they well?')).toEqual(['family']);
    expect(keys('Any children? Do they have any health problems?')).toEqual(['family']);
    expect(keys('Do you have any children?')).toEqual(['smalltalk']);
    expect(keys('Sorry to hear your mum passed away. What did she die of?')).toEqual(['empathy', 'family']);
  });

  it('GIVEN a fear asked for, or feelings about the situation THEN the concerns, not anxiety', () => {
    for (const text of [
      "What's the worst thing you think it could be?",
      'How are you feeling about everything?',
      'How do you feel about coming into hospital?',
      "Is there anything you're anxious about?",
      'Is there anything else worrying you?',
      'Any questions or worries before I go?',
      'Do you have any worries about your job?',
      'Are you worried about your family?',
    ])
      expect(keys(text), text).toEqual(['concerns']);
    expect(keys('Do you feel anxious?')).toEqual(['symptom:anxiety']);
    expect(keys("Is it worse when you're anxious about something?", { symptom: 'palpitations' })).toEqual([
      'symptom:palpitations/exacerbating',
    ]);
    expect(keys('Is there anything else bothering you?')).toEqual(['anything-else']);
  });

  it('GIVEN worries with a qualifier THEN they are the concerns', () => {
    expect(keys('Do you have any particular worries about this?')).toEqual(['concerns']);
    expect(keys('any specific concerns?')).toEqual(['concerns']);
  });

  it('GIVEN anything not yet mentioned THEN it is anything else', () => {
    expect(keys("Any other symptoms or concerns you haven't mentioned?")).toEqual(['anything-else']);
    expect(keys("Is there anything you haven't mentioned yet?")).toEqual(['anything-else']);
  });
});

describe('understand: exposures and system sweeps', () => {
  it('GIVEN a pet question naming birds THEN it is the bird exposure', () => {
    expect(keys('Do you have any pets, like birds?')).toEqual(['exposure:birds']);
    expect(keys('do you keep any birds or other pets?')).toEqual(['exposure:birds']);
    expect(keys('Do you have a dog?')).toEqual(['smalltalk']);
  });

  it('GIVEN a place abroad visited THEN both travel exposures', () => {
    for (const text of [
      'Have you been to Africa or Asia recently?',
      'When did you get back from Thailand?',
      'Did you go to Spain this year?',
    ])
      expect(keys(text), text).toEqual(['exposure:foreign-travel', 'exposure:long-haul-travel']);
  });

  it('GIVEN going anywhere or sitting about THEN travel or immobilisation; trips with falls THEN falls', () => {
    for (const text of ['Have you been anywhere recently?', 'Any trips recently?'])
      expect(keys(text), text).toEqual(['exposure:foreign-travel', 'exposure:long-haul-travel']);
    expect(keys('Any trips or falls?')).toEqual(['symptom:falls']);
    expect(keys('Have you been sat down a lot recently?')).toEqual(['exposure:immobilisation']);
    expect(keys('Any fractures or casts recently?')).toEqual(['exposure:immobilisation']);
  });

  it('GIVEN a named illness in someone around THEN contact, not the patient’s history', () => {
    expect(keys('Have you been near anyone with chickenpox?')).toEqual(['exposure:sick-contacts']);
    expect(keys('Have you had chickenpox?')).toEqual(['pmh']);
  });

  it('GIVEN long spells of time THEN they are no menstrual periods', () => {
    expect(keys('Any recent travel or periods of being immobile?')).toEqual([
      'exposure:foreign-travel',
      'exposure:immobilisation',
      'exposure:long-haul-travel',
    ]);
  });

  it('GIVEN an infection caught before this illness THEN it is the recent illness', () => {
    for (const text of [
      'Did you have a chest infection before this started?',
      'were you poorly with a cold or a flu-type thing in the weeks before?',
      'Did you have a cold before all this?',
      'had you had a cold in the run up to this?',
      'Were you unwell with the flu beforehand?',
    ])
      expect(keys(text), text).toEqual(['exposure:recent-viral-illness']);
    expect(keys('Have you got a cold?')).toEqual(['symptom:coryza']);
    expect(keys('Have you had any chest infections recently?')).toEqual([
      'symptom:recurrent-chest-infections',
    ]);
  });

  it('GIVEN others around with the same illness THEN sick contacts; in the family THEN the family', () => {
    for (const text of [
      'Anyone else at home with it?',
      'Has anybody else been affected?',
      'Has anyone else got it?',
    ])
      expect(keys(text, { symptom: 'diarrhoea' }), text).toEqual(['exposure:sick-contacts']);
    expect(keys('Anyone in your family had anything similar?')).toEqual(['family']);
    expect(keys('Is there someone who can help you with that?')).not.toContain('exposure:sick-contacts');
  });

  it('GIVEN the patient ill lately THEN the recent illness; someone else ill THEN the contacts', () => {
    expect(keys('Have you been ill at all in the last few weeks?')).toEqual([
      'exposure:recent-viral-illness',
    ]);
    expect(keys('Any recent illnesses, like a cold or the flu?')).toEqual(['exposure:recent-viral-illness']);
    expect(keys('Has anyone you live with been poorly lately?')).toEqual(['exposure:sick-contacts']);
    expect(keys('Have you been camping or walking in the countryside?')).not.toContain(
      'symptom:muscle-cramps',
    );
  });

  it('GIVEN an operation with a recent time frame THEN it is surgery and the recent-surgery risk', () => {
    expect(keys('have u been under the knife at all lately?')).toEqual([
      'exposure:recent-surgery',
      'surgery',
    ]);
    expect(keys('Have you had your appendix out recently?')).toEqual(['exposure:recent-surgery', 'surgery']);
    expect(keys('Have you had any surgery in the last month or been on a long trip?')).toEqual([
      'exposure:foreign-travel',
      'exposure:long-haul-travel',
      'exposure:recent-surgery',
      'surgery',
    ]);
  });

  it('GIVEN how the patient passes water or opens the bowels THEN it sweeps that system', () => {
    expect(keys('how are you passing urine?')).toEqual(['ros:genitourinary']);
    expect(keys('how are you passing water?')).toEqual(['ros:genitourinary']);
    expect(keys('how are you opening your bowels?')).toEqual(['ros:gastrointestinal']);
    expect(keys('Any tummy troubles?')).toEqual(['ros:gastrointestinal']);
    expect(keys('Any issues with your liver?')).toEqual(['ros:gastrointestinal']);
    expect(keys('Generally how are you?')).toEqual(['ros:general']);
    // what comes along with the symptom in focus is its company, not a review of the body
    expect(
      keys("When it's there, do you notice anything else going on with your body at the same time?", {
        symptom: 'chest-pain',
      }),
    ).toEqual(['symptom:chest-pain/associated']);
    expect(keys('Anything else going on in your body?')).toEqual(['ros:general']);
    expect(keys('how are you?')).toEqual(['smalltalk']);
  });
});
