/**
 * Cues for the SOCRATES attributes of a symptom ("does it go anywhere?" → radiation). They run on the
 * normalized clause with symptom mentions masked out (as a run of "q"), so "tight chest" is a symptom,
 * not a character.
 */
import type { SymptomAttribute } from '../ontology/schema.ts';

export interface AttributeRule {
  attribute: SymptomAttribute;
  re: RegExp;
  /** Attributes this cue overrides in the same clause ("how long ago" is onset, not duration). */
  blocks?: readonly SymptomAttribute[];
}

/** A verb of movement whose subject is the patient ("have you travelled", "when you move") is not the pain's. */
const PATIENT = '(?<!\\b(?:you|to) (?:have |had |ever |been |recently |just |not |never )*)';

function radiationCue(): RegExp {
  const alternatives = [
    '\\bradiat\\w*\\b',
    '\\bspread\\w*\\b',
    `${PATIENT}\\bgo(?:es)? (?:anywhere|elsewhere)\\b`,
    `${PATIENT}\\btravel\\w* (?:anywhere|to|down|up|into|through|elsewhere)\\b`,
    `${PATIENT}\\b(?:move|moves|moving) (?:anywhere|to|elsewhere)\\b`,
    '\\b(?:it|this|that|pain|ache|discomfort|they) (?:\\w+ )?(?:move|moves|moving) (?:around|about)\\b',
    '\\bfeel (?:it|this|the pain) (?:anywhere|elsewhere)\\b',
    '\\b(?:feel|felt|get|notice\\w*) (?:it|this|that|the pain) (?:\\w+ )?in (?:your |the )?(?:arms?|jaw|neck|back|shoulders?|teeth|throat)\\b',
    '(?<!\\byou (?:have |had |ever |been |recently |just )*(?:travel\\w*|gone|go|went|been|moved?|flown|lived|worked|visited) )\\banywhere else\\b',
    '\\b(?:down|into|up|through) (?:to )?(?:your|the)? ?(?:(?:left|right|other) )?(?:arms?|jaw|neck|back|shoulders?|teeth|throat)\\b',
    // "does it go down your arm?", not "does the swelling go down overnight?"
    `${PATIENT}\\bgo(?:es)? (?:down|up|into|through)\\b(?! (?:overnight|by|at|with|when|if|after|in the|during|on its own|again|a bit|at all)\\b)(?!\\s*$)`,
    '\\bshoot\\w* (?:down|up|into|anywhere)\\b',
    // "does the pain move down towards your groin?"
    `${PATIENT}\\b(?:move|moves|moving|go|goes|going|travel\\w*|shoot\\w*|spread\\w*) (?:down |up |across |round |around |over )?towards?\\b`,
    '\\bstays? (?:in one place|put|there|in the same place|in (?:one|the same) (?:spot|area|place))\\b',
    '\\bdoes it stay\\b',
    '\\banywhere other\\b',
    // "is it going to other place?", "does it move to other parts?"
    `${PATIENT}\\b(?:go|goes|going|move|moves|moving|spread\\w*|travel\\w*) (?:to |into )?(?:any |an|some )?other (?:places?|parts?|areas?|bits?|spots?)\\b`,
  ];
  return new RegExp(alternatives.join('|'));
}

