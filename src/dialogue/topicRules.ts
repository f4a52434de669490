/**
 * Whole-clause patterns for the history topics that are not symptoms. They run on the normalized
 * clause (see normalizeText), so they are written lower case, British spelling, contractions expanded.
 * Order does not matter: conflicts are settled by `blocks` (a hit removes hits of the listed topics).
 */
import type { Topic } from '../domain/query.ts';
import { COURTESY_RULES } from './courtesyRules.ts';
import { HISTORY_RULES } from './historyRules.ts';

export interface TopicRule {
  topic: Topic;
  target?: string;
  re: RegExp;
  /** A generic wording that only counts when no other topic or symptom is asked in the clause. */
  weak?: boolean;
  /** Topics (or `topic:target`) this hit overrides in the same clause. */
  blocks?: readonly string[];
  /** A named condition ("epilepsy?"): read like one from the lexicon (a fear or a treatment names it too). */
  asCondition?: boolean;
}

/** A bird kept as a pet: the bird exposure when a pet question names one. */
const PET_BIRD =
  '\\b(?:birds?|budgies?|budgerigars?|parrots?|pigeons?|poultry|chickens?|canar(?:y|ies)|cockatiels?)\\b';

const THINK = '(?:think|reckon|believe|suspect|feel|suppose|guess|wonder|imagine)';

