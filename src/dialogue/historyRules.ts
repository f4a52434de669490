/**
 * Topic rules for the past and social history that the main table does not word: diagnoses named that
 * are no symptom, the history asked in one breath ("medical or surgical history?"), an anaesthetic put
 * in lay words, drugs asked beside alcohol, the home asked after. Written on the normalized clause
 * (see normalizeText); appended to TOPIC_RULES.
 */
import type { TopicRule } from './topicRules.ts';

/**
 * Diagnoses a patient has or has not been given, never a symptom they feel: "ever had sickle cell or
 * anaemia?", "have you had epilepsy?", "were you ever told you had glandular fever?".
 */
export const NAMED_DIAGNOSIS =
  /\b(?:epilep\w*|sickle cell|thalass\w*|anaemi[ac]|anemi[ac]|haemophilia|hemophilia|lupus|crohn\w*|(?:ulcerative )?colitis|coeliac|celiac|diverticul\w*|multiple sclerosis|parkinson\w*|motor neurone disease|hepatitis|cirrhosis|gout|glaucoma|sleep apn(?:o)?ea|bronchiectasis|cystic fibrosis|sarcoid\w*|dementia|alzheimer\w*|polycystic\w*|endometriosis|psoriasis|(?:glandular|scarlet|rheumatic|typhoid|yellow|dengue) fever|meningitis|shingles|chicken ?pox|measles|mumps|polio|leuka?emia|lymphoma|clotting disorder|bleeding disorder|heart murmur|hole in the heart|kidney stones?|gall ?stones?|(?:stomach|peptic|duodenal) ulcers?)\b/;

