/**
 * Topic rules for the courtesies around a history: consent to talk about the visit, closing remarks,
 * thanks and apologies that are rapport rather than empathy. Written on the normalized clause (see
 * normalizeText); appended to TOPIC_RULES.
 */
import type { Query } from '../domain/query.ts';
import type { TopicRule } from './topicRules.ts';

/** What asks leave to talk: "do you mind if I…", "would it be OK to…", "can we have a quick chat…". */
const CONSENT =
  '(?:(?:do|would) you mind|\\bmind|is it (?:ok|okay|alright|all right|fine)|would it be (?:ok|okay|alright|all right|fine)|are you (?:happy|ok|okay|alright|all right)|(?:can|could|may) (?:i|we))';
/** Talking, as what the consent is for. */
const TALK =
  '(?:talk|talking|chat|chatting|speak|speaking|ask|asking|asked|go through|going through|yarn|have a (?:quick |little |brief |short )?(?:chat|talk|word|yarn))';
/** The visit as the subject of the talk: "about what's been going on", "about why you came". */
const ABOUT_VISIT =
  'about (?:what (?:has |is |was )?(?:been )?(?:going on|happening|happened|wrong|the (?:problem|matter))|what (?:has )?(?:brought|brings|bring|made|led) you|why you (?:are|were) (?:here|in)\\b|why you (?:have |had )?(?:come|came|been (?:sent|referred|admitted|brought))\\b|why you needed to come\\b|the reason (?:you|for)|your (?:visit|symptoms|problems?|story|health))';

/**
 * A courtesy that asks nothing: alone it is the patient's cue (thanks, "take your time"), beside a
 * question it is dropped ("take your time, and walk me through how it started" asks the opening).
 */
export function isCourtesy(q: Pick<Query, 'topic' | 'target'>): boolean {
  return (
    (q.topic === 'smalltalk' && q.target === 'thanks') || (q.topic === 'empathy' && q.target === 'unhurried')
  );
}