export const TOPIC_RULES: readonly TopicRule[] = [
  // ------------------------------------------------------------ greeting, identity, opening
  {
    topic: 'greeting',
    re: /^(?:(?:hi|hello|hey|hiya|howdy|heya|yo|greetings|morning|afternoon|evening)(?: there)?\b|good (?:morning|afternoon|evening|day)\b)|\b(?:nice|pleased|lovely|good|great) to meet you\b|\bmy name is\b|\bi am (?:\w+ )?(?:a |an |one of the |the |your )?(?:\w+ ){0,4}(?:students?|medics?|doctors?|f1|fy1|fy2|physicians?|nurses?|registrars?|house officers?|interns?|residents?|clinicians?|practitioners?)\b(?! (?:said|says|told|think|thinks|thought|gave|give|prescribed|put|did|do|want|wanted|asked|checked|mentioned|found|sent)\b)|^(?![\w\s]*\b(?:said|says|told|gave|give|given|prescribed|did|asked|checked|mentioned|found|sent|think|thought)\b)(?:\w+ here (?:a |an |one of the )?|(?:a|an|one of the) )(?:\w+ ){0,4}(?:students?|medics?|doctors?|f1|fy1|fy2|physicians?|nurses?|registrars?|house officers?|interns?|residents?|clinicians?|practitioners?)(?:\s*$| (?:on|in|at|from|with|working|here|today|for)\b)|\bi am dr\b|\bi will be (?:seeing|talking|speaking|looking after)\b|\b(?:is it|would it be) (?:okay|ok|alright|all right|fine) (?:if|for me to|for us to|to|with you if) (?:i |we )?(?:ask|asked|talk|talked|chat|chatted|take|took|have a|had a|go through|went through|speak|spoke)\b|\b(?:do|would) you mind if (?:i|we) (?:ask|asked|talk|talked|chat|take|took|have a|had a|go through|went through|speak)\b|\b(?:take|took|taking) (?:a )?(?:brief |quick |short )?history\b|\bis (?:now|this) (?:an? )?(?:okay|good|convenient|all right|fine) time\b|\b(?:supervisor|colleague|consultant|chaperone|another student|tutor|examiner)\b[\w\s]{0,20}\b(?:sit|sits|sitting|join|joins|watch|watches|observe|observes|stay|stays|listen|listens)\b|(?:\b(?:are you|would you be)|^(?:(?:and|so) )?) ?(?:happy|okay|ok|all right|alright|comfortable) (?:to|for me to|if i|if we) (?:chat|talk|speak|ask|have a chat|answer)\b|\bcan i (?:ask|have a chat|talk)\b[\w\s]{0,20}\b(?:questions|chat)\b|\bi (?:will |would like to |want to |am going to |would |need to |must |shall |can )?(?:ask|have) (?:you )?(?:some|a few|a couple of|a number of|quite a few|(?:quite )?a lot of|lots of|loads of|several) (?:more )?(?:questions|quick questions)\b|\b(?:is|would) (?:it|that|this) (?:be )?(?:okay|ok|all right|alright|fine) (?:for|with) you\s*$/,
  },
  {
    // "do you mind if I grab a chair and talk to you?": asking consent to talk
    topic: 'greeting',
    re: /\b(?:do|would) you mind (?:me|my) (?:asking|talking|chatting|taking|having)\b|\b(?:take|get|grab|go through) (?:some|a few) (?:details|information|info)\b|\b(?:have|take|borrow|steal) (?:a few|some|a couple of|a little of|a bit of|five|ten|a) (?:minutes?|moments?) of your time\b|\b(?:do you|would you) mind if (?:i|we) (?:\w+ ){0,6}(?:talk|chat|speak|ask you|have a (?:quick )?(?:chat|talk|word)|take a history)\b/,
  },
  {
    // a student introducing their studies: "a student of medicine" names no medicine
    topic: 'greeting',
    re: /\b(?:students?|studying|study|doctors?|degree|year) (?:of |in )?(?:medicine|medication)\b|\b(?:medicine|medication) (?:student|degree|course)\b/,
    blocks: ['medications'],
  },
  {
    // "I'm going to go through some questions about what's been happening": consent to ask, not the opening question
    topic: 'greeting',
    re: /\bi am (?:just )?going to (?:ask|go through) (?:you )?(?:a few|some|a couple of|a number of|a few more|some more)\b|\b(?:ask|asked|asking|go through|going through) (?:you )?(?:a few|some|a couple of|a number of)(?: more| quick| brief)? questions\b/,
    blocks: ['opening'],
  },
  {
    topic: 'identity',
    re: /\byour (?:full |first |last )?name\b|\bwhat (?:should|can|do|shall) i call you\b|\bwhat would you like (?:me |us )?to call you\b|\blike to be called\b|\bwhat do you (?:like|prefer) to be called\b|\bwho (?:am i|i am) (?:speaking|talking) (?:to|with)\b|\bconfirm (?:your )?(?:name|identity|details|date of birth)\b|\bhow old (?:are you|you are)\b|\byou are how old\b|\bwhat name (?:do|would|should|shall|can) (?:you|i)\b|\bwhat do you go by\b|\bhow many years (?:old|of age)\b|\b(?:sur|maiden |first |fore|given |christian )name\b|^(?:and |so )?you are \d{1,3}(?: years old| years of age| now| this year)?(?: is that (?:right|correct)| right| yes| correct)?$|\byour age\b|^(?:(?:and|so|okay|ok|right) )*(?:your )?age\s*$|\byour (?:birthday|date of birth)\b|\bwhat age are you\b|\bdate of birth\b|\bdob\b|\bwhen were you born\b|\bwhat year were you born\b/,
    blocks: ['greeting', 'expectations'],
  },
  {
    topic: 'opening',
    re: /\bsent (?:you )?in\b[\w\s]{0,30}\b(?:why|what for|what about)\b|\bwhy (?:were|have) you (?:been )?(?:sent|referred)\b|\bwhat (?:were|have) you (?:been )?(?:sent|referred) (?:in )?for\b|\bwhat (?:has |is )?(?:brought|brings|bring) you\b|\bbrought you (?:in|here|to|along)\b|\bto bring you (?:in|here|to)\b|\bwhat is the story\b|\bwhat (?:seems to be|is|was|has been) (?:the )?(?:problem|matter|trouble|issue|concern)\b|\bhow can (?:i|we) (?:help|be of help)\b|\bpresenting complaint\b|^(?:(?:so|and|okay|ok|right|now) )*what (?:has|is) happened\s*$|\bwhat can (?:i|we) (?:do|help) (?:for|with) you\b|\bwhat can (?:i|we) help you with\b|\bwhat (?:has been|is|was|has) (?:been )?(?:going on|happening|up)\b|\btell me\b[\w\s]{0,25}\b(?:what|why) (?:has|is|you|brought|happened|made)\b|\bwhy (?:have|did) you (?:come|came|call|decide)\b|\bwhat made you (?:come|call|decide|seek)\b|\bwhat (?:is|was) the (?:main )?reason\b|\bwhat happened\b|\bin your own words\b|\b(?:sent|referred|brought) you (?:in|here|to us|up|along|over)\b|\bwhat is (?:wrong|the matter) (?:today|with you)\b|\bstart (?:from|at) the beginning\b|\bwhat (?:is|are) (?:the |your )?(?:main |presenting )?(?:problem|issue|thing|complaint)s?\b|\bhow (?:are|have) you been (?:feeling )?(?:recently|lately)\b|\bwhat (?:is|has been) (?:bothering|troubling|bugging) you\b|\bwhat (?:is|are) you (?:here|in) (?:for|about)\b|\bwhat (?:are|were) your symptoms\b|\bwhat symptoms\b/,
    blocks: ['smalltalk:how-are-you'],
  },
  // ------------------------------------------------------------ closing moves
  {
    topic: 'summary',
    re: /\bsummari[sz]\w*\b|\bto sum up\b|\brecap\w*\b|(?:\blet me (?:just )?(?:check|make sure|go over|repeat|recap|see if)|\bjust to (?:check|confirm|make sure|clarify|recap)|\b(?:just )?so (?:that )?i (?:understand|am clear|have (?:got )?(?:it|this|that|everything) (?:right|straight)))\b(?!\s*(?:do|are|have|did|can|could|is|were|was|does) (?:you|there|it|they)\b)(?![\w\s]*\b(?:date of birth|dob|your (?:full )?name|how old|your age|your address|right (?:notes|patient|person|records|details|file|chart))\b)|\bhave i got (?:that|this|everything|it|all that|all of that) (?:right|correct)\b|\b(?:check|make sure|see if) (?:that )?i have got (?:everything|it all|all of (?:that|it)|(?:that|this|it) (?:right|correct))\b|\bread (?:back|through|over) (?:to you )?what you have (?:told|said)\b|\bgo (?:back )?over what you have (?:told|said)\b|^(?:(?:okay|ok|right|and) )*so (?:it is|it has been|you have|you have been|you have had|you are|you ve) (?:a |an |the |been |had )?(?!\w+ (?:that|which)\b)[\w\s]+ (?:since|for) (?:this|yesterday|last|the (?:last|past)|a|an|about|\d+|one|two|three|four|five|six|several|a few|a couple)\b(?![\w\s]*\b(?:where|when|what|how|which|why|who|anything|any|or)\b)|^(?:(?:okay|ok|right|so|and) )*so (?:you have|you are|you|it is|it has|pt|patient|the patient|we have|this is)\b(?![\w\s]*\b(?:where|when|what|how|which|why|who|anything|any)\b)[\w\s]* (?:yes|right|correct|yeah|is that (?:right|correct)|am i right)$|\bif i (?:have|can) (?:understood|understand|got)\b|\bso what you are (?:saying|telling me)\b|\bdid i get (?:that|this|everything) right\b|\bis (?:that|this) a fair summary\b|\bin summary\b|\b(?:play|read|run|say) (?:it|that|this|everything|all that|that all|it all) back\b|\bplay back\b|\bto (?:make sure|check) i (?:have )?(?:understood|got (?:that|this|it|everything|all that) right)\b/,
    blocks: ['*'],
  },
  {
    topic: 'anything-else',
    re: /\b(?:have we|did we|have i|did i) (?:covered|cover|gone over|talked about) everything\b|\b(?:is there |was there |have you got |do you have )?anything else(?: at all)?(?: (?:you would|you want|you wanted|you would like|you might want|i should|we should|you think|that you think|on your mind|you are worried|to add|to tell|to mention|you have not mentioned|i have not asked|that is bothering|that you have noticed|we have not|you would like to|you wanted to|that might be))?[\w\s]*$|\b(?:anything|something) (?:else )?(?:i have not asked|we have not (?:covered|discussed|talked))\b|\bhave i missed (?:anything|something)\b|\b(?:anything|something) (?:more |further )?(?:(?:that )?you (?:would like|want|wanted|would want|need|might want|feel you need) to|to) (?:add|mention|share|bring up|raise)\b|\bis there something else\b|\banything (?:i have|we have) (?:missed|forgotten|left out)\b|\bany (?:questions|other questions) for me\b|\b(?:do you have|have you got|are there|is there) (?:any )?(?:other |more |further )questions\b|^(?:(?:and|so|okay|ok|right) )*any (?:other |more |further )?questions(?: for me| at all| before (?:i|we) (?:go|finish|leave|stop))?$|\banything you (?:would like|want|wanted) to ask\b|\bdo you have any questions\b/,
  },
  {
    // "is that everything, or was there something else as well?"
    topic: 'anything-else',
    re: /^(?:(?:and|so|okay|ok|right) )*is that (?:everything|all)\s*$|\bsomething else as well\b/,
  },
  // ------------------------------------------------------------ feelings
  {
    // "has anything about this been keeping you up at night, worry-wise?"
    topic: 'concerns',
    re: /\bworry ?wise\b|\b(?:in terms of|as far as) (?:worries|worry|concerns)\b/,
    blocks: ['symptom:anxiety', 'symptom:poor-sleep', 'anything-else'],
  },
  {
    topic: 'empathy',
    re: /\b(?:that|this|it) (?:sounds|must (?:be|have been)|seems|looks) (?:really |very |so |quite |pretty |incredibly |extremely )?(?:(?:a (?:real |bit of a |big )?)?(?:shock|worry|fright|blow|strain|struggle|nightmare|ordeal)\b|awful|horrible|horrid|terrible|frightening|scary|difficult|hard|painful|worrying|distressing|tough|rough|stressful|upsetting|unpleasant|miserable|uncomfortable|concerning|alarming|exhausting|draining|frustrating|worrisome)\b|\bsorry (?:to hear|you are|you have|you had|that you|about that|about the(?! (?:long )?wait)|for your)\b|\bi am (?:so |really |very )?sorry\b|\bi (?:can|could) (?:only |just |really |totally |completely )?(?:see|imagine|understand|tell) (?:that|how|why|you|this|it|what)\b|\bi understand\b(?! (?:that )?(?:your (?:gp|doctor|family|wife|husband|partner)|the (?:gp|doctor|paramedics?)|you (?:were|have been|came|come|are here)\b))|\bmust (?:have )?(?:be|been) (?:really |very |so )?(?:scary|frightening|worrying|hard|difficult|awful|stressful|upsetting|horrible|a worry)\b|\b(?:do not|try not to|no need to) (?:worry|panic|be scared)\b|\bnothing to (?:worry|be (?:worried|scared|frightened)) about\b|\byou are in (?:the right place|good hands|safe hands)\b|\bwe (?:will|are going to|are here to|can) (?:look after|take (?:good )?care|get to the bottom|sort|do (?:our|everything)|help|find out|make sure|keep you|figure|work)\b|\b(?:thank you|thanks) (?:so much |very much )?for (?:telling|sharing|being(?! patient)|explaining|letting|bearing|answering)\b|\b(?:completely |totally |very )?understandable\b|\bnatural to (?:feel|be)\b|\byou (?:did|have done) the right thing\b|\bit is (?:completely |totally |perfectly |quite |very |really )?(?:okay|ok|all right|normal|natural|understandable) to (?:feel|be)\b|\bi hear you\b(?! (?:have|had|are|were|came|come|got|went|need|needed|been|would|will|fell)\b)|\bpoor (?:you|thing)\b|\bi appreciate (?:that|it|you|how)\b|\bthat is (?:really |very )?(?:hard|tough|difficult|a lot)\b|\bno wonder you\b|\byou (?:must be|are bound to be|seem) (?:very |really |quite |so )?(?:worried|scared|frightened|anxious|upset|uncomfortable|in (?:a lot of |so much |such |terrible |a great deal of )?pain|sore)\b|\bi can see you are\b|\bcan not (?:have been|be) easy\b|\bbeen through (?:a lot|so much|the wars)\b|\byou are doing (?:really |very |so )?well\b|\bwell done (?:for|on)\b|\bcoping with (?:a lot|so much|such a lot)\b|\bnot (?:been )?easy (?:for you)?\b|\bhow are you (?:coping|holding up)\b|\bwe will (?:get you|give you) (?:something|some)\b/,
    blocks: ['symptom:anxiety', 'symptom:low-mood'],
  },
  {
    // "it sounds like you've had a really tough time of it"; condolences name a relative but ask nothing
    topic: 'empathy',
    re: /\b(?:sounds|seems|looks) like (?:you|it|this|that|things)\b[\w\s]{0,30}\b(?:tough|hard|difficult|rough|awful|horrible|terrible|stressful|scary|frightening|worrying|upsetting|miserable) (?:time|few|couple|week|month|year|day|night|period|spell|patch|journey)\b|\b(?:a|such a|really|very|so) (?:tough|hard|difficult|rough) (?:time|patch|few)\b|\bsorry (?:to hear )?(?:about |for |that )?(?:your|the) (?:loss|(?:\w+ ){1,2}(?:passing|death|dying|loss|passed away|passed|died))\b|\bcondolences\b/,
    blocks: ['family', 'symptom:anxiety', 'symptom:low-mood'],
  },
  {
    // what the patient has been through, and reassurance: "it sounds like you've been coping with an
    // awful lot", "we'll do everything we can to find out what's going on"
    topic: 'empathy',
    re: /\b(?:sounds|seems) like you have been (?:coping|dealing|struggling|putting up|going through|carrying)\b|\b(?:coping|dealing|struggling) with (?:an awful lot|a lot|so much|such a lot)\b|\bi can hear (?:that|how|you)\b|\bwe will do (?:everything|all|our best|whatever) (?:we can )?\b|\bwe will get to the bottom of\b/,
    blocks: ['opening', 'family', 'symptom:anxiety', 'symptom:low-mood'],
  },
  {
    topic: 'smalltalk',
    target: 'rude',
    re: /\bhurry up\b|\bget on with it\b|\bjust answer\b|\bstop (?:wasting|rambling|talking|going on|crying|moaning|complaining|whining|being|worrying|fussing|making)\b|\bi (?:do not have|have not got|have no) (?:all day|time for)\b|\bwhatever\b|\bcalm down\b|\byou are (?:overreacting|being (?:dramatic|silly|ridiculous|difficult)|wasting|exaggerating)\b|\bman up\b|\b(?:it is|that is) (?:probably )?(?:just |only )?nothing\b(?! personal)|\bpull yourself together\b|\bbe quick\b|\b(?:that is|you are|this is) (?:stupid|ridiculous|silly|pathetic)\b|\bshut up\b|\bi do not care\b|\bnot my problem\b|\bget a grip\b|\bstop it\b|\bfor goodness sake\b|\bseriously\b/,
    blocks: ['empathy'],
  },
  // ------------------------------------------------------------ small talk
  {
    topic: 'smalltalk',
    target: 'how-are-you',
    re: /^(?:and |so |okay |right )?how are (?:you|things)(?: doing| feeling| today| keeping| getting on| at the moment| now)*$|\bhow (?:do|are) you feel(?:ing)?(?: today| now| at the moment| right now)?$|\bare you (?:okay|all right|comfortable|feeling (?:okay|all right))(?: there| at the moment| now| sitting there)?$/,
  },
  {
    topic: 'smalltalk',
    target: 'comfort',
    re: /\b(?:would you like|can i get you|do you need|do you want|shall i get you|could i get you)\b[\w\s]{0,12}\b(?:water|drink|tea|coffee|blanket|pillow|tissue|anything|glass|sick bowl|chair)\b|\bare you comfortable\b|\bcomfortable (?:enough|sitting)\b|\bcomfy\b/,
    blocks: ['alcohol', 'smalltalk:how-are-you'],
  },
  {
    topic: 'smalltalk',
    target: 'thanks',
    re: /^(?:(?:okay|ok|right|great|lovely|perfect|brilliant|fine|good|cool|excellent) )*(?:thank you|thanks|cheers|ta)(?: very much| so much| a lot)?(?: for (?:that|answering|your time|your help|all that))?$|^(?:okay |right )?(?:that is|that was|you have been) (?:really |very |so )?(?:helpful|useful|great)(?: thank you| thanks)?$|\b(?:thank you|thanks|cheers) (?:so much |very much )?for (?:waiting|your patience|being patient)\b|\bsorry (?:for|about) (?:the|your) (?:long )?wait(?:ing)?\b|\bsorry (?:to keep|for keeping|i kept|we kept) you waiting\b|\bsorry you (?:have )?(?:had to )?wait(?:ed)?\b/,
  },
  {
    // the wait is rapport, not empathy: "sorry you've had such a long wait"
    topic: 'smalltalk',
    target: 'thanks',
    re: /\bsorry (?:that )?(?:you have |you )?(?:had )?(?:to wait|such a (?:long )?wait|a (?:long )?wait|been (?:kept )?waiting)\b|\bsorry (?:about|for) (?:the |your |such a |all the )?(?:long |bit of a )?(?:wait|delay)\b/,
    blocks: ['empathy'],
  },
  {
    topic: 'smalltalk',
    target: 'pet',
    // "any pets, like birds?": a pet bird is the bird exposure, not rapport
    re: new RegExp(
      // (the look back for a bird is made after a match, not at every position: it scans the whole clause)
      `(?:\\b(?:any|have|got|own|keep)\\b[\\w\\s]{0,10}\\b(?:pets?|dogs?|cats?|animals)\\b|\\bpets?\\b|\\byour (?:dogs?|cats?|puppy|kitten|pets?)\\b)(?<!${PET_BIRD}[\\w\\s]*)(?![\\w\\s]*${PET_BIRD})`,
    ),
    blocks: ['exposure:birds'],
  },
  {
    topic: 'smalltalk',
    target: 'hobby',
    re: /\bdo you (?:like|enjoy|love|do (?:any|much)|play|follow)\b (?:any )?(?:gardening|reading|knitting|fishing|golf|music|crosswords|puzzles|films|movies|dancing|singing|painting|swimming|cycling|walking|bowls|bingo|cooking|baking|football|cricket|rugby|tennis|sport|the garden)\b|\bhobb(?:y|ies)\b|\bfor fun\b|\b(?:free|spare) time\b|\btime off\b(?! (?:work|sick|school|college|uni)\b)|\blike to do\b|\binterests\b|\benjoy doing\b|\bpastimes?\b|\bkeep (?:yourself )?busy\b|\bdo at (?:the )?weekends?\b/,
  },
  {
    topic: 'smalltalk',
    target: 'breakfast',
    re: /\bbreakfast\b|\beaten (?:today|this morning)\b|\bwhen did you last eat\b|\blast (?:meal|thing you ate)\b|\b(?:have|had) (?:anything )?to eat (?:today|this morning)\b|\bwhat did you (?:eat|have) (?:for|this|today)\b|\blunch\b/,
  },
  {
    topic: 'smalltalk',
    target: 'children',
    re: /\b(?:do you have|have you got|got any|any) (?:children|kids|grandchildren|grandkids|sons?|daughters?|family of your own)\b|\bare you a (?:mum|dad|parent|grandparent|granny|grandad)\b/,
    blocks: ['family'],
  },
  {
    topic: 'smalltalk',
    target: 'chat',
    re: /\bweather\b|\bhow was your (?:weekend|journey|trip here|morning|day)\b|\bdid you (?:find|get here)\b|\bparking\b|\bfootball\b|\bsports?\b|\bsupport (?:a|any) team\b|\bthe match\b|\bon (?:tv|telly|television)\b|\bwhere are you from\b|\bwhat do you think of\b[\w\s]{0,10}\b(?:weather|food|hospital)\b|\b(?:hospital|ward) food\b|\bthe food (?:here|on the ward|been like|like here|any good)\b|\bnice (?:day|weather)\b|\bhow did you get (?:here|in)\b|\bwho (?:came|is here) with you\b|\bis anyone with you\b|\bcome (?:here )?on your own\b/,
    blocks: ['exposure', 'living'],
  },
  {
    // rapport about the day rather than the illness: weather, the journey, the wait, the ward, plans
    topic: 'smalltalk',
    target: 'chat',
    re: /\b(?:raining|snowing|pouring|drizzling|sunny|windy|foggy|sunshine)\b|(?<!\b(?:when|if|in) (?:it is |it gets |the weather is )?(?:really |very |too )?)\b(?:cold|hot|warm|wet|grim|miserable|lovely|nice|chilly|nippy|muggy|freezing|boiling|baking|roasting|scorching|bitter|baltic) (?:out there|outside|out today)\b|\b(?:bit|a bit|rather|quite) (?:chilly|nippy|muggy|warm|hot|cold|wet|windy|grey|miserable) (?:today|out|outside|this morning|out there)\b|\b(?:come|travel\w*|drive|drove) far\b|\bcome a long way\b|(?<!\b(?:one of the|i am a|i am the|i am your|i am one of your) )\b(?:nurses|staff|they|everyone) (?:been )?(?:looking after|treating|taking care of) you\b|\bwait(?:ed)? (?:long|ages|a while)\b|\bto be seen\b|\b(?:lovely|nice|beautiful|glorious|horrible|miserable|grim|grey|gloomy|wet|cold|hot|sunny|rainy) (?:day|morning|afternoon|evening|weather)\b|\bhow was (?:your|the) (?:weekend|journey|trip|drive|bus|train|traffic|holiday|christmas|break)\b|\bjourney (?:in|here|over|today)\b|\b(?:far|long|a way) to (?:travel|go|get|drive) (?:home|back)\b|\b(?:getting|get|travel\w*|going) (?:back )?home (?:afterwards|later|after this|today|tonight)\b|\bdid you (?:manage to |have (?:any )?trouble |struggle to )?(?:find|finding|get here|getting here)\b|\bfind (?:us|the (?:ward|clinic|department|hospital|place|room|unit))\b|\b(?:have you been|were you|been) waiting\b|\bwaiting (?:long|room|area|around|ages)\b|\bkept you waiting\b|\b(?:anything|something) (?:nice|fun|exciting|good|special) (?:planned|on|coming up|lined up)\b|\bplans? for the (?:weekend|holidays|summer|christmas|evening)\b|\bhow (?:are|have) you (?:been )?finding (?:the |it |being )?(?:ward|hospital|food|staff|bed|stay|here|things|in hospital)\b|\bhow is the (?:food|bed|ward|hospital)\b|\bwhat is the (?:food|bed|ward|hospital|tea|coffee) like\b|\bthe (?:hospital )?food (?:like )?(?:on|in|here)\b|\bdid you (?:catch|see|watch) the (?:football|match|game|news|rugby|cricket|tennis|race)\b|\bjokes?\b|\bmake you laugh\b|\btraffic\b|\bon the way (?:in|here|over)\b|\b(?:get|got|had|have|grab|make|made|bring|brought|want|fancy|manage) (?:to (?:get|have|grab) )?(?:you )?(?:a |another )?(?:cup of (?:tea|coffee)|cuppa|brew|hot drink)\b/,
    blocks: ['exposure', 'living', 'surgery', 'opening'],
  },
  {
    // the day, the wait, a laugh, a photo: "how's your day going?", "apologies for the wait, it's been manic"
    topic: 'smalltalk',
    target: 'chat',
    re: /\bhow is your (?:day|morning|afternoon|evening|week|weekend) (?:going|been)\b|\bapologies for (?:the|your|keeping you) (?:long )?wait\w*\b|\b(?:it is|it has been) (?:(?:absolutely|so|really|very|a bit|mad|crazy) )?(?:manic|mad|hectic|crazy|chaos|chaotic|busy|rammed|heaving) (?:today|here|this morning|this afternoon|on the ward|in here|in the department)\b|^(?:(?:ha)+|fair enough)(?: (?:ha)+| fair enough| lol)*\s*$|^lol (?:(?:ha)+|fair enough)(?: (?:ha)+| fair enough| lol)*\s*$|\bin the (?:photo|picture|photograph)\b/,
    blocks: ['exposure', 'living', 'family', 'opening'],
  },
  {
    // compliments and visitors: "lovely cardigan, did you knit it?", "are the flowers from your family?"
    topic: 'smalltalk',
    target: 'chat',
    re: /\b(?:lovely|nice|beautiful|great|cool|gorgeous|pretty|smart|fabulous) (?:cardigan|jumper|top|dress|shirt|scarf|hat|shoes|trainers|watch|ring|necklace|earrings|glasses|flowers|cards?|jacket|coat|bag|book|hair|tattoos?|socks|slippers|dressing gown|pyjamas|view|room|name)\b|\b(?:flowers|cards?|balloons|grapes|chocolates) (?:are|is|look) (?:so |really )?(?:lovely|beautiful|nice|gorgeous)\b|\bdid you (?:knit|make|sew|paint|bake|draw)\b|^i (?:like|love) your\b|\b(?:are|were) (?:they|these|those|the flowers|the cards) from\b|\b(?:are|were|is) (?:those|these|the|all those|all these|your|that|this) (?:lovely |beautiful )?(?:cards?|flowers|balloons|grapes|chocolates|presents|gifts|pictures|drawings|photos?)\b(?: [\w\s]{0,25})? from\b|\bvisit(?:ing|ed|s)? you\b|\b(?:been|come|came) (?:in )?to (?:see|visit) you\b|\b(?:had|have|get|getting) (?:many |any |lots of )?visitors\b|\bwho (?:brought|drove) you\b|\b(?:come|came) (?:in )?with you\b/,
    blocks: ['family', 'exposure', 'living'],
  },
  // ------------------------------------------------------------ social history
  {
    topic: 'occupation',
    re: /\bwhat do you do\s*(?:for (?:a )?(?:living|work|job|money))?\s*$|\bwhat do you do for (?:a )?(?:living|work|job)\b|\bwhat (?:is|was) your (?:job|occupation|work|profession|line of work|trade|career)\b|\b(?:are|were) you (?:working|employed|retired|in work|at work|still working|a student|studying)\b|\bdo you (?:work\b(?! (?:with|around|near|in (?:a |an )?(?:dusty|noisy)))|have a job\b)|\bwhere do you work\b|\b(?:jobs?|work) (?:have|did) you (?:had|have|do|done)\b|\bwhat (?:jobs|work) have you (?:had|done)\b|\bwhat (?:kind|sort|type|line) of (?:work|job)\b|(?<!\b(?:affect\w*|impact\w*|interfer\w* with|stop\w*|keep\w* you from|kept you from|get in the way of|getting in the way of) (?:you (?:from )?(?:doing |going to )?)?)\byour (?:job|occupation|employment|profession|work)\b|\bwhat did you (?:do|use to do) (?:for work|before you retired|for a living|as a job)\b|\boccupation\w*\b|\bwhat work do you do\b|\boff work\b|\boff sick\b|\bfor a living\b|\bwhat did you (?:use|used) to do\b|\bjob\b|\bemploy\w*\b|\bretired\b/,
    blocks: ['living'],
  },
  {
    // "is your job physical, or are you sat at a desk?": the kind of work is the job
    topic: 'occupation',
    re: /\b(?:sit|sat|sitting) (?:at|behind) a desk\b|\bdesk (?:job|work|based)\b|\b(?:office|manual|physical|active|sedentary) (?:job|work)\b|\b(?:job|work) (?:is )?(?:physical|manual|active|sedentary)\b|^(?:or )?(?:are you|you are) on your feet(?: all day| a lot| at work)?$/,
    blocks: ['living'],
  },
  {
    // "are you at uni or working?", "what is it you do?", "…and whether you're still working"
    topic: 'occupation',
    re: /\bwhat is it (?:that )?you do\b(?! (?:when|if|to|for (?:it|the|your)))|\bwhether you are (?:still )?(?:working|employed|retired|at work|in work)\b|\bare you (?:at|in) (?:uni|university|college|school)\b/,
  },
  {
    // who is around to help: "is it just you at home?", "any family close by who pop in?"
    topic: 'living',
    re: /\b(?:just|only) you (?:at home|in the house|there)\b|\bis (?:it|there) (?:just|only) you\b|\bwhere(?:abouts)? are you (?:living|staying)\b|\b(?:people|anyone|anybody|family|friends|someone|somebody) (?:around you|close by|nearby|near by|local)\b|\b(?:pop|pops|popping|drop|drops) in\b|\b(?:get|getting) (?:out )?to the shops\b|\b(?:does|do) (?:someone|somebody|anyone|anybody) (?:else )?do (?:that|it|them|this) for you\b/,
    blocks: ['family'],
  },
  {
    // "a house, a flat, any stairs?": the kind of home, when nothing else is asked ("puffed out going
    // up the stairs at home?" asks the breathlessness)
    topic: 'living',
    re: /\b(?:a|an) (?:house|flat|bungalow|apartment|maisonette|care home|nursing home)\b|\bany stairs\b|\bstairs (?:at|in your) (?:home|house)\b|\b(?:get|getting|go|going|manage|managing|climb|climbing) up (?:the |your )?stairs\b/,
    weak: true,
  },
  {
    // "how are you getting on at home generally?": how the household copes, not a general review
    topic: 'living',
    re: /\b(?:getting on|managing|coping|doing|getting by) (?:at home|with things at home|on your own at home|(?:on your own|by yourself) at home)\b/,
    // "how are you coping at home?" asks after the household, not how the patient feels
    blocks: ['ros:general', 'empathy'],
  },
  {
    topic: 'living',
    re: /\bwho (?:do you|else) live\b|\bwho (?:is|lives) (?:at home|with you)\b|\blive (?:alone|on your own|by yourself|with anyone|with somebody|with someone|with (?:your )?(?:family|partner|wife|husband|kids|children|parents))\b|\bliving (?:situation|arrangements?|alone|on your own|circumstances)\b|\bhome (?:situation|life|circumstances|set ?up|environment)\b|\bwhere do you live\b|\b(?:do|manage|cope with|get on with|doing) (?:all )?(?:your own |your |the )?(?:shopping|cooking|cleaning|housework|washing)\b|\b(?:anyone|anybody|somebody|someone|carers?|family) (?:to )?(?:help|helps|helping|come in to help) (?:you )?(?:at home|out at home|with (?:the )?(?:shopping|cooking|cleaning|washing|dressing|housework))\b|\bdo you live\b|\bwhat (?:kind|sort|type) of (?:house|home|accommodation|property|place)\b|\b(?:house|flat|bungalow) or\b|\bmanage (?:at home|on your own|the stairs|day to day|by yourself|your)\b|\bmanag\w* (?:\w+ )?(?:at home|on your own|by yourself|day to day)\b|\b(?:any|have) (?:help|support|carers?) (?:at home|coming in)\b|\bdo you have (?:any )?(?:help|carers|support)\b|\bindependent\w*\b|\blook after yourself\b|\b(?:anyone|someone|anybody|somebody) (?:at home(?! (?:said|says|noticed|commented|told|mentioned|thinks?|thought)\b)|looking after you|to help)\b|\bwho does your (?:shopping|cooking)\b|\bactivities of daily living\b|\bat home (?:with|alone)\b|\b(?:what|how) is (?:your |it at )?home (?:life )?like\b|\bhome like\s*$|\b(?:get|getting|go|going|walk|walking) up and down (?:the )?stairs\b|\bmanage (?:the )?stairs\b|\bwho is at home\b|\bdo you drive\b|\bcarer\b|\bwho looks after\b|\bwho (?:helps|does|cooks|cleans|shops)\b|\b(?:help|helps|helping|manage|managing|cope|coping|struggl\w*|difficult\w*|trouble) (?:you )?(?:with )?(?:things like |tasks like |stuff like |the |your )?(?:washing|dressing|bathing|showering|cooking|cleaning|shopping|housework|getting (?:about|around|dressed|washed)|personal care)\b|\bwash(?:ing)? and dress\w*\b|\b(?:anyone|someone|anybody|somebody) (?:at home |around |nearby )?(?:who can|to) (?:keep an eye|check|look after|help|stay)\b|\bkeep an eye on you\b|\bcheck (?:in )?on you\b|\bwalking (?:stick|frame|aid)s?\b|\bzimmer\b|\bframe (?:at home|to walk|for walking)\b|\bwheelchair\b|\bmobility (?:aids?|scooter)\b|\brollator\b|\bstair ?lift\b|\bgrab rails?\b|\b(?:package of care|care package)\b|\bsocial (?:services|workers?|care)\b|\bhome help\b|\bmeals on wheels\b|\bdistrict nurses?\b/,
  },
  {
    topic: 'smoking',
    re: /\bsmok\w*\b|\bcig(?:arette|arettes|s|ar|ars)?\b|\btobacco\b|\broll ups?\b|\bvap(?:e|es|ing|er)\b|\be cig\w*\b|\bnicotine\b|\bpack years?\b|\bpacks? a day\b/,
  },
  {
    topic: 'alcohol',
    re: /\balcohol\w*\b|\bdrink(?:s|er|ers|ing)?\b|\bdrank\b|\bbooze\b|\bgrog\b|\bbevv(?:y|ies)\b|\btinnies\b|\bunits?\b|\bpints?\b|\bbeers?\b|\bwine\b|\bspirits\b|\bwhisk(?:e)?y\b|\bvodka\b|\bgin\b|\blager\b|\bcider\b|\bpub\b|\bbinge\w*\b|\btipple\b|\bhangover\b|\bteetotal\b/,
  },
  {
    // "do you take anything that isn't prescribed, just for fun?"
    topic: 'drugs',
    re: /\b(?:take|taking|taken|use|using|used|tried|try) (?:anything|something|any)\b[\w\s]{0,30}\b(?:for fun|to get high|recreationally|at parties|on a night out)\b/,
    blocks: ['medications', 'smalltalk:hobby'],
  },
  {
    // "anything that isn't prescribed, like weed?": what is not prescribed is the recreational drug
    topic: 'drugs',
    re: /\bdrugs? (?:that |which )?(?:were |was |are |is |had been |have been )?(?:not|never) (?:been )?prescri\w*\b|\b(?:not|non) (?:been )?prescri\w*\b[\w\s]{0,30}\b(?:weed|cannabis|marijuana|skunk|cocaine|coke|heroin|ecstasy|mdma|speed|ketamine|street|recreational\w*|party|illegal|illicit|to get high|for fun)\b/,
    blocks: ['medications'],
  },
  {
    topic: 'drugs',
    re: /\brecreational\b|\bstreet drugs?\b|\billegal\b|\billicit\b|\bparty drugs?\b|\bcannabis\b|\bweed\b|\bmarijuana\b|\bskunk\b|\bcocaine\b|\bcoke\b|\bcrack\b|\bheroin\b|\becstasy\b|\bmdma\b|\bspeed\b|\bamphetamines?\b|\bketamine\b|\blegal highs?\b|\bdrugs? (?:use|habit|users?)\b|\b(?:use|used|using|take|taken|taking|do|done|tried) (?:any )?(?:other )?drugs\b(?! (?:for|from) (?:your|the|a)\b)|\bsubstances?\b|\binject(?!ions?\b)\w*\b|\bneedles?\b|\bsmoke anything (?:else|other)\b|\bdrugs\s*$/,
  },
  // ------------------------------------------------------------ medical history
  {
    topic: 'medications',
    re: /\bmiss(?:ed|ing)? (?:a |any |the |your |some )?(?:doses?|tablets?|pills?|medicines?|medications?)\b|\bas prescribed\b|\bsometimes miss\b|\bforget (?:to take )?(?:them|it|your tablets)\b|\bmedications?\b|\btablets?\b|\bpills?\b|\bprescri\w*\b|\binhalers?\b|\binjections?\b|\binsulin\b|\bover the counter\b|\bherbal\b|\bsupplements?\b|\bvitamins?\b|\bremed(?:y|ies)\b|\bdrug history\b|\bon any drugs\b|\bany drugs (?:for|from|that)\b|\bblood thinners?\b|\bwater tablets?\b|\bstatins?\b|\bcreams?\b|\bpatches\b|\bwhat do you take\b|\bpharmacy\b|\bchemist\b|\bdrugs (?:for|from) (?:your|the) (?:doctor|gp)\b|\bregular drugs\b|\bdrugs (?:do|are) you (?:take|on)\b|\bwhat drugs\b|\b(?:take|taking|takes|taken|on|using|use|prescribed) (?:anything|something|(?:any )?(?:medicines?|medications?|tablets?|pills?|treatment)) (?:\w+ )?for\b|\bwhat do you (?:take|use) for\b|\b(?:take|taking|use|using|on) (?:anything|something) (?:\w+ )?(?:to help|to get you|to make you|to stop|to calm|to settle|to keep)\b|\b(?:anything|something) (?:to take )?(?:to|for) (?:calm|settle|steady) (?:your |the )?nerves\b/,
  },
  {
    // "are you on anything?": a medication question only when nothing more specific is asked
    topic: 'medications',
    re: /\b(?:on|taking|take|takes|taken|use|using) (?:anything|something|regular\w*|any regular|any at all)\b|\b(?:are you|you are) on (?:anything|any)\b|\btake regularly\b/,
    weak: true,
  },
  {
    topic: 'allergies',
    re: /\bwhat happens (?:to you )?(?:when|if) you (?:take|have|are given|eat|get)\b|\ballerg\w*\b|\breact(?:ion|ions)? to\b|\bbad reaction\b|\bwhat (?:sort|kind|type) of reaction\b|\breaction (?:did|do) you (?:have|get)\b|\breact(?:ed|s)? badly\b|\b(?:bad|nasty|funny) reactions?\b|\bintoleran\w* (?:to|of)\b|\banaphyla\w*\b|\bnkda\b|\bsensitive to (?:any )?(?:medications?|drugs|antibiotics|penicillin)\b|\bside effects? (?:from|to|with)\b|\bdisagree\w* with you\b|\b(?:brought|brings?|bring) you out in\b|\b(?:medicines?|medications?|tablets?|pills|drugs?|antibiotics?|foods?)\b[\w\s]{0,25}\bout in\b/,
    blocks: ['medications', 'symptom:rash'],
  },
  {
    topic: 'pmh',
    re: /\bpast medical\b|\bmedical (?:history|background|problems?|conditions?|issues?|illness\w*)\b|\b(?:other|previous|past|ongoing|long term|long standing|chronic|existing|known|underlying|serious) (?:medical |health )?(?:problems|conditions|illness\w*|issues|diagnoses|diseases)\b|\bhealth (?:problems|conditions|issues|history)\b|\b(?:been|stayed|admitted) (?:in|into|to) hospital (?:before|in the past|previously|ever|recently|lately|in the last|this year)\b|\bever (?:been )?(?:in|admitted to) hospital\b|\b(?:been|ever been|were you|are you) diagnosed\b|\bdiagnosed with\b|\b(?:ever|previously|before) (?:been )?(?:in|admitted to|stayed in) hospital\b|(?<!\b(?:long|lengthy|prolonged|extended|long term|longer) )\bhospital (?:admissions?|stays?)\b|\badmitted (?:to hospital )?before\b|\b(?:been|being) admitted\b|\badmitted to (?:hospital|a ward)\b|\b(?:being|been|are you) treated for (?:anything|any)\b|\b(?:see|seeing|seen|sees) (?:a|the|your|any) (?:doctor|gp|specialist|consultant)s? (?:for|about|regularly)\b|\b(?:see|seeing|seen|sees) (?:anyone|anybody|someone|somebody) (?:at|in) (?:the )?(?:hospital|clinic|outpatients)\b|\b(?:see|seeing|go to|going to|attend\w*) (?:a |any |the )?(?:hospital |specialist )?clinics? (?:regularly|for)\b|\bknown to (?:any|a|the) (?:specialists?|consultants?|clinics?|services?|teams?|doctors?)\b|\bunder (?:a|any|the|any of the) (?:specialists?|consultants?|clinics?|doctors?|hospital|teams?|care of)\b|\bfit and (?:well|healthy)\b|\bgenerally (?:well|healthy|fit)\b|\b(?:any|other) illnesses\b|\b(?:told|said) (?:you|that you) (?:have|had)\b(?! (?:seemed|looked|sounded|appeared|been (?:acting|looking|seeming)))|\bhistory of\b(?! (?:any )?(?:drugs?|alcohol|smoking|substance|drinking|injecting|recreational|iv drug)\b)|\busually (?:healthy|well|fit)\b|\bhealthy (?:normally|usually|otherwise)\b|\b(?:normally|usually|otherwise) (?:fit|healthy|well)\b(?! in yourself)|(?<!\bin yourself\b[\w\s]*)\bapart from (?:this|that|today)\b(?![\w\s]*\bin yourself\b)|\bwith your health\b|\bin the past\b[\w\s]{0,15}\b(?:problems|illness|conditions)\b|\bsuffer from anything\b|\bany conditions\b|\bmedically\b|\bpmh\b/,
  },
  {
    topic: 'surgery',
    re: /\boperations?\b|\bsurger(?:y|ies)\b|\bsurgical\b|\boperated on\b|\b(?:had|have) anything (?:removed|taken out)\b|\bprocedures?\b|\bunder the knife\b|\b(?:general )?(?:anaesthe|anesthe)(?:tics?|sia)\b|\bops?\b|\bkeyhole\b|\bstents?\b|\bbypass\b|\bappendix out\b/,
  },
  {
    // named operations: "had your gallbladder out?", "a hip replaced?", "any caesareans?"
    topic: 'surgery',
    re: /\B(?:ectom|otom|plast)(?:y|ies)\b|\b(?:appendix|gall ?bladder|tonsils|adenoids|womb|uterus|ovar(?:y|ies)|spleen|wisdom teeth|cataracts?|varicose veins|thyroid|prostate|kidney|breast|piles|haemorrhoids)\b[\w\s]{0,15}\b(?:out|removed|taken out|operated on|done)\b|\b(?:hip|knee|shoulder|joint|valve)s? (?:\w+ )?(?:replaced|replacements?|operations?|repair\w*)\b|\b(?:had|have) (?:anything|any joints?|any parts?) replaced\b|\bcaesareans?\b|\bhernia (?:repair|operation|op|fixed|mended)\b|\bpacemaker\b|\btransplant\w*\b|\bamputat\w*\b|\bcabg\b/,
  },
  {
    topic: 'family',
    re: /\bfamil(?:y|ies)\b|\b(?:run|runs|running|ran) in\b|\brelatives?\b|\b(?:mum|mother|dad|father|parents?|brothers?|sisters?|siblings?|grand(?:parents?|mother|father|ma|pa|mum|dad)|aunts?|uncles?|cousins?)\b|\bblood relatives?\b|\bhereditary\b|\binherit\w*\b|\bgenetic\b|\bin the family\b|\bfhx\b/,
    blocks: ['pmh', 'symptom', 'smoking', 'alcohol', 'ros'],
  },
  {
    topic: 'pregnancy',
    target: 'pregnant',
    re: /\bpregnan\w*\b|\bexpecting (?:a baby|a child)\b|\b(?:could|might|may) you be expecting\b|^(?:and |so )?are you expecting(?: at the moment| currently| at all)?$|\bchance (?:that )?you (?:could|might) be\b|\bbaby\b|\bmiscarriage\w*\b|\b(?:given|give|gave|giving) birth\b|\b(?:possibility|possible|chance|likelihood|any way) (?:that )?you (?:are|could be|might be|may be) expecting\b|\bbreast ?feed\w*\b|\bpostpartum\b|\bpostnatal\b/,
    blocks: ['symptom:missed-period', 'expectations'],
  },
  {
    topic: 'pregnancy',
    target: 'periods',
    // a period missed or late is the symptom ("have you missed a period?"), not the menstrual history
    re: /(?<!\b(?:missed|miss) (?:a |your |any )?)\bperiods?\b(?! (?:is |been |has been )?late\b)(?! of (?:time|being|immobil\w*|inactivity|bed ?rest|rest|sitting|lying|travel\w*|not (?:moving|walking|getting)|illness|sickness|stress|unemployment|confusion)\b)|\bmenstrua\w*\b|\blmp\b|\bmenopaus\w*\b|\bthe change\b|\btime of the month\b|\b(?:your|menstrual|monthly|period) cycles?\b/,
    blocks: ['symptom:missed-period'],
  },
  {
    topic: 'pregnancy',
    target: 'contraception',
    re: /\bcontracepti\w*\b|\b(?:the|on the|a) pill\b|\bcoil\b|\biud\b|\bimplant\b|\bdepo\b|\bmorning after\b|\bbirth control\b|\bthe patch\b|\bprotection\b/,
    blocks: ['medications'],
  },
  // ------------------------------------------------------------ ideas, concerns, expectations
  {
    // "…or is there something else you suspect?": the patient's own suspicion, not anything else to add
    topic: 'ideas',
    re: /\b(?:anything|something)(?: else)? (?:that )?you (?:suspect|think (?:it )?(?:is|might be|could be))\b|\bdo you suspect\b/,
    blocks: ['anything-else'],
  },
  {
    topic: 'ideas',
    re: new RegExp(
      `\\b(?:own )?ideas? (?:about|of|as to) what\\b|\\bwhat (?:do|did) you ${THINK}\\b[\\w\\s]{0,30}\\b(?:going on|causing|cause|wrong|is|might|could|it|this|behind|happening|be)\\b|\\bwhat (?:do|did) you ${THINK}\\s*$|\\b(?:any|have you (?:got|had) any|do you have any) (?:ideas?|thoughts|theories|theory)\\b(?! (?:of|about) (?:harm\\w*|hurt\\w*|suicide|ending|self|killing|taking your|not wanting|death|dying))|\\b(?:have|had) you (?:had any thoughts|thought about what|wondered|got any idea|any idea)\\b|\\b(?:anything|something) (?:that )?you ${THINK} (?:it|this|that) (?:could|might|may|would) be\\b|\\b(?:do|did) you (?:have any idea|know) what\\b[\\w\\s]{0,20}\\b(?:wrong|going on|causing|is|it)\\b|\\bwhat is your (?:own )?(?:understanding|theory|take|view)\\b|\\bhave you (?:read|looked|googled|searched)\\b|\\bwhat (?:do|did) you (?:make|put it down) (?:of|to)\\b|\\byour (?:own )?(?:ideas?|thoughts) (?:about|on|as to)\\b|\\bwhat might be (?:going on|causing)\\b|\\bdo you ${THINK} (?:it is|it might|it could|you are|you might|this is|this could|you have)\\b|\\bwhat (?:would|could) (?:it|this) be\\b|\\b(?:suggested|said|told you|mentioned|thinks?|thought) (?:to you )?what (?:it|this|that) (?:might|could|may) be\\b|\\bany idea (?:what|why)\\b|\\bdo you know what is (?:wrong|happening|going on)\\b|\\bwhat (?:is|are) (?:you|your) thinking\\b|\\bcrossed your mind\\b|\\byour (?:own )?(?:feeling|sense|hunch|gut feeling|instinct) (?:about|on|is)\\b|\\bwhat (?:is|was) your (?:own )?(?:feeling|sense|hunch|gut feeling)\\b|\\b(?:do|did) you ${THINK}\\s*$|\\bam i (?:having|going to)\\b|\\blook(?:ed|ing|s)? (?:things|it|anything|this|that|symptoms|them) up\\b|\\bonline\\b|\\bgoogl\\w*\\b|\\binternet\\b|\\byou ${THINK}\\b[\\w\\s]{0,25}\\b(?:brought (?:this|it|them) on|caused (?:this|it|them)|causing (?:this|it|them)|triggered (?:this|it|them)|to blame)\\b`,
    ),
    blocks: ['opening'],
  },
  {
    topic: 'concerns',
    re: /\b(?:is there |are there )?(?:anything|something) (?:in particular |specific |specifically )?(?:that is |that )?(?:worrying|concerning|bothering|scaring|frightening) you\b|\bwhat (?:is|are) (?:your|you) (?:main |biggest |greatest |particular |specific |most )?(?:worr(?:y|ies)|concerns?|fears?)\b|\bare you (?:worried|concerned|scared|frightened|afraid)\b|\bwhat (?:worries|concerns|scares|frightens|bothers) you\b|\bwhat is (?:worrying|concerning|bothering|scaring|frightening) you\b|\bhow (?:are|do) you feel(?:ing)? about (?:all )?(?:this|it|that|what|everything|things|coming|being|going|having)\b|\bwhat (?:are|were) you (?:most )?(?:worried|concerned|scared|frightened|afraid)\b|\b(?:any|have you (?:got|had) any|do you have any) (?:particular |specific |other |real |big |major |special )?(?:worr(?:ie|y)s|concerns|fears)\b|\bworried (?:about|that|it)\b|\bconcerned (?:about|that|it)\b|\bbiggest (?:worry|fear|concern)\b|\bwhat is on your mind\b|\byour (?:main )?(?:worry|concern|fear)s?\b|\bmost (?:worried|concerned|scared) about\b|\bafraid (?:of|that|it)\b|\bscared (?:of|that|it)\b|\b(?:anything|something|it|this|that)\b[\w\s]{0,20}\b(?:frighten|frightens|scare|scares|worry|worries) you\b/,
    blocks: ['symptom:anxiety', 'anything-else'],
  },
  {
    topic: 'concerns',
    re: /\b(?:is|are) (?:anything|something|it|this|that|any of (?:this|it))\b[\w\s]{0,20}\b(?:worrying|concerning|scaring|frightening|troubling) you\b|\b(?:playing|weighing|preying) on your mind\b|\bgoing (?:through|round|around) your (?:mind|head)\b|\b(?:anything|something) (?:been )?on your mind\b|\b(?:anything|something)\b(?! else)[\w\s]{0,30}\bthat (?:is |has |had )?(?:really |actually |particularly |especially )?(?:been )?(?:worrying|concerning|bothering|scaring|frightening|troubling|upsetting) you\b/,
    blocks: ['symptom:anxiety', 'anything-else', 'symptom'],
  },
  {
    // "anything you're scared this might be?", "has this been worrying you?"
    topic: 'concerns',
    re: /\b(?:scared|afraid|frightened|worried|worrying|fear\w*|concerned) (?:that )?(?:this|it|that) (?:might|could|may|would|is going to|will) (?:be|turn out)\b|\b(?:worried|worrying|concerned|anxious) about what (?:this|it|that|all this) (?:could|might|may|would|will) mean\b|\b(?:has|have|is) (?:this|it|that|all this|all of this) (?:\w+ )?(?:been )?(?:worrying|concerning|scaring|frightening|bothering|playing on) (?:you|your mind)\b/,
    // "worried about what this could mean for your job?": the job is what the worry is about
    blocks: ['symptom:anxiety', 'anything-else', 'symptom', 'occupation'],
  },
  {
    topic: 'expectations',
    re: /\bwhat (?:are|were) you (?:hoping|expecting|wanting|looking)\b|\bwhat would make (?:today|this|this (?:visit|appointment|consultation)) (?:a success|worthwhile|worth it|useful|helpful|a good)\b|\bwhat (?:would you (?:like|want|expect|hope)|do you (?:want|expect|hope))\b[\w\s]{0,20}\b(?:to happen|us|me|from|out of|today|do|done|to get|treatment)\b|\bwhat do you expect\b|\bhoping (?:for|to get|we can|we will|to find)\b|\b(?:are|were) you hoping (?:to|for|that|we|i)\b|\bexpect(?:ing|ations?)\b|\bwhat (?:would be|is) (?:most )?helpful\b|\bhow (?:can|could) we (?:best help you (?:today|with this)|help you with this)\b|\bget out of (?:today|this|the appointment|coming in)\b|\bwhat would you like (?:us )?to do\b|\bwhat are you after\b|\b(?:anything|something) (?:specific|particular|in particular) (?:that )?you (?:want|wanted|would like|were hoping|are hoping|were after|came for)\b|\b(?:from|out of) (?:this|today) (?:visit|appointment|consultation)\b|\bwhat (?:outcome|result) (?:would|do) you\b/,
    blocks: ['opening', 'anything-else'],
  },
  {
    // "how were you hoping we could help?", "the ideal outcome", "anything in mind you wanted us to do?"
    topic: 'expectations',
    re: /\bideal (?:outcome|result|world|scenario)\b|\b(?:best|hoped for) (?:outcome|result)\b|\bhow (?:were|are) you hoping\b|\bhoping (?:i|we) (?:could|can|would|might|will)\b|\b(?:want|wanted|like|hoping for|expect) (?:us|me) to do\b|\b(?:have|had|got) (?:anything|something) (?:particular |specific )?in mind\b|\bwhat (?:were|are) you hoping\b|\bhoping for (?:some|a|any|an)\b/,
    blocks: ['opening', 'anything-else', 'medications'],
  },
  // ------------------------------------------------------------ things the patient cannot know
  {
    topic: 'pmh',
    target: 'test:results',
    re: /\bwhat (?:is|was|are|were) (?:your|the) (?:usual |last |latest |recent |normal )?(?:blood pressure|cholesterol|blood sugar|sugar|glucose|hba1c|ecg|troponin|results?|levels?|readings?|numbers|kidney function|oxygen|sats|x ray|scan|blood tests?|bloods|heart tracing|heart rate|pulse|bmi|weight)\b(?! (?:problem|issue|trouble))|\bdo you know (?:what )?(?:your|the) (?:blood pressure|cholesterol|sugar|glucose|hba1c|results?|levels?|readings?|numbers|oxygen|sats|ecg|troponin|bmi)\b|\bwhat did (?:the|your) (?:ecg|scan|x ray|blood tests?|bloods|heart tracing|tests?) (?:show|say|find)\b|\b(?:cholesterol|blood pressure|sugar|glucose) (?:level|reading|number|value)s?\b|\bwhat is your (?:blood )?(?:type|group)\b/,
    blocks: ['pmh', 'symptom'],
  },
  ...COURTESY_RULES,
  ...HISTORY_RULES,
];
