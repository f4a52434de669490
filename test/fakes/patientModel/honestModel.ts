/**
 * An honest fake patient model: states exactly the plan's facts, phrased in many different natural
 * ways (openers, frames, paraphrases, contractions, fillers, order), in the persona's register. Its
 * replies are what a well-behaved LLM would send, so the checker's false-alarm rate on them means
 * something. Reads only the prompt.
 */
import type { ChatRequestBody, ModelAnswer } from '../fakeOpenAi.ts';
import { hashText, type Rand, rand } from './random.ts';
import { type PlanFact, type ReadPrompt, readPrompt } from './readPrompt.ts';

const OPENERS = [
  '',
  '',
  '',
  'Well, ',
  'Um, ',
  'Right, ',
  'Yeah, ',
  'Hmm, ',
  'Let me think. ',
  'Oh, ',
  'So, ',
  'Okay, ',
];
const TALKATIVE_FILLERS = [
  "Sorry, I'm not very good at describing it.",
  "It's really got me worried, to be honest.",
  "I didn't know whether to come in or not.",
  'I hope that makes sense.',
  "I've never been one for making a fuss.",
  "I just want to know what's going on.",
  'Thanks for taking the time.',
];
const CLOSERS = [
  '',
  '',
  '',
  '',
  ' Is that what you needed?',
  ' Does that help?',
  ' Anything else you need to know?',
];

const FRAMES: Record<string, string[]> = {
  site: ["It's {v}.", 'I feel it {v}.', "It's mostly {v}.", "Mainly {v}, I'd say."],
  onset: ['It came on {v}.', 'It started {v}.', 'It just came on {v}.', 'It began {v}.'],
  character: ['It feels {v}.', "I'd describe it as {v}.", "It's {v}.", 'Sort of {v}, if that makes sense.'],
  radiation: ['It spreads {v}.', 'It goes {v}.', 'It seems to spread {v}.', 'I can feel it going {v}.'],
  timing: ["It's {v}.", "Well, it's {v}."],
  exacerbating: ['It gets worse {v}.', "It's worse {v}.", 'It gets worse {v}, I find.'],
  relieving: ['It eases {v}.', 'It gets a bit better {v}.', 'It eases off {v}.'],
};

const PRESENT = [
  "Yes, I've had {l}.",
  "Yeah, there's been some {l}.",
  'I have, yes. {L}.',
  'Yes, {l}, definitely.',
  "Yes, I've noticed {l}.",
];
const ABSENT = [
  'No, no {l}.',
  "I haven't had any {l}, no.",
  "No, I don't think so, no {l}.",
  "Nope, I haven't noticed any {l}.",
  'No, nothing like that.',
];
const UNKNOWN = [
  "I'm not sure, to be honest.",
  "I couldn't tell you, I'm afraid.",
  "I don't really know.",
  "Hmm, I honestly don't know.",
];

function fill(frame: string, value: string): string {
  const v = value.replace(/[.!]+$/, '');
  return frame
    .replace('{v}', v)
    .replace('{l}', v)
    .replace('{L}', v.charAt(0).toUpperCase() + v.slice(1));
}