export const ATTRIBUTE_RULES: readonly AttributeRule[] = [
  {
    attribute: 'site',
    re: /\bwhere (?:is|was|are|does|do|did|has|have|exactly|about|abouts|in|on|would|can|is it|abouts is)\b(?! you (?:live|work|go|stay|come from|travel|been|put|place|rate|score|rank|mark))|\bwhereabouts\b|\b(?:at|on|in) the (?:front|back|top|base) or (?:the )?(?:front|back|top|base|sides?)\b|\b(?:front|back|top) or (?:the )?(?:front|back|top|sides?) of\b|\bwhere it is\b|\bwhere (?:it|the \w+|this|that) (?:hurts?|pains?|aches?|is (?:sore|painful|tender|worst))\b|\bpinpoint\b|\bput (?:a|one|your) finger on\b|\bworst (?:spot|point)\b|\bone (?:spot|place|area) or\b|(?<!\bat )\ball over\b(?! the place)|\bin the (?:middle|centre|center)\b(?! of)|\b(?:off )?to (?:one|the) side\b|\bwhich (?:part|side|area|bit)\b|\bor (?:just )?one\b|\bone or both\b|\b(?:all the way up|just the (?:calf|ankle|foot|feet|ankles|calves))\b|\b(?:just|only) (?:in )?(?:your|the) (?:legs?|ankles?|feet|foot|calf|calves|knees?|hands?|arms?|fingers?|toes?|eyes?) or\b|\bpoint (?:to|at)\b|\bshow me where\b|\blocation\b|\blocali[sz]ed\b|\bone side or\b|\b(?:left|right) or (?:right|left)\b|\bwhat part\b|\bis it (?:in|on) (?:the )?(?:middle|centre|center|left|right|side)\b|\bwhere (?:you )?(?:feel|get) (?:it|the)\b|\bwhere\s*$|\bhow (?:far|high|low) (?:up|down)\b|\bwhich (?:legs?|arms?|foot|feet|hands?|eyes?|ears?|knees?|ankles?|calf|calves|one|ones|joints?|parts?|areas?|fingers?|toes?|teeth|tooth)\b|\bboth \w+ or (?:just )?(?:the )?one\b|\bor just the one\b|\b(?:(?:in|on|affect\w*) )?both (?:legs|arms|feet|ankles|hands|eyes|ears|sides|knees|calves|wrists|breasts)\b|\bone (?:\w+ )?or (?:both|the other)\b|\b(?:start|started|starts|begin|began|begins) (?:off )?(?:in )?(?:one|another|the same|a different) (?:place|spot|area|part|side)\b/,
  },
  {
    attribute: 'onset',
    re: /\bwhen (?:exactly |roughly |approximately )?(?:did|does|was|were|do) (?:it|this|that|they|you|your|the|all)\b[^.?!]{0,40}\b(?:start|started|begin|began|come on|came on|first|notice|noticed|happen|happened|develop|appear|kick in|get it|get this)\b|\bwhat time did\b|\bwhen did you last feel (?:\w+ )?(?:well|normal|right|yourself|okay|fine|healthy)\b|\bhow (?:did|does) (?:it|this|that|the \w+|they)\b[^.?!]{0,20}\b(?:start|begin|come on|develop|happen)\b|\b(?:come|came|comes|coming) on (?:suddenly|gradually|slowly|quickly|all at once|over)\b|\b(?:sudden|suddenly|gradual|gradually|abrupt|abruptly|all of a sudden|out of the blue|instantaneous\w*)\b|\bwhen (?:it|this|that|they|the \w+) (?:is|was|has|have|did) (?:\w+ )?(?:start|starting|started|begin|beginning|began|coming on)\b|\b(?:come|came|comes|coming) on like\b|\bhow long ago\b|\b(?:remember|recall) (?:exactly |roughly )?when\b|\bwhat were you (?:doing|up to)\b|\b(?:come|came|start|started|begin|began) (?:on )?(?:while|when|whilst) you were\b|\bwhere were you when\b|\bfirst (?:start|started|notice|noticed|began|came on|happened)\b|\bsince when\b|\bwhen (?:was|were) the first\b|(?<!\b(?:compared (?:to|with)|than|since|from) )\bwhen it (?:started|began|came on)\b|\bhow quickly\b|\bonset\b|\bstart(?:ed)? (?:suddenly|gradually|slowly|quickly)\b|\bwhen (?:did|does|was) (?:it|this|that)\b|(?<!\bover )\bwhat time\b(?! of (?:the )?day)|\bwhen did you first\b|\b(?:slowly|quickly) or (?:\w+ )?(?:slow\w*|quick\w*|sudden\w*|gradual\w*|fast|all at once|over)\b|\bover (?:minutes|hours|days|seconds)\b|\b(?:start|started|begin|began|came on) when\s*$/,
    blocks: ['duration', 'site'],
  },
  {
    attribute: 'duration',
    re: /\bhow long (?:have|has|had|did|does|do|is|was|were|will|for|it|this|you had|you been|you have had)\b|\bfor how long\b|\bhow many (?:days|hours|weeks|months|minutes|years)\b|(?<!\b(?:did|do|have|were) you |\bthe )\b(?:lasts?(?! (?:night|week|month|year|time|weekend|few|couple|thing|meal|one|period|visit|little|while|days|weeks|months|years|fortnight|hours?|minutes?)\b)|lasting|last for)\b|\bbeen going on\b|\bduration\b|\bhow long each\b|\bhow long\s*$|\bover (?:what|which|how long)\b|\bhow long (?:the|your) (?:\w+ ){1,3}(?:been|lasted|gone on)\b/,
  },
  {
    attribute: 'character',
    re: /\btap (?:it |them )?out\b|\b(?:is|was) (?:it|this|that) (?:a |an )?(?:wet|loose|rattly|barking|barky|croupy)\b|\b(?:raised|flat|bumpy|lumpy|smooth|scaly|blistered|blistering|crusty|weeping|blotchy) or\b|\bwhat (?:happens|happened|goes on|went on) (?:during|in) (?:the|a|an|them|it|one)\b|\btap (?:out )?the (?:rhythm|beat)\b|\bwhat (?:is|was) the rhythm\b|\bdo you mean\b|\bwhen you say\b(?![^?]*\b(?:where|how long|how bad|how often|what makes|when did)\b)|\bwhat (?:does|did|do) (?:it|this|that|the \w+|they)\b[^.?!]{0,20}\b(?:feel|sound|look) like\b|\bwhat is (?:it|this|that|the \w+|your \w+) (?:like|feel like)\b(?! (?:across|through|throughout|over|during) the day)|\bwhat is (?:the|your) q{3,}(?: q{3,})* like\b(?! (?:across|through|throughout|over|during) the day)|\b(?:get|getting) (?:the |your )?(?:air|breath|it) (?:in|out)\b|\b(?:bright|dark|darker|fresh|old) (?:red |brown |black )?(?:blood |q{3,} )?or\b|\bor (?:darker|lighter|brighter)\b|\b(?:streaks?|flecks?|specks?|spots?) of\b|\bstreaked\b|\bdescribe\b|\bwhat (?:kind|sort|type) of (?:pain|feeling|sensation|discomfort|ache|symptom|cough|breathlessness)\b|(?<!\b(?:the|your|this|that) |\b(?:swollen|red|hot|tender|itchy|stiff|puffy|warm|q{3,}) (?:or|and) )\b(?:sharp|dull|crushing|burning|stabbing|aching|throbbing|squeezing|pressing(?! (?:on|down|it|there|here|the|your))|gripping|shooting|tearing|ripping|knife like|cramping|cramp like|gnawing|colicky|heavy|heaviness|pressure|tight|tightness|sore|stinging|pleuritic|pins and needles|dry|productive|chesty|tickly|hacking)\b|\b(?:regular|irregular|steady|fast|slow)\w* or\b|\b(?:green|yellow|white|clear|brown|grey|rusty|red|pink|frothy)(?:ish)? or\b|\bwhat is the (?:pain|feeling|sensation) like\b|\bcharacter\b|\bnature of\b|\bwhat (?:kind|sort|type) is\b|\bwhat (?:kind|sort|type) of q{3,}|\b(?:thick|sticky|frothy|foamy|watery|gloopy|mucus|mucous|mucousy|slime|slimy)\b|\ball over the place\b|\bwhat colou?r\b|\bcolou?r of\b|\bdry or\b|(?<!\b(?:anything|something)\b[^.?!]*)\blike a \w+\b|\bon the (?:toilet )?(?:paper|tissue|pan) or\b|\bmixed (?:in|into|through)\b|\bsolids?(?: food)? or liquids?\b|\bliquids? or solids?\b|\bsolids?,? liquids?\b|\btender to (?:the )?touch\b|\b(?:is|are) (?:it|they) tender\b|\b(?:does|do|did|is|are) (?:it|they|this|that|(?:the|your) (?:\w+ )?\w+) (?:\w+ )?sound(?:ing)? (?:a bit |at all |kind of )?(?:like|barky|barking|croupy|whoop\w*|wheezy|rattly|crackly|bubbly|harsh|hoarse|husky|brassy|hollow|honking)\b/,
  },
  {
    attribute: 'radiation',
    re: radiationCue(),
  },
  {
    attribute: 'associated',
    re: /\b(?:any|other|associated|accompanying) (?:other )?symptoms\b|\bsymptoms (?:with|alongside)\b|\banything else (?:with|alongside|along with|at the same time|accompanying|happening|going on|you have noticed|you noticed)\b|\bassociated\b|\balong with\b|\bat the same time\b|\b(?:do|did|have) you (?:ever )?notice(?:d)? anything else\b|\bdid anything else happen\b|\banything else (?:happen|happens|happened)\b|\b(?:do|did|have) you (?:feel|felt|get|got|experience\w*) anything else\b|\banything (?:else )?(?:come|comes|came) with\b|(?<!\b(?:help|helps|helped|cope|coping|manage|managing|live|living|deal|dealing) )\bwith (?:it|the pain|this)\s*$|\bduring (?:it|them|the (?:attacks?|episodes?|fits?|seizures?|blackouts?|spells?))\s*$/,
  },
  {
    // "what's your energy like across the day, does it get worse as the day goes on?": its course
    // over the day, not what makes it worse
    attribute: 'timing',
    re: /\b(?:across|over) the (?:day|course of the day|week)\b|\bas the (?:day|week|evening) (?:goes on|wears on|progresses)\b/,
    blocks: ['exacerbating'],
  },
  {
    attribute: 'timing',
    // the course over time: getting worse is timing, not an aggravating factor
    re: /\bgetting (?:any )?(?:worse|better)\b|(?<!\b(?:make|makes|made|making) (?:it |this |that |them |things |the \w+ |your \w+ )?)\b(?:better|worse) or (?:worse|better|the same)\b|\b(?:worse|better) (?:at|in the|during the|first thing in the|by the|towards the|at the) (?:end of the )?(?:night|morning|evening|day|afternoon)s?\b|\bgetting (?:any |much )?(?:harder|easier)\b|\b(?:has|have|did) (?:it|this|that|they|the \w+) (?:\w+ )?chang\w*\b|\bchanged at all\b|\bany changes? (?:in|to) (?:it|this|that|them|the \w+)\b|\b(?:worse|better) at (?:(?:any|a|certain|particular|different) )+times?\b|\bchanged (?:since|over)\b|\b(?:worse|better) since\b/,
    blocks: ['exacerbating', 'relieving'],
  },
  {
    // "constant" is the course, but set against a cramping pain it is the other kind of pain: "is it
    // a cramping pain or more constant?" asks what it is like (colicky or constant)
    attribute: 'timing',
    re: /\ball the time\b|(?<!\b(?:cramp\w*|colicky|griping|spasms?)(?: pain| ache)? or (?:more |just |is it |a )?)\bconstant\w*\b|\bcontinuous\w*\b|\bcome and go\b|\bcomes and goes\b|\bcoming and going\b|\bon and off\b|\boff and on\b|\bintermittent\w*\b|\bhow often\b|\bnow and (?:then|again)\b|\bevery (?:night|morning|evening)\b|\bhow frequent\w*\b|\bfrequency\b|\bevery day\b|\btime of (?:the )?day\b|\b(?:worse|better) (?:at|in the|during the) (?:night|morning|evening|day)\b|\bgetting (?:worse|better)\b|\bchanged (?:since|over)\b|\bprogress\w*\b|\bhad (?:it|this|anything like this|that) before\b|\bhappened (?:\w+ ){0,2}before\b|\blike (?:this|that|these|it) (?:\w+ )?(?:before|previously|in the past)\b|\b(?:ever|before) (?:had|experienced|felt|noticed|got) (?:\w+ ){0,3}like (?:this|that|these)\b|\b(?:previous|other|similar) (?:episodes?|attacks?|bouts?)\b|\b(?:episodes?|attacks?|bouts?) like (?:this|that)\b|\bovernight\b|\bby the (?:morning|evening|end of the day)\b|\bend of the day\b|\b(?:during|through|throughout) the (?:day|night)\b|\bfirst time\b|\b(?:before|previously) (?:at all|like this)\b|\bever had (?:this|it|anything like)\b|\bpattern\b|\b(?:any|a|at) (?:particular|certain|specific) times?\b|\bwakes? you\b|\bwoken? you\b|\bwoke you\b|\bkeeps? you (?:up|awake)\b|\bat night\b|\bstays? the same\b|\bstill there\b|\bthere now\b|\bright now\b|\bat the moment\b|\b(?:gone|go) away\b(?! (?:when|if|with|after|on|once)\b)|\bsettled\b|\bsteady\b(?! or)|\bsame all day\b|\bcome back\b|\bhow many times\b|\bfluctuat\w*\b|\b(?:come|comes|coming|happen|happens|in) (?:in )?(?:episodes|attacks|bouts|waves|spells)\b|\bepisodic\b|\bthere all\b|\bwax\w*\b/,
  },
  {
    // "how many nights a week?" is how often, not how long
    attribute: 'timing',
    re: /\bhow many (?:nights|days|times|mornings|evenings|episodes|attacks) (?:a|per|each|in a|every) (?:week|day|month|night|year)\b|\b(?:getting|get|gets|having|have|has) (?:it|them|these|this|those) (?:\w+ )?more (?:often|frequently)\b|\bhow many (?:q{3,} )+(?:have you had|have there been|do you (?:get|have)|a (?:week|month|year))\b|\bhow many (?:episodes|attacks|bouts|spells|of (?:them|these|those)) (?:have you had|have there been|do you (?:get|have))\b/,
    // "how many chest infections have you had this year?" is how often, not how long
    blocks: ['duration'],
  },
  {
    // "when do you get the tightness?", "whens the pain worst?": when in the day or week it comes, not
    // when it began ("when did you first get it?")
    attribute: 'timing',
    re: /(?<!\bsince )\bwhen (?:do|does) (?:you|it|they|this|that|the \w+) (?:usually |normally |tend to |typically |mostly )?(?:get|notice|feel|have|happen|occur)\b(?![^.?!]*\b(?:first|start|started|begin|began)\b)|\bwhen(?:s| is| are| does| do)? (?:it|this|that|they|the \w+|your \w+) (?:at (?:its|their) |get |feel )?worst\b/,
    blocks: ['onset'],
  },
  {
    attribute: 'exacerbating',
    re: /\bwhat makes (?:it|the \w+|this|them|that|things) worse\b|\b(?:make|makes|made) (?:it |the \w+ |this |that |them |things )?(?:better or |any )?worse\b|\b(?:anything|something) (?:that )?(?:make|makes|made) (?:it |the \w+ |this )?worse\b|\bworse (?:when|if|with|on|after|during|by|for)\b|\baggravat\w*\b|\bexacerbat\w*\b|\btrigger\w*\b|\bsets? off\b|\b(?:bring|brings|bringing|brought) (?:(?:it|this|them|that) |(?:the|your|these|those) (?:\w+ ){1,4})on\b|\bbrought on\b|\b(?:bring|brings|bringing) on\b|\b(?:come|comes|coming) on (?:when|if|whenever|with|after|during)\b|\b(?:set|sets|setting) (?:(?:it|this|them|that) |(?:the|your) (?:\w+ ){1,4})off\b|\bwhat sets\b|\b(?:hurt|hurts|hurting|painful|sore|worse|bad|uncomfortable) (?:when|if|whenever|while)\b|\b(?:hurt|hurts|painful|sore|worse) (?:to|on) (?:breath|breathe|breathing|move|moving|cough|coughing|walk|walking|lie|lying|press|pressing|eat|eating|exert|exercis\w*|bend|bending|swallow|touch)\b|\bon exertion\b|(?<!\btender )\bto (?:the )?touch\b|\b(?:walk|go|manage|climb|run|exercise)\w* (?:\w+ ){0,2}(?:before|until|till) (?:you|it|your|the)\b|\bexert\w*\b|\bwith exercise\b|\bwhen you (?:exercise|exert|walk|climb|lie|move|breathe|cough|eat|bend|press|take a deep|run|sit up|turn your head|look up|strain|lift)\b|\b(?:does|do) (?:it|this|that|they) (?:happen|come on) (?:when|if|after|whenever)\b|\b(?:moving|breathing|coughing|walking|lying|eating|exercise|exercising|movement) (?:make|makes|affect|affects|change|changes|bring)\b|\bdoes (?:moving|breathing|coughing|walking|lying|eating|exercise|position|movement)\b(?![\w\s]*\b(?:help|helps|ease|eases|relieve|relieves)\b)|\bposition\b|\b(?:make|makes|made|making) (?:\w+ ){0,3}more likely\b|\bdeep breath\w*\b|\bbreathe in\b|\bworse\b|\bmore painful\b|\b(?:hurt|hurts|ache|aches|sore) more\b|\bmake (?:it|them|this|that) (?:hurt|ache|sore)\b|(?<!\b(?:painkillers?|paracetamol|ibuprofen|gtn|spray|inhaler|tablets?|medicines?|medications?|treatment|elevat\w*|rais\w*|q{3,}) (?:\w+ )?)\b(?:make|makes|made|making) (?:any|a|much) difference\b|(?<!\b(?:painkillers?|paracetamol|ibuprofen|gtn|spray|inhaler|tablets?|medicines?|medications?|treatment) (?:\w+ )?)\b(?:change|changes|affect|affects) (?:it|them|this|that|the (?:pain|symptoms?|q{3,}))\b/,
  },
  {
    // "are the joints stiff in the morning?" (stiffness in focus), "is it getting off to sleep, or
    // waking up early?" (poor sleep in focus): when in the day it is there; with no
    // symptom under discussion it only says which symptom (see clauseSymptomQueries)
    attribute: 'timing',
    re: /\b(?:first thing )?in the (?:mornings?|evenings?)\b|\bwak(?:e|es|ing) (?:up )?(?:too )?early\b|\bearly waking\b/,
  },
  {
    // "does it come on at rest?", "chest pain when exercising?", "after walking uphill?": a circumstance
    // it comes with is what brings it on
    attribute: 'exacerbating',
    re: /\bwithout (?:getting|having|feeling|bringing on) (?:the |any )?(?:pain|ache|discomfort|it)\b|\brelated to (?:eating|food|meals?|exercise|exertion|movement|moving|position|posture|breathing|stress|activity)\b|\b(?:after|when|while|whilst) (?:you have been |you are |you have |being )(?:standing|sitting|walking|on your feet|active|exercising|moving about|moving around|doing (?:things|stuff|anything))\b|\b(?:come|comes|coming) on (?:at rest|on exertion|(?:while|whilst) (?!you were\b))|\b(?:when|while|whilst|after|during) (?:exercising|exerting yourself|walking|climbing|running|bending (?:over|down)|lying (?:down|flat)|exercise|exertion)\b/,
  },
  {
    // "does the double vision go if you cover one eye?", "do they stop on their own?", "what do you do
    // when it comes on?": what ends it
    attribute: 'relieving',
    re: /\b(?:go|goes|stop|stops|disappear|disappears|clear|clears) (?:if|when|once) you\b|\bwhat (?:do|did) you (?:do|try) (?:when|if|once|whenever) (?:it|they|that|this|the \w+) (?:comes? on|came on|happens?|happened|starts?|started|gets? bad|got bad)\b|\b(?:stop|stops|settle|settles|go off|goes off|go away|goes away) (?:on (?:its|their) own|by (?:itself|themselves))\b|\bto (?:stop|end) (?:it|them)\b/,
  },
  {
    // "does it go down when you put your feet up?": what eases it (going down overnight is its daily pattern)
    attribute: 'relieving',
    re: /\bgo(?:es)? down (?:with rest|when you|if you)\b|\b(?:put|putting|raise|raising|elevat\w*) (?:your |the )?(?:feet|legs?) (?:up)?\b|\b(?:anything|something) (?:(?:that )?you have (?:found|tried|noticed) )?(?:that )?(?:stops?|stopped|settles?|settled) (?:it|them|this|that)\b|\bmake (?:it|them|this|that) (?:stop|settle|go)\b|\b(?:bring\w*|brought) (?:it|them|this|that|the \w+) down\b|\balleviat\w*\b|\bto (?:settle|ease|relieve|calm) (?:it|them|this|that|things|the \w+)\b/,
    blocks: ['timing'],
  },
  {
    attribute: 'relieving',
    re: /\bwhat makes (?:it|the \w+|this|them|that) (?:better|go away|easier)\b|\bmake(?:s)? (?:it|the \w+|this|that) (?:better|go away|easier)\b|\b(?:anything|something) (?:that )?(?:help|helps|helped|ease|eases|eased|relieve|relieves)\b|\b(?:anything|something) (?:that )?(?:make|makes|made) (?:it |the \w+ |this )?(?:better|easier|go away)\b|\bbetter (?:when|if|with|on|after)\b|\breliev\w*\b|\b(?:ease|eases|eased|easing)\b|\bhelp(?:s|ed)? (?:it|the|with it|at all|much|a bit|when|if|during|while)\b|\btried (?:anything|taking|any|something)\b|\bwhat (?:have|did) you (?:tried|try)\b|\bany way of (?:stopping|easing|settling|calming)\b|\b(?:settle|settles) (?:it|them|this|that)\b|\btaken (?:anything|any|something) (?:for|to)\b|\btake (?:anything|any|something) for\b|\b(?:painkillers?|paracetamol|ibuprofen|gtn|spray|inhaler|rest|resting|sitting|sitting (?:up|forward)|leaning forward|lying down|standing|antacids?|q{3,}) (?:help|helps|helped|(?<!\bq+ )work|(?<!\bq+ )works|(?<!\bq+ )worked|do anything|did anything|make it better|ease it|ease)\b|\bgo(?:es)? (?:away|down) (?:with|when|if|after)\b|\bsettle(?:s)? (?:with|when|if|down)\b|(?<!\btake to )\b(?:go|goes|going|wear|wears) off\b|\bbetter\b|\b(?:make|makes|made|making) (?:any|a|much) difference\b|\bhelp(?:s|ed)?\s*$|\b(?:touch|touches|touched|shift|shifts|shifted) (?:it|them|the \w+)\b|\b(?:sort|sorts|sorted) (?:it|them|the \w+) out\b|\btake the edge off\b|\b(?:elevat\w*|rais\w*) (?:them|it|your (?:legs?|feet|ankles?|arms?))\b|\b(?:change|changes|affect|affects) (?:it|them|this|that|the (?:pain|symptoms?|q{3,}))\b|\b(?:did|do|does) (?:they|it|that|those|these) (?:work|help)\b/,
  },
  {
    attribute: 'severity',
    re: /\bhow (?:bad|severe|strong|intense|painful|serious|much (?:pain|does it hurt|is it hurting|does it bother))\b|\bhow high (?:is|was|did|has|does) (?:it|they|the \w+|your \w+)\b(?! up\b)|\b(?:scale|score|rate|rating|grade)\b|\bout of (?:ten|10)\b|\b(?:zero|0|one|1) (?:to|and) (?:ten|10)\b|\bworst (?:pain|ever)\b|\bworst (?:\w+ ){1,2}(?:of your life|you have ever (?:had|felt))\b|\bseverity\b|\bhow much (?:does|is) (?:it|the \w+) (?:hurt|hurting|bother|bothering|affect|affecting)\b|\baffect(?:ing|s)? what you (?:can|are able to) do\b|\bis it (?:very )?(?:bad|severe|mild|painful)\b|\bunbearable\b|\bexcruciating\b|\b(?:mild|moderate|severe)\b|\bhow bad\b|\bhow much pain\b|\bhow much (?:q{3,}|blood\b|phlegm\b|sputum\b|comes up\b|is there\b|of it\b)|\bin a lot of pain\b|\bhow strong\b|\bhow much (?:have you|did you|has it|weight have you|weight did you|weight has) (?:\w+ )?(?:lost|gained|put on)\b|\bhow many (?:kilos|kg|pounds|stone|lbs)\b|\bhow much weight\b|\bstop(?:ping|s)? you (?:from )?(?:doing|sleeping|working|walking|getting)\b|\b(?:it|they|this|that|the \w+) (?:\w+ )?stop(?:ping|s)? you (?:from )?q{3,}|\baffect(?:ing|s)? your (?:daily|day to day|everyday|life|sleep|work)\b|\b(?:finish|complete) (?:a|your|the) sentence\b|\b(?:in|into) (?:full|whole|complete) sentences\b/,
  },
];
