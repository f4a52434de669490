/**
 * Wordings that change how a clause is read: idioms with a symptom or topic word that ask nothing about
 * it, follow-ups that go on with the last topic, examples and purposes that are no question of their
 * own, and requests no patient could answer. Written on the normalized clause (see normalizeText).
 */
import type { Topic } from '../domain/query.ts';

/** Everyday idioms that contain a symptom or exposure word but do not ask about it. */
/** Long stretches of time ("long periods in bed", "periods where you've been stuck in bed"), not menses. */
const LONG_SPELLS =
  /\blong periods? (?:of time|in bed|sitting|lying|without|at a time)\b|\bfor long periods\b|\bperiods? (?:where|when|during which) you\b/;

/** A worry about the patient's own habit ("worried about how much you drink?"): the CAGE question. */
const HABIT_WORRY =
  /\b(?:worry|worried|worrying|concerned|anxious) (?:about )?(?:how much|how often|the amount) (?:you )?(?:drink|smoke|use|take)\b|\b(?:worry|worried|worrying|concerned) about your (?:drinking|smoking|drug use)\b/;

export const FALSE_FRIENDS: Readonly<Record<string, RegExp>> = {
  rash: /\bone spot\b|\bspot on\b/,
  'ankle-swelling': /\bone (?:of (?:the |my |your )?)?legs?\b|\bone side\b/,
  fatigue: /\btired of\b/,
  // getting a symptom more often is its course, not passing urine more often
  'urinary-frequency':
    /\b(?:getting|get|gets|having|have|has|feeling|feel) (?:it|them|these|this|that|the \w+|your \w+) (?:\w+ )?more (?:often|frequently)\b/,
  // a limb gone pale or white is the cold limb, not a pale face
  pallor: /\b(?:legs?|arms?|foot|feet|hands?|fingers?|toes?)\b(?: \w+){0,4} (?:white|pale)\b/,
  // gums that bleed when brushed are bleeding, not dental treatment
  'recent-dental-work': /\bgums? (?:\w+ )?bleed\w*\b/,
  // hair getting thinner is hair loss, not weight loss
  'weight-loss': /\bhair\b(?: \w+){0,8} thinner\b/,
  'low-mood': /\bdown (?:the|to|into|your)\b/,
  // (and worrying "you won't make it in time" to the toilet is urgency, not anxiety)
  anxiety:
    /\b(?:worry|worried|worrying|concerned|anxious) (?:about )?(?:how much|how often|the amount) (?:you )?(?:drink|smoke|use|take)\b|\b(?:worry|worried|worrying|concerned) about your (?:drinking|smoking|drug use)\b|\bedge of (?:the|your|a) (?:bed|chair|seat)\b|\b(?:steady|calm|settle|for) (?:your |my |the )?nerves\b|\b(?:nothing|no need) to (?:worry|be anxious|be nervous)\b|\bworr\w* (?:that )?you (?:will not|won t|might not|may not|can not|would not) make it\b/,
  seizures: /\bfitted\b/,
  // a road or work accident, or Accident & Emergency, is no wetting accident
  'urinary-incontinence':
    /\bin an? (?:\w+ )?accident\b|\b(?:car|road|traffic|motorbike|bike|cycling|work|sporting) accidents?\b|\baccident (?:and|&) emergency\b/,
  // sick of waiting, off sick from work: fed up or away from work, not vomiting
  vomiting: /\bsick (?:of|and tired|note|leave|pay|days?)\b|\b(?:off|call(?:ed|ing)? in) sick\b/,
  // long periods of time, in bed or sitting, are no menstrual periods
  'heavy-periods': LONG_SPELLS,
  // sitting on the edge of the bed is a position, not being on edge
  // (and a cramping pain is the pain's character, not a muscle cramp)
  'muscle-cramps':
    /\bcramp(?:ing|y)? (?:pain|ache|discomfort|feeling)\b(?! in (?:your |the )?(?:calf|calves|legs?|feet|foot|muscles?))/,
  // exercise tolerance with breath named is breathlessness on exertion, not tolerance of either cause
  'reduced-exercise-tolerance':
    /\b(?:for|of|catch your|get your|out of) breath\b|\bbreathless\w*\b|\bout of puff\b|\bwinded\b|\bbreather\b|\bpuffed\b/,
  // out in the cold is the weather, not knocked out cold
  syncope: /\bout in the cold\b/,
  fever: /\b(?:anywhere|somewhere) (?:hot|warm)\b|\bhay ?fever\b/,
  // gasping for a drink is thirst, not breathlessness
  breathlessness:
    /\bgasping for (?:a |some )?(?:drink|cuppa|brew|cup|water|tea|coffee|fag|cigarette|smoke)\b/,
  // the weather or a temperature ("do you feel hot or cold?"), not a head cold
  coryza:
    /\b(?:hands|feet|fingers|toes|legs?|arms?|skin) (?:\w+ )?cold\b|\b(?:it is|it gets|weather is|too|so|very|really) cold\b|\bcold (?:outside|out|weather|days?|mornings?|air|water|drinks?|food|hands|feet)\b|\b(?:in|into|out in|from|with) the cold\b|\b(?:hot|warm) (?:or|and) cold\b|\bcold (?:or|and) (?:hot|warm)\b|\bfeel(?:s|ing)? (?:very |really |so )?cold\b/,
  // (and mucus in the stools is what the motions hold, not phlegm)
  sputum:
    /\b(?:anything|something|questions?|else)\b(?: \w+){0,4} to bring up\b|\b(?:mucus|mucous|slime)\b(?: \w+){0,3} (?:in|with|on) (?:your |the )?(?:stools?|poo|motions|bowel motions|back passage)\b/,
  // an emergency department, not erectile dysfunction: "why did you come to ED?"
  'erectile-dysfunction': /\b(?:to|in|at|from|into|the|an|a) ed\b/,
  // flights of stairs are exercise, not air travel
  'long-haul-travel': /\bflights? of (?:stairs|steps)\b/,
  'foreign-travel': /\bflights? of (?:stairs|steps)\b/,
};
/** Wordings that leave a topic's question and go on with it ("do you live alone? are you coping?"). */
export const FOLLOW_UP_CUES: Readonly<Partial<Record<Topic, RegExp>>> = {
  living:
    /\b(?:cope|coping|manage|managing|get about|get around|getting about|getting around|get by|getting by)\b/,
  allergies: /\bwhat happens\b|\bwhat (?:kind of |sort of |type of )?reaction\b|\bwhat (?:did|does) it do\b/,
};
/** What leads into examples ("like coffee or stress"), just before a mention. */
// "like ringing in your ears or feeling sick": a later example joined by "or" / "and" is one too
export const EXAMPLE_LEAD =
  /\b(?:like|such as|for example|for instance|e g)(?:(?: \w+){0,3}|(?: \w+){1,6} (?:or|and)) $/;
