/**
 * character: the reply must sound like this patient talking in a chat thread. Out of role ("as an
 * AI", "language model", talk of prompts), speaking as the clinician (diagnosing, ordering, advising),
 * medical words above the patient's literacy, markdown structure, narration instead of speech,
 * another language, and replies too long for the persona.
 */
import type { Analysis } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { foreignScript } from '../text/foldText.ts';
import { jargonLevel } from '../text/jargon.ts';
import { stem } from '../text/stem.ts';

const OUT_OF_ROLE =
  /\b(?:as an ai|an ai (?:language )?model|language model|large language model|\bllm\b|chatgpt|openai|gpt-?\d|i am (?:an? )?(?:ai|assistant|chatbot|bot|program|computer|simulation|simulated patient|virtual patient)|i am not (?:a )?real|simulated patient|virtual patient|standardi[sz]ed patient|role-?play(?:ing)?|system prompt|my (?:instructions|prompt|programming|guidelines|training data)|i (?:can not|am not able to|am unable to) (?:reveal|disclose|share) (?:that|my|the)|this (?:scenario|simulation|case study)|the (?:scenario|simulation|instructor|case file|record says)|json|the plan says)\b/;

const DOCTOR_VOICE =
  /\b(?:as (?:your|a|the) (?:doctor|physician|clinician|nurse)|my (?:diagnosis|differential|assessment|impression)|differential diagnos\w*|your (?:symptoms|presentation|history) (?:suggest|indicate|point|are consistent)|(?:i would|i will|i'll|let me|we (?:need|should) to|we will|i am going to) (?:order|request|arrange|prescribe|examine you|check your|run (?:some )?tests|start you on|refer you)|(?:consistent|compatible) with (?:a |an )?[a-z]+ (?:diagnosis|syndrome|disease)|the patient (?:is|has|reports|presents|denies|describes|appears|says)|patient (?:reports|presents|denies|describes)|presenting complaint|on examination|history of presenting)\b/;

const ADVICE =
  /\b(?:you should (?:see a (?:doctor|gp|specialist)|take (?:some|an?|your)|go to (?:a|the|your) (?:doctor|gp|hospital|a&e|er)|call|seek|get (?:that|it|yourself|this) (?:checked|seen|looked)|consult|avoid|stop taking)|i (?:would )?(?:recommend|advise|suggest) (?:you|that you|seeing|taking|going|calling)|seek (?:immediate |urgent )?medical (?:attention|advice|help|care)|call (?:911|999|112|an ambulance|emergency services)|consult (?:a|your) (?:doctor|gp|healthcare|physician|professional)|(?:please )?see a (?:doctor|gp|healthcare professional)|it is important (?:that you|to (?:see|seek|get|take|call))|this is not medical advice|make sure you (?:see|take|get|call))\b/;

const TRANSLATION =
  /\b(?:in|into) (?:spanish|french|german|italian|portuguese|latin|greek|dutch|polish|russian|chinese|japanese|arabic|hindi|urdu|welsh|irish|swedish|norwegian|danish|turkish|korean)\b|\b(?:spanish|french|german|italian|latin|greek) (?:for|word|name|term)\b|\btranslat\w*/;

/** Words of other languages that are not English words, to spot a reply in another language. */
const FOREIGN = new Set(
  'el los las del por para con una uno est les des une und der die das ist nicht ein eine mit auf och het een niet ik je suis pas avec mais que qui dans pour sur tengo estoy muy pero ich bin habe sehr mir mein meine moi tres il della sono questo molto non en de la le es al au du di zu im'.split(
    ' ',
  ),
);
const ENGLISH_FUNCTION = new Set(
  'the a an and or but i you it is are was were have has had do does did to of in on at for with my me not no yes this that be been so just like'.split(
    ' ',
  ),
);

/** Reply length allowed per persona verbosity, plus room per fact the plan asks to say. */
const LENGTH: Record<string, number> = { terse: 420, average: 700, talkative: 1000 };
const PER_FACT = 140;

/** The longest reply this patient may give for a plan of `facts` facts. */
export function replyLengthLimit(verbosity: string, facts: number): number {
  return (LENGTH[verbosity] ?? 700) + PER_FACT * facts;
}
const LITERACY_MAX: Record<string, number> = { low: 0, medium: 1, high: 2 };

function oneOf(re: RegExp, text: string): string | undefined {
  return re.exec(text)?.[0];
}

/** The character rules. */
export function character(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = [];
  const { folded, reply } = a;
  const role = oneOf(OUT_OF_ROLE, folded);
  if (role)
    out.push(
      violation(
        'character',
        'out_of_role',
        'The reply steps out of role. Speak only as the patient, in the first person.',
        role,
      ),
    );
  const doctor = oneOf(DOCTOR_VOICE, folded);
  if (doctor)
    out.push(
      violation(
        'character',
        'doctor_voice',
        'The reply speaks as a clinician or narrates. The patient answers the doctor; they do not assess or examine.',
        doctor,
      ),
    );
  const advice = oneOf(ADVICE, folded);
  if (advice)
    out.push(
      violation(
        'character',
        'advice',
        'The reply gives medical advice. The patient asks for help; they do not give it.',
        advice,
      ),
    );
  const translation = oneOf(TRANSLATION, folded);
  if (translation)
    out.push(
      violation(
        'character',
        'translation',
        'The reply translates or talks about other languages. The patient answers plainly in English.',
        translation,
      ),
    );

  const script = foreignScript(folded); // the fold keeps every script; lower case changes none
  if (script)
    out.push(
      violation(
        'character',
        'not_english',
        'The reply uses another script. The patient speaks English.',
        script,
      ),
    );
  else {
    for (const sentence of a.tokens.sentences) {
      const words = sentence.match(/[a-z]+/g) ?? [];
      if (words.length < 3) continue;
      const foreign = words.filter((w) => FOREIGN.has(w)).length;
      const english = words.filter((w) => ENGLISH_FUNCTION.has(w)).length;
      if (foreign >= 2 && foreign > english) {
        out.push(
          violation(
            'character',
            'not_english',
            'The reply is not in English. The patient speaks English.',
            sentence,
          ),
        );
        break;
      }
    }
  }

  const maxLevel = LITERACY_MAX[a.ctx.record.persona.literacy] ?? 1;
  // words the plan itself uses this turn ("no angina") are the plan's, not the model's
  const planWords = new Set(
    a.ctx.disclosure.facts.flatMap((f) => f.value.toLowerCase().match(/[a-z]+/g) ?? []),
  );
  for (const w of new Set(a.tokens.words)) {
    const level = jargonLevel(w);
    if (level > maxLevel && !a.ci.knownStems.has(stem(w)) && !planWords.has(w)) {
      out.push(
        violation(
          'character',
          'jargon',
          `The reply uses a medical term ("${w}") this patient would not use. Use the patient's everyday words.`,
          w,
        ),
      );
      break;
    }
  }

  if (/^\s{0,3}#{1,6}\s/m.test(reply))
    out.push(
      violation(
        'character',
        'markdown',
        'The reply uses headings. Write plain speech.',
        /^\s{0,3}#{1,6}\s.*$/m.exec(reply)?.[0] ?? '#',
      ),
    );
  else if (
    /```|^\s*\|.*\|\s*$|^\s*(?:[-*•]|\d+[.)])\s+\S/m.test(reply) &&
    reply.split('\n').filter((l) => /^\s*(?:[-*•]|\d+[.)])\s+\S/.test(l)).length +
      (reply.includes('```') ? 2 : 0) +
      (/^\s*\|.*\|\s*$/m.test(reply) ? 2 : 0) >=
      2
  ) {
    out.push(
      violation(
        'character',
        'markdown',
        'The reply uses lists, tables or code. Write plain speech.',
        reply.slice(0, 60),
      ),
    );
  } else if (/\*\*[^*]+\*\*|__[^_]+__/.test(reply)) {
    out.push(
      violation(
        'character',
        'markdown',
        'The reply uses bold text. Write plain speech.',
        /\*\*[^*]+\*\*|__[^_]+__/.exec(reply)?.[0] ?? '**',
      ),
    );
  }
  const given = a.ctx.record.demographics.givenName.toLowerCase();
  const label = /^\s*(?:\*\*)?([a-z]+)(?:\*\*)?\s*:/i.exec(reply);
  if (
    label &&
    ['patient', 'assistant', 'doctor', 'ai', 'bot', 'system', 'response', 'reply', given].includes(
      (label[1] ?? '').toLowerCase(),
    )
  ) {
    out.push(
      violation(
        'character',
        'speaker_label',
        'The reply starts with a speaker label. Write only what the patient says.',
        label[0],
      ),
    );
  }
  if (
    /^\s*[([*].*[)\]*]\s*$/m.test(reply) &&
    /\b(?:sighs|winces|pauses|looks|shifts|nods|clutches|grimaces)\b/.test(folded)
  ) {
    out.push(
      violation(
        'character',
        'stage_direction',
        'The reply contains stage directions. Write only what the patient says.',
        reply.slice(0, 60),
      ),
    );
  }

  const limit = replyLengthLimit(a.ctx.record.persona.verbosity, a.ctx.disclosure.facts.length);
  if (reply.length > limit) {
    out.push(
      violation(
        'character',
        'too_long',
        `The reply is too long for this patient (${reply.length} characters; keep it under ${limit}).`,
        reply.slice(limit - 40, limit),
      ),
    );
  }
  if (reply.trim().length === 0) out.push(violation('character', 'empty', 'The reply is empty.', ''));
  return out;
}