export const HISTORY_RULES: readonly TopicRule[] = [
  {
    // "have you had epilepsy?", "ever had sickle cell or anaemia?", "glandular fever as a child?": a
    // diagnosis is the past history, not the symptom word inside its name
    topic: 'pmh',
    // ("near anyone with chickenpox?" asks about contact, not the patient's own illness)
    // ("did the fits start after the meningitis?", "like when you had the gallstones?": a diagnosis
    // that only sets the scene for a symptom question asks nothing of its own)
    re: new RegExp(
      `\\b(?<!\\b(?:anyone|anybody|someone|somebody|people|others|contacts?|around|near|exposed to)\\b[\\w\\s]{0,25})(?<!\\b(?:when you had|when you got|after|since|with|like|during|following) (?:the |your |a |an |that )?)${NAMED_DIAGNOSIS.source}`,
    ),
    asCondition: true,
    blocks: ['symptom:fever'],
  },
  {
    // "have you had epilepsy?": the diagnosis, not the fits inside its name
    topic: 'pmh',
    re: /(?<!\b(?:when you had|after|since|with|like|during|following) (?:the |your |a |an |that )?)\bepilep\w*\b/,
    asCondition: true,
    blocks: ['symptom:seizures'],
  },
  {
    // "any medical or surgical history?", "anything you're being treated for?", "anything you see the
    // doctor about?", "what about your general health otherwise?" (apart from this illness: the history)
    topic: 'pmh',
    re: /\bmedical (?:or|and) surgical\b|\bwhat (?:other )?(?:medical )?(?:conditions?|illness\w*) (?:do|have) you (?:have|got|suffer)\b|(?<!\b(?:long|lengthy|prolonged|extended|long term) )\b(?:time|spells?|stints?) in hospital\b|\b(?:general|overall) health (?:\w+ )?otherwise\b|\botherwise\b[\w\s]{0,15}\b(?:general|overall) health\b|\b(?:anything|something|what) (?:that )?you are (?:being |currently )?(?:treated|seen|followed up|monitored|under (?:a|the) (?:doctor|specialist|hospital)) (?:for|about)\b|\b(?:anything|something) (?:that )?you (?:see|seeing|have seen) (?:a|the|your) (?:doctor|gp|specialist|consultant) (?:for|about)\b/,
  },
  {
    // "any lung disease?", "any blood disorders?", "any skin conditions?", "ever seen a psychiatrist?", "ever been sectioned?",
    // "ever had a blood transfusion?": illness known and treated, not a review of the organ
    topic: 'pmh',
    re: /\b(?:heart|lung|kidney|liver|thyroid|blood|bowel|bone|skin|mental health|psychiatric|neurological|autoimmune|clotting|bleeding|genetic|joint) (?:diseases?|disorders?|conditions?)\b|\b(?:seen|see|seeing|been referred to|been under|under) (?:a|any|the) (?:psychiatrists?|psychologists?|cardiologists?|neurologists?|respiratory team|mental health team|counsellors?|therapists?)\b|\bsectioned\b|\b(?:blood )?transfusions?\b/,
  },
  {
    // "ever had a colonoscopy?", "any camera tests?", "a biopsy?": procedures are the surgical history
    topic: 'surgery',
    re: /\b(?!micro)\w+oscop(?:y|ies)\b|\bcamera (?:tests?|investigations?|down|up)\b|\bbiops(?:y|ies)\b|\bangiogra(?:m|ms|phy)\b/,
  },
  {
    // "do you work with children?", "do you work with animals?": the job itself (dust or chemicals
    // worked with are the exposure)
    topic: 'occupation',
    re: /\b(?:work|works|working|worked) (?:with|around) (?:children|kids|animals|livestock|the public|patients|people|food|computers|machinery|vulnerable \w+|the elderly|older people)\b/,
    blocks: ['living'],
  },
  {
    // "ever been put to sleep for an operation?", "have you been put under before?": the anaesthetic
    // is the operation, not a sleep problem
    topic: 'surgery',
    re: /\bput (?:you )?(?:to sleep|under)\b(?![\w\s]*\b(?:at night|in bed|tired)\b)|\b(?:been|go|gone|went) under (?:a |an )?(?:general )?(?:anaesthetic|anesthetic)\b/,
    blocks: ['symptom:poor-sleep', 'symptom:syncope'],
  },
  {
    // "any drugs or alcohol?", "drugs, alcohol, smoking?": drugs beside a habit are the recreational ones
    topic: 'drugs',
    re: /\bdrugs?,? (?:or|and|\/)? ?(?:alcohol|drink|drinking|booze|smok\w*|cigarettes)\b|\b(?:alcohol|drink|drinking|booze|smok\w*|cigarettes),? (?:or|and|\/) (?:any )?drugs\b/,
    blocks: ['medications'],
  },
  {
    // "any party drugs, pills, that sort of thing?": pills listed with street drugs are drugs too
    topic: 'drugs',
    re: /\b(?:party|street|recreational|illegal|illicit|club) drugs?,? (?:or |and )?(?:any )?(?:pills|powders?|tablets|uppers|downers)\b/,
    blocks: ['medications'],
  },
  {
    // "do you have any children? are they well?", "are your kids healthy?", "does she have any health
    // problems?": the health of the patient's relatives is the family history
    topic: 'family',
    re: /\b(?:are|is) (?:they|he|she|both of them|all of them|your (?:kids|children|sons?|daughters?|grandchildren|grandkids)) (?:all |both )?(?:(?:fit and )?well|healthy|in good health|keeping well)\b(?! (?:controlled|managed|treated|looked after))|\b(?:do|does|did|have|has) (?:they|he|she|either of them|any of them|your (?:kids|children|sons?|daughters?)) (?:have|had|got) (?:any )?(?:health|medical) (?:problems|conditions|issues)\b/,
    blocks: ['smalltalk', 'pmh', 'symptom'],
  },
  {
    // "what's the worst thing you think it could be?", "anything you're anxious about?", "is there
    // anything else worrying you?": a fear asked for, not anxiety as a symptom
    topic: 'concerns',
    re: /\b(?:worst|scariest) (?:thing|case|outcome)\b[\w\s]{0,25}\b(?:could|might|would|may) (?:be|happen|mean)\b|(?<!\b(?:when|if|while|whilst|because)\b[\w\s]{0,20})(?:\b(?:anything|something)\b[\w\s]{0,15}\b(?:anxious|nervous) about\b|\b(?:anxious|nervous) about (?:anything|something)\b)|\b(?:are you|were you|do you feel|are you feeling) (?:at all |a bit |very |quite )?(?:anxious|nervous) about (?:the|what|this|it|that|your|being|having|going|coming)\b|\b(?:anything|something) else (?:that is |that has been |that )?(?:worrying|concerning|scaring|frightening) you\b/,
    blocks: ['symptom:anxiety', 'ideas', 'anything-else'],
  },
  {
    // "any worries about your job?", "are you worried for your family?": what the worry is about is
    // part of the concern, not the job or the family history
    topic: 'concerns',
    re: /\b(?:worr(?:y|ies|ied|ying)|concerns?|concerned|anxious|scared|afraid|frightened) (?:about|for) (?:your|the|how|what) (?:\w+ )?(?:job|work|family|kids|children|finances|money|future|home|mortgage|bills|wife|husband|partner)\b/,
    blocks: ['symptom:anxiety', 'occupation', 'family', 'living'],
  },
  {
    // "do you have any questions or concerns?", "any questions or worries before I go?": the worries
    // asked beside the questions (no anxiety as a symptom)
    topic: 'concerns',
    re: /\bany (?:questions?|queries) (?:or|and) (?:any )?(?:worries|concerns|fears)\b|\bany (?:worries|concerns|fears) (?:or|and) (?:any )?(?:questions|queries)\b/,
    blocks: ['symptom:anxiety'],
  },
  {
    // "what did she die of?", "how old was he when he died?": a relative's death is the family history
    topic: 'family',
    re: /\bwhat did (?:he|she|they) (?:die|pass away) (?:of|from|with)\b|\bhow old (?:was|were) (?:he|she|they) when (?:he|she|they) (?:died|passed)\b|\bcause of (?:his|her|their) death\b/,
  },
  {
    // "stairs to get into your flat?", "a downstairs toilet?", "able to cook for yourself?", "anyone
    // depending on you?", "who's looking after your husband while you're in?", "support from your
    // family?": the home and who relies on whom
    topic: 'living',
    re: /\bstairs (?:to get (?:in|into|up to)|up to|into|in) (?:your |the )?(?:flat|house|home|front door|bedroom|toilet)\b|\b(?:downstairs|upstairs) (?:toilet|loo|bathroom|bedroom)\b|\b(?:cook|shop|clean|wash|dress|fend) (?:for )?yourself\b|\b(?:depend|depends|depending|rely|relies|relying) on you\b|\bwho is (?:looking after|caring for|minding|feeding) (?:your|the)\b|\b(?:support|help) from (?:your )?(?:family|friends|children|kids|neighbours|partner)\b|\bdo you have a car\b/,
    blocks: ['family'],
  },
  {
    // "how are things at home?", "everything ok at home?", "how's life at home?"
    topic: 'living',
    re: /\bhow (?:are|is) (?:things|everything|life|it) (?:going )?(?:at|back at|for you at) home\b|\b(?:things|everything|all) (?:okay|ok|all right|alright|fine|good) (?:at|back at) home\b|\bhow is (?:life|home) (?:at home|treating you at home)\b/,
    blocks: ['smalltalk', 'empathy'],
  },
  {
    // "are you able to get out and about?", "are you still driving?": getting about is independence
    topic: 'living',
    re: /\b(?:able to|manage to|can you|do you) (?:still )?(?:get (?:out and about|about|around|out of the house|out much|out on your own)|go out (?:on your own|alone|much))\b|^(?:(?:and|so|okay|ok|right) )*(?:are you|do you) (?:still )?driv(?:e|ing)(?: at the moment| now| at all| still)?$/,
  },
  {
    // "have you ever been in the army?": service is a job too
    topic: 'occupation',
    re: /\b(?:in|join|joined|served in|serve in|left) the (?:army|navy|air force|forces|armed forces|military|raf|marines)\b/,
  },
  {
    // "how's work been?", "is everything all right at work?": the job asked after
    topic: 'occupation',
    re: /\bhow (?:is|has|are) (?:work|things at work|it at work|the job)(?: been| going)?\b|\b(?:everything|things|all) (?:okay|ok|all right|alright|fine|good) (?:at|with) work\b/,
    blocks: ['living'],
  },
  {
    // "who do you have for support?", "are you married?", "any dependants?": the household and who helps
    topic: 'living',
    re: /\bwho (?:do you have|is there|have you got|can you call on) (?:for|to) (?:support|help|look after you|lean on)\b|\b(?:support|help) (?:network|around you)\b|^(?:(?:and|so|okay|ok|right) )*are you (?:married|single|divorced|widowed|separated|in a relationship)\b|\bdo you have (?:a )?(?:partner|husband|wife|boyfriend|girlfriend|spouse|significant other|(?:any )?dependants)\b|\bany dependants\b/,
  },
  {
    // "how have you been since I last saw you?", "how have things been since your last appointment?":
    // the story since the last visit, not how long something lasted
    topic: 'opening',
    re: /\bhow (?:have|are) (?:you|things) (?:been|getting on|doing)(?: \w+)? since (?:i|we|you) (?:last|were last|saw)\b|\bsince (?:your|the|our) last (?:visit|appointment|review|consultation)\b|\btell me (?:a bit |a little |more )?about (?:the|your) (?:problem|issue|trouble|story|visit|reason for (?:coming|the visit))\b/,
  },
  {
    // "what made you book the appointment?", "what prompted you to come in?", "what's happened today?",
    // "walk me through how all of this started"
    topic: 'opening',
    re: /\b(?:what|which thing) (?:made|prompted|led|got|pushed) you (?:to )?(?:come|call|ring|phone|book|make|get (?:in touch|checked)|see (?:a|the|us)|seek|visit|attend|decide)\b|\bwhat prompted (?:this|the (?:visit|appointment|call)|you)\b|\bwhy did you (?:book|make) (?:the|an|this) appointment\b|\bwhat (?:has |is )?(?:led|lead) (?:up )?(?:to )?(?:you|your) (?:coming|to come|being (?:here|in|admitted|brought)|calling|visit|attending|admission)\b|\b(?:walk|talk|take) me (?:through|back through)\b[\w\s]{0,20}\b(?:how (?:all )?(?:of )?(?:this|things|everything|all this) (?:started|began|came about|happened|kicked off)|what (?:has )?(?:happened|been happening|been going on|led you)|the (?:whole )?story|everything that|from the (?:start|beginning))\b|^(?:(?:so|and|okay|ok|right|now) )*what (?:has|is) happened(?: (?:today|then|to you|here|this (?:morning|afternoon|evening)))+\s*$/,
    blocks: ['expectations'],
  },
  {
    // "any other symptoms or concerns you haven't mentioned?", "anything you haven't told me yet?"
    topic: 'anything-else',
    re: /\b(?:anything|any (?:other|more|further)|anything (?:other|more|further|else))\b[\w\s]{0,30}\b(?:you|we|i) (?:have not|did not|have not yet|never) (?:yet )?(?:mentioned|told me|said|covered|discussed|asked|talked about|brought up)\b/,
    blocks: ['concerns', 'symptom'],
  },
];