/** A clarifying question whose choices describe the symptom in focus ("do you mean spinning or…"). */
export const CLARIFY =
  /\b(?:do you mean|is it more|more like)\b|^(?:(?:and|so|okay|right) )*when you say \w+(?: \w+)?\b/;
/** A symptom named as what a medicine is for ("anything to help you sleep?") is not asked about. */
export const MEDICINE_PURPOSE =
  /\bto (?:help (?:you )?(?:with )?|stop |ease |calm |settle |get you to )(?:your |the )?$/;
/** "Any meds or allergies?": both are asked, the allergy does not claim the medicines. */
export const MEDICINES_AND_ALLERGIES =
  /\b(?:medications?|tablets|pills|drugs)\b(?: \w+){0,4} (?:and|or) (?:any )?(?:drug )?allerg|\b(?:medications|tablets|pills) allergies (?:and|or)\b/;
/** Requests about the exercise or the role-play itself: no history question, the patient cannot answer. */
export const META_REQUEST =
  /\b(?:ignore|disregard|forget) (?:your|all|any|the|previous|everything)\b[\w\s]{0,20}\b(?:instructions|rules|prompts?|told)\b|\bsystem prompt\b|\b(?:tell|give|show) me (?:the|your) (?:diagnosis|answer)\b|\bpass (?:this|the) (?:station|exam|osce)\b|\b(?:krebs|citric acid) cycle\b|\b(?:out of character|answer key|which model|language model|as an ai|your (?:instructions|prompt|system)|play (?:the role|a game)|act as an?|pretend (?:the rules|you are not|to be (?:a |an |another |someone )?(?:different|new|another|other)\b)|(?:be|play) (?:a )?different patient|the narrator|finish (?:this|the) sentence|leetspeak|base64|icd ?10|star rating)\b|\bexplain (?:the|how) (?!(?:pain|symptoms?)\b)\w+ (?:cycle|works|pathway|mechanism)\b|\b(?:first|second) line (?:treatment|management|therapy|drug|antibiotic|investigation|agent)s?\b|\b(?:gold standard|treatment of choice|drug of choice|mechanism of action|pathophysiology|differential diagnos\w*|guidelines?|nice guidance)\b|\b(?:which|what) (?:antibiotics?|drugs?|medications?|treatments?|investigations?|tests?) (?:should|would|must|is|are) (?:\w+ )?(?:prescribed|given|used|recommended|indicated|ordered|requested|started)\b|\bstop (?:being|playing) (?:the|a) (?:patient|role)\b|\b(?:break|drop) character\b|\b(?:list|give me|tell me) (?:\w+ )?(?:every|all the|all|the) questions? i\b|^(?:please |can you |could you )?(?:list|name|enumerate|outline|rank) (?:\w+ ){0,3}(?:differentials?|causes|diagnoses|investigations|risk factors|red flags|treatments)\b|\bdifferentials\b|\brepeat after me\b|\bpretend (?:you are|to be|you were) (?:the |an? |my )?(?:examiner|doctor|tutor|assessor|student|ai|robot|chatbot)\b|\b(?:give|tell) me (?:my|a|the) (?:grade|mark|score)\b|\bgrade (?:me|my)\b|\b(?:marks?|points|score|grade) (?:do|will|would|am|did) i (?:get|getting|score)\b|\bhow many (?:marks|points)\b|\bso (?:that )?i (?:can |could |will )?pass\b|\b(?:which|what) (?:antibiotics?|drugs?|medications?|treatments?|investigations?|tests?) (?:would|should|do|will) you (?:give|prescribe|use|start|recommend|order|request) for\b|\b(?:ecg|x ray|blood film|blood gas) (?:changes|findings|features|signs) (?:in|of|seen in|with)\b|\bexplain (?:to me )?how (?!(?:the |your |it |this |that )?(?:pain|symptoms?|it|this|that)\b)(?:\w+ ){1,3}works?\b|\btranslate\b|\bhelp me (?:write|with) (?:my |an? )?(?:essay|assignment|homework|notes|revision|dissertation)\b|\bwhat dose (?:of (?:\w+ ){1,2})?(?:do|would|should) (?:you|we|i) (?:give|prescribe|use|start)\b|\bthreshold for (?:requesting|ordering|starting|giving|doing)\b|\b(?:criteria|components|items) (?:in|of|for) (?:the )?(?:\w+ ){1,2}(?:score|criteria|scale|classification|rule)\b|\b(?:wells|curb ?65|chads ?2? ?vasc|has bled|centor|qrisk\w*|glasgow|nyha|mrc) (?:score|criteria|classification|scale)\b(?! (?:is|was) (?:your|you))/;
