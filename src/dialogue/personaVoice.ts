/**
 * How the persona colours a reply: a short opener or closer by mood, the answer to social moves
 * (empathy, bluntness, greetings), and how much is said. Phrases carry no clinical content.
 */
import type { Mood } from '../ontology/schema.ts';

export const OPENERS: Readonly<Record<Mood, readonly string[]>> = {
  anxious: ['Oh gosh,', 'Um,', "Sorry, I'm a bit shaky,", 'Well,'],
  stoic: ['Well,', 'Och,', 'Right,'],
  irritable: ['Look,', 'Like I told the last person,', 'Right,'],
  low: ['I suppose', 'Mm,', 'Well,'],
  cheerful: ['Ha, well,', 'Well, doc,', 'Funny you should ask,'],
  calm: ['Well,', 'So,', 'Right,'],
};

export const CLOSERS: Readonly<Record<Mood, readonly string[]>> = {
  anxious: ['Is that bad?', 'Should I be worried?', "It's not serious, is it?", "Sorry, I'm rambling."],
  stoic: ["I've had worse.", 'It is what it is.', "I'm sure it'll settle."],
  irritable: ['Can we get on with it?', "I've been waiting ages.", 'Is anyone going to do anything?'],
  low: ['Not that it matters.', 'Sorry for wasting your time.'],
  cheerful: ["Can't complain too much!", 'Still here, anyway!'],
  calm: ['Does that help?', "I think that's right."],
};

export const EMPATHY_REPLIES: Readonly<Record<Mood, readonly string[]>> = {
  anxious: [
    "Thank you... I'm just so frightened.",
    "Thanks. Sorry, I'm just really worried.",
    'That does help a bit, thank you.',
  ],
  stoic: ['Aye, well. Thanks.', "That's kind of you.", "Thanks. I'll be fine."],
  irritable: ['Well, thanks. At least someone is listening.', 'Thank you. Sorry, I am just fed up.'],
  low: ['Thanks.', "That's kind. Thanks."],
  cheerful: ["Ah, you're very kind.", 'Thanks, love, that helps.'],
  calm: ['Thank you, I appreciate that.', "Thanks, that's kind of you."],
};

export const HURT_REPLIES: Readonly<Record<Mood, readonly string[]>> = {
  anxious: ["Sorry... I'm trying my best.", "Sorry. I'm just really scared."],
  stoic: ['Right. Fine.', 'If you say so.'],
  irritable: ["There's no need to be like that.", "Don't talk to me like that."],
  low: ['Sorry. Sorry for being a nuisance.', 'Okay. Sorry.'],
  cheerful: ['Steady on!', "Alright, alright, I'm getting there."],
  calm: ["Sorry, I'm doing my best here.", "I'm trying to help, you know."],
};

export const GREETINGS = ['Hello.', 'Hello, doctor.', 'Hi.', 'Hello, nice to meet you.'];
export const CLARIFY = [
  "Sorry, I'm not sure what you mean.",
  'Sorry, could you put that another way?',
  "I'm sorry, I don't follow.",
];
/** Before an answer to a question understood only loosely (read like a labelled example, not by rule). */
export const UNSURE = [
  "I'm not sure I follow, but I'll try.",
  "If I've understood you right...",
  "I think I see what you're asking.",
];
export const CONFIRM = ["Yes, that's right.", "Yes, that's about it.", 'Yes, I think so.'];
export const THANKS = ["That's all right.", 'No problem.', 'You are welcome.'];
export const COMFORT = ["I'm all right for now, thanks.", "I'm okay, thank you."];
export const CHAT = [
  "Oh, it's been grey and wet all week, hasn't it?",
  "Can't say I've noticed much today, to be honest.",
  'Oh, not bad, thanks.',
];
export const HOW_ARE_YOU = ['Not great, to be honest.', "I've been better.", 'Not so good, doctor.'];
export const OVERWHELMED = ["Sorry, that's a lot of questions at once.", 'One thing at a time, please.'];
export const REPEATED = ['Like I said,', 'As I said,', 'Like I mentioned,'];