function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** Small meaning-preserving variations of a sentence a patient would make. */
function vary(text: string, r: Rand): string {
  let t = text;
  if (r.chance(0.3))
    t = t
      .replace(/\bI have\b/g, "I've")
      .replace(/\bIt is\b/g, "It's")
      .replace(/\bdo not\b/g, "don't");
  // biome-ignore lint/suspicious/noDuplicateElseIf: each chance() call draws a new random number
  else if (r.chance(0.3))
    t = t
      .replace(/\bI've\b/g, 'I have')
      .replace(/\bIt's\b/g, 'It is')
      .replace(/\bdon't\b/g, 'do not');
  if (r.chance(0.15)) t = t.replace(/\breally\b/g, 'very');
  return t;
}

function attributeOf(fact: string): string | undefined {
  return /\/([a-z]+)$/.exec(fact)?.[1];
}

function labelOf(fact: PlanFact): string {
  return fact.value.replace(/^you do not (?:have this|know) \((.*)\)$/, '$1');
}

/** One fact, phrased. */
export function phraseFact(_p: ReadPrompt, fact: PlanFact, r: Rand): string {
  const value = fact.value.replace(/^you do not (?:have this|know) \((.*)\)$/, '$1');
  if (fact.status === 'unknown') return r.pick(UNKNOWN);
  const attribute = attributeOf(fact.fact);
  if (fact.status === 'absent') {
    if (fact.example && r.chance(0.5)) return vary(fact.example, r);
    if (/^(?:no|i (?:have not|haven't|don't|do not)|never|not)\b/i.test(value))
      return vary(sentence(value), r);
    const label = labelOf(fact);
    return sentence(fill(r.pick(ABSENT), label));
  }
  if (attribute === 'severity') {
    const n = /\d+/.exec(value)?.[0] ?? value;
    return r.pick([
      `I'd say ${n} out of 10.`,
      `About a ${n} out of ten.`,
      `Probably ${n} out of 10.`,
      `It's a ${n} out of 10, I'd say.`,
    ]);
  }
  if (attribute === 'site' && /pain|ache/.test(fact.fact) && r.chance(0.3))
    return vary(sentence(`The pain is ${value}`), r);
  if (attribute && FRAMES[attribute] && !/^(?:it|i|my|the|yes|no)\b/i.test(value))
    return vary(sentence(fill(r.pick(FRAMES[attribute] ?? []), value)), r);
  if (/^(?:I|I'm|I've|My|It|It's|No|Yes|Not|Just|Only|About|Nothing|Never|Well)\b/.test(value))
    return vary(sentence(value), r);
  if (fact.example && (fact.status === 'present' || r.chance(0.6))) return vary(fact.example, r);
  if (fact.status === 'present' && /^symptom:[a-z0-9-]+$/.test(fact.fact))
    return sentence(fill(r.pick(PRESENT), labelOf(fact)));
  return vary(sentence(value), r);
}

const IMPROVISE: { key: string; value: string; say: string }[] = [
  {
    key: 'dog',
    value: 'a collie called Max',
    say: "I've got a collie called Max, he'll be wondering where I am.",
  },
  { key: 'hobby', value: 'gardening', say: 'I like to potter about in the garden when I get the chance.' },
  {
    key: 'football-team',
    value: 'supports the local football team',
    say: 'I follow the local football team, for my sins.',
  },
  {
    key: 'holiday',
    value: 'a caravan trip to Wales every summer',
    say: 'We go to Wales in the caravan every summer.',
  },
  { key: 'cat', value: 'a cat called Misty', say: 'My cat Misty keeps me company.' },
];

/** The honest model: a function of the request, for FakeOpenAi. */
export function honestModel(body: ChatRequestBody, index: number): ModelAnswer {
  const p = readPrompt(body);
  const r = rand(hashText(`${p.question}|${index}`));
  const parts: string[] = [];
  if (p.plan.length === 0) {
    if (
      /\b(?:hobb|pet|dog|cat|spare time|weekend|fun|relax|holiday|team)\w*/i.test(p.question) &&
      r.chance(0.8)
    ) {
      const choice = r.pick(IMPROVISE);
      const earlier = p.improvisedEarlier[choice.key];
      if (earlier) return { reply: `Like I said, ${earlier}.`, improvised: null };
      return { reply: choice.say, improvised: [{ key: choice.key, value: choice.value }] };
    }
    parts.push(
      r.pick([
        "I'm not sure what you mean, doctor.",
        "Sorry, I'm not sure.",
        "I don't really know, to be honest.",
        'Could you ask me that another way?',
        "I'm not sure I follow.",
      ]),
    );
  } else {
    const facts = [...p.plan];
    if (facts.length > 1 && r.chance(0.25)) facts.reverse();
    for (const f of facts) parts.push(phraseFact(p, f, r));
  }
  if (p.moves.some((m) => /greet|hello/i.test(m)) && r.chance(0.7))
    parts.unshift(r.pick(['Hello.', 'Hi, doctor.', 'Hello, nice to meet you.']));
  if (p.moves.some((m) => /thank|empath|reassur/i.test(m)) && r.chance(0.7))
    parts.push(r.pick(['Thank you, that helps.', 'Thanks, I appreciate that.', "That's kind of you."]));
  if (p.verbosity === 'talkative' && r.chance(0.6)) parts.push(r.pick(TALKATIVE_FILLERS));
  let reply = `${r.pick(OPENERS)}${parts.join(' ')}`;
  reply = reply.replace(
    /^(Well|Um|Right|Yeah|Hmm|Oh|So|Okay), (\w)/,
    (_, o: string, c: string) => `${o}, ${c.toLowerCase() === 'i' ? 'I' : c.toLowerCase()}`,
  );
  if (p.verbosity !== 'terse') reply += r.pick(CLOSERS);
  return { reply: reply.trim(), improvised: null };
}