/** Announcing the next questions ("I'm going to ask about your lifestyle now"): no question of its own. */
export const SIGNPOST =
  /^(?:(?:okay|right|so|now|next|great|thanks|thank you|lovely|um|umm|er|erm|uh) )*(?:i am (?:just )?going to|i will (?:just )?|i would (?:just )?like to|i want to|i need to|let us|let me|we will|we are going to) (?:now )?(?:ask|run through|go through|move on|turn|check|talk|have a (?:quick )?look|cover)\b|^(?:(?:okay|right|so|now|and) )*before (?:we|i) (?:finish|wrap up|stop|end|let you go)\b/;
/** A preamble before the question ("I know you've been asked this already, sorry"): nothing to answer. */
export const PREAMBLE =
  /\bi know (?:you have |you(?: have)? (?:probably|already|likely) )?(?:\w+ ){0,2}(?:been asked|told (?:this|that|the)|said (?:this|that)|gone (?:over|through) (?:this|that|it))\b|\b(?:sorry|apologies) (?:to|if|for) (?:ask(?:ing)?|repeat(?:ing)?|go(?:ing)? over) (?:this|that|it|again|the same)\b|\bbear with me\b|\b(?:stop|forgive|excuse|tell) me if (?:this|that|it) (?:is|sounds|seems) (?:not |a |a bit )?(?:silly|stupid|daft|odd|strange|weird|obvious|relevant|irrelevant)\b|^(?:(?:sorry|so|and|um|er) )*i (?:was|am) (?:just )?wondering\s*$/;