export const COURTESY_RULES: readonly TopicRule[] = [
  {
    // "no worries", "not a problem at all": a reply to the patient's apology, no worry asked about
    topic: 'smalltalk',
    target: 'thanks',
    re: /^(?:(?:okay|ok|oh|ah|right|that is|honestly|really) )*(?:no worries|no problem|not a problem|no bother|not to worry|never mind|no need to apologi[sz]e|do not apologi[sz]e|do not worry about it)(?: at all)?(?: (?:thanks|thank you|honestly))?$/,
    blocks: ['symptom:anxiety', 'empathy'],
  },
  {
    // "I'll get you some painkillers", "we'll give you something for the sickness": relief promised,
    // reassurance rather than a medication question
    topic: 'empathy',
    re: /^(?![\w\s]*\b(?:do|did|are|have|has|can|could|would|what|which|when|how)\b)[\w\s]*\b(?:we|i) (?:will|am going to|are going to|can) (?:get|give|bring|fetch|sort|organise|prescribe|find) you (?:something|some|a|an)\b/,
    blocks: ['medications'],
  },
  {
    // "oh dear", "oh no!", "bless you": sympathy with what the patient has said
    topic: 'empathy',
    re: /^(?:oh )+(?:dear|no|gosh|goodness|my goodness|crumbs|crikey)(?: me)?$|^(?:oh )?(?:poor (?:you|thing)|bless you|bless)$/,
  },
  {
    // "are you warm enough?", "is the bed comfortable?": the patient's comfort in the room
    topic: 'smalltalk',
    target: 'comfort',
    re: /\b(?:warm|cosy|comfortable|comfy) enough\b|\bis (?:the|your) (?:bed|chair|pillow|seat|room|trolley)\b[\w\s]{0,10}\b(?:comfortable|comfy|okay|ok|all right|alright|warm)\b/,
  },
  {
    // "who's this with you today?", "is this your daughter?", "is your wife here with you?": the
    // people at the bedside, not the family history
    topic: 'smalltalk',
    target: 'chat',
    re: /\bwho is (?:this|that|here) (?:with you|today)\b|^(?:(?:and|so|oh) )*(?:is|are) (?:this|that|these|those) your (?:wife|husband|partner|daughter|son|mum|mother|dad|father|sister|brother|friend|carer|grandson|granddaughter|grandchildren|grandkids|kids|children|family)\b|\b(?:is|are) your (?:wife|husband|partner|daughter|son|mum|mother|dad|father|family|friend|children|kids) (?:here|with you|coming in|visiting)\b/,
    blocks: ['family', 'living', 'greeting'],
  },
  {
    // "how's your granddaughter getting on?", "how is your wife doing?", "what's his name?" (the dog
    // on the phone): rapport about the people and pets in the patient's life, not their history
    topic: 'smalltalk',
    target: 'chat',
    re: /\bhow (?:is|are) (?:your|the) (?:grand\w+|kids|children|son|sons|daughters?|wife|husband|partner|family|dog|cat|garden|allotment)(?: \w+)? (?:getting on|doing|keeping)\b|\bwhat is (?:his|her|its|their) name\b|\bwhat (?:is|are) (?:he|she|it|they) called\b/,
    blocks: ['family', 'living', 'identity'],
  },
  {
    // "would you like your husband to stay?", "are you happy for your daughter to sit in?": who is
    // present while the history is taken, like a supervisor sitting in
    topic: 'greeting',
    re: /\b(?:would you like|do you want|are you (?:happy|okay|ok|comfortable) (?:for|with)) (?:your (?:\w+ )?\w+|them|him|her|anyone|someone) (?:to )?(?:stay|sit in|stay in the room|be here|be present|staying)\b(?! in hospital)/,
    blocks: ['family', 'living'],
  },
  {
    // "take your time", "there's no rush": reassurance alone, a courtesy before a question
    topic: 'empathy',
    target: 'unhurried',
    re: /\btake your time\b|\b(?:there is )?no (?:rush|hurry)\b(?! (?:to|for) (?:get|come|go)\w*)|\bin your own time\b|\bwhenever you are ready\b/,
  },
  {
    // "do you mind if I talk to you about what's been going on?", "can we have a quick chat about why
    // you came?", "mind if I have a yarn with you about why you're in?": leave to take the history, the
    // visit named as its subject, not the opening question itself
    topic: 'greeting',
    re: new RegExp(`${CONSENT}\\b[\\w\\s]{0,30}\\b${TALK}\\b[\\w\\s]{0,20}?\\b${ABOUT_VISIT}`),
    blocks: ['opening'],
  },
  {
    // "thanks for agreeing to speak with me", "thank you for letting me talk to you": the consent
    // to the history, acknowledged
    topic: 'greeting',
    re: /\b(?:thank you|thanks) (?:so much |very much )?for (?:agreeing|letting me|allowing me|being willing|being happy) (?:to )?(?:talk|speak|chat|see you|ask|take|have a|go through)\b/,
    blocks: ['empathy'],
  },
  {
    // "thank you for your time, I'll go and speak to my supervisor now", "I'll be back shortly",
    // "I'm going to have a word with the consultant": leaving the bedside, nothing to answer
    topic: 'smalltalk',
    target: 'thanks',
    re: /\bi (?:will|am going to|am just going to|will just|am just going to go and) (?:just )?(?:go and |pop out and |nip out and |go off and )?(?:speak|talk|have a (?:quick )?(?:word|chat)|discuss (?:this|that|it|things|everything)|run (?:this|it|that|things) (?:past|by)|present (?:this|it|you)|feed back|report back|check) (?:to |with |over with |past )?(?:my|the|our|a) (?:supervisor|senior|consultant|registrar|reg|team|boss|doctor|colleague|tutor)s?\b|\bi (?:will|am going to|am just going to) (?:just )?(?:go and |pop out and |nip out and )?(?:get|fetch|grab|find|call) (?:my|the|our) (?:supervisor|senior|consultant|registrar|reg|boss|doctor|tutor)s?\b|\b(?:that is|that was|that is about) (?:everything|all|all the questions|it) (?:that )?(?:i (?:wanted|needed|had|want|need) to ask|from me|for now|i have got)\b|\b(?:it was|it has been|it is been|was) (?:really |very |so )?(?:nice|lovely|good|great|a pleasure) (?:meeting|talking|speaking|chatting) (?:to |with )?you\b|\bi will (?:be|come) (?:straight )?back (?:shortly|soon|in a (?:bit|minute|moment|few|while|little while|second)|later|to see you|with)\b/,
  },
  {
    // "take care", "have a good day", "get well soon", "bye!": a farewell, nothing to answer
    topic: 'smalltalk',
    target: 'thanks',
    re: /^(?:(?:okay|ok|right|well|thanks|thank you|cheers|lovely|great|so|and)(?: so much| very much)?(?: for (?:your time|everything|that|all that|your help|coming in|coming|talking to me|chatting|your patience))? )*(?:take care(?: of yourself)?|look after yourself|have a (?:good|nice|lovely|great) (?:day|evening|weekend|afternoon|one|rest of your day)|get well soon|hope you feel better soon|see you (?:later|soon|in a bit|shortly|again)|bye|bye bye|goodbye|good bye|cheerio|all the best|speak (?:to you )?soon)(?: (?:now|then|thanks|thank you|for now|bye))*$/,
  },
  {
    // "thanks for coming in", "thank you for coming to see us today", "thanks for seeing me": a
    // courtesy, not empathy
    topic: 'smalltalk',
    target: 'thanks',
    re: /\b(?:thank you|thanks|cheers) (?:so much |very much |a lot )?for (?:coming|popping|dropping) (?:in|along|down|up|over|to see (?:us|me)|today)\b|\b(?:thank you|thanks) (?:so much |very much )?for (?:seeing|having) me\b/,
  },
  {
    // "sorry about all the questions!", "sorry for bombarding you", "sorry, lots of questions"
    topic: 'smalltalk',
    target: 'thanks',
    re: /\b(?:sorry|apologies) (?:about|for) (?:all )?(?:the|these|those|so many|all these|all my|my) (?:many |endless |million )?questions\b|\b(?:sorry|apologies) (?:for|about) (?:bombarding|grilling|interrogating|quizzing) you\b|\bsorry (?:for|about) (?:asking )?so many questions\b|\b(?:sorry|i know),? (?:it is )?(?:lots|loads|a lot) of questions\b/,
  },
  {
    // "ok great", "lovely", "perfect, thanks", "ty", "gr8": appreciation alone is a courtesy ("okay."
    // alone asks nothing)
    topic: 'smalltalk',
    target: 'thanks',
    re: /^(?:(?:okay|ok|right|so|oh|ah|alright|all right|yes|yeah) )*(?:great|gr8|ty|tyvm|thnx|thanx|np|lovely|perfect|brilliant|excellent|fab|fabulous|wonderful|fantastic|super|smashing|marvellous|amazing|awesome|nice one|good stuff|that is great|that is (?:really )?(?:lovely|perfect|brilliant))(?: (?:stuff|then|thanks|thank you|great|lovely|perfect))*$/,
  },
];