/** Wordings that look like a topic but are not ("eating and drinking", "smoke weed"). */
export const TOPIC_FALSE_FRIENDS: Readonly<Partial<Record<Topic, RegExp>>> = {
  // lying flat is a position, not a flat to live in
  living: /\b(?:lie|lies|lying|lay|laying|lain) flat\b/,
  // a relative who noticed something is a witness to this illness, not the family history;
  // living with the family is the household, not the family history
  family:
    /\blive (?:with|near) (?:your |the )?(?:family|parents|folks)\b|\b(?:family|wife|husband|partner|mum|dad|daughter|son|relatives?|kids|children) (?:\w+ )?(?:noticed|mentioned|commented|seen|saw|said you)\b/,
  // drinking more because of thirst is the symptom, not alcohol
  alcohol:
    /\bdrink(?:ing)? (?:enough|plenty|much)? ?(?:water|fluids?)\b|^(?![\w\s]*\b(?:alcohol\w*|beers?|wine|pints?|units?|spirits|booze|pub)\b)[\w\s]*\b(?:thirst\w*|parched|(?:gasping|dying|desperate) for a drink)\b/,
  // a patch of skin is a place on the body, not a nicotine or HRT patch
  medications: /\bpatch(?:es)? of (?:skin|numbness|rash)\b/,
  // "ever been worried about how much you drink?" asks about the habit (CAGE), not the illness
  concerns: HABIT_WORRY,
  // "slowing down compared to others your age" compares, it asks no age
  identity: /\b(?:others|other people|people|men|women|friends|someone|anyone) (?:of )?your age\b/,
  smoking: /\bsmok\w* (?:any )?(?:weed|cannabis|marijuana|skunk|crack|heroin|spice)\b/,
  pregnancy: LONG_SPELLS,
};
/** Procedure words that name an operation rather than the condition behind it ("a stent put in"). */
export const PROCEDURE =
  /\b(?:stents?|bypass|pacemaker|valves?|transplant\w*|replace\w*|operations?|surgery)\b/;
/** The patient's own past illness ("have you ever had TB yourself?"), not contact with it. */
export const OWN_ILLNESS =
  /\byou ever (?:had|have)\b|\byourself\b|^(?:(?:and|so) )?(?:have|did) you (?:ever )?(?:had|have|get|got) (?:tb|tuberculosis)\b|\b(?:diagnosed|treated) (?:with|for)\b|\bhistory of\b|\bhad tb before\b/;
/** Someone else the patient was around: the question is about contact. */
export const CONTACT =
  /\b(?:contact|around|anyone|anybody|someone|somebody|family|exposed|near|close to|people|relatives?|friends?)\b/;
/** "Any heart problems?" names a condition the patient may have (history); "problems with your heart?" reviews it. */
export const ORGAN_CONDITION =
  /\b(?:heart|lung|kidney|liver|thyroid) (?:problems?|trouble|conditions?|disease|issues?)\b/;
/** "Can you lie flat?" alone asks what the patient can do (orthopnoea), not an instruction. */
export const ABILITY_QUESTION = /^(?:can|are) you (?:still |able to )?lie flat$/;
/** What leads into the symptom whose company is asked about ("anything else with the pain?"). */
export const ASSOCIATED_WITH =
  /\b(?:with|when|while|whilst|around the time|at the time|alongside|along with|together with|as well as) (?:the |your |this |that |being |having |you (?:were |are |get |feel |have |had |got )?(?:the |your |a )?)?$/;
/** A symptom that starts ("when the pain started") is the subject, not a circumstance. */
export const STARTS = /^ (?:first )?(?:start|started|starts|began|begin|begins|came on|comes on|kicked in)\b/;
/** "Faint, but not actually pass out": the symptom ruled out draws the line, it is not asked. */
// "about to faint, but didn't actually lose consciousness": a helping verb may come before the "not"
export const RULED_OUT =
  /\b(?:but|and|or) (?:(?:you |it |they )?(?:did|do|does|have|has|had|was|were|is|are|could|can|would) )?(?:not|never|without) (?:actually |quite |fully |completely |really |ever )?$/;
/** Asking whether a named symptom is there now: "do you have a cough at the moment?". */
export const PRESENCE = /^(?:and |so )?(?:do you (?:have|get)|have you got|are you (?:having|getting)|any)\b/;
export const PRESENT_NOW = /^(?:at the moment|right now|at present|currently)$/;
/** Symptoms that are blood seen somewhere: clots in them are what the blood looks like. */
export const BLEEDING = /^(?:haem|melaena|rectal-bleeding|blood|bleed)/;
export const CLOTS = /^(?:blood )?clots?$/;
