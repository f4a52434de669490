/**
 * Clinical words a patient would not normally use, graded by how technical they are: 1 = words many
 * patients know ("angina"), 2 = clinical vocabulary ("dyspnoea"), 3 = words only clinicians use
 * ("orthopnoea", "crepitations"). Low-literacy patients may use none of them, medium-literacy ones
 * level 1, high-literacy ones levels 1 and 2. Words the patient's own record names are always allowed.
 */
const LEVELS: Record<number, string> = {
  1: `angina acute chronic intermittent vertigo murmur hypertension fibrillation palpitations nauseous
    inflamed inflammation cardiac respiratory cholesterol`,
  2: `dyspnoea dyspnea dyspnoeic dyspneic syncope syncopal tachycardia tachycardic bradycardia exertional
    epigastric oedema edema oedematous peripheral bilateral unilateral bilaterally sputum productive malaise
    anorexia photophobia nocturia cyanosis cyanotic crackles stridor arrhythmia effusion lesion prognosis
    differential pathology febrile radiating radiates radiation thrombosis haemorrhage hemorrhage
    symptomatic asymptomatic aetiology etiology exacerbation exacerbating alleviating onset sternum
    sternal thoracic pulmonary coronary myocardium`,
  3: `orthopnoea orthopnea paroxysmal haemoptysis hemoptysis diaphoresis diaphoretic presyncope pyrexia
    pyrexial tachypnoea tachypnea tachypnoeic pleuritic retrosternal substernal myocardial ischaemia
    ischemia ischaemic ischemic infarct infarction contralateral ipsilateral auscultation emesis
    haematemesis hematemesis melaena melena dysuria claudication paraesthesia paresthesia erythema
    pruritus rhinorrhoea rhinorrhea polyuria polydipsia crepitations idiopathic sequelae comorbidities
    comorbidity hyperlipidaemia hyperlipidemia dyslipidaemia dyslipidemia tachyarrhythmia thrombus
    embolus embolism infiltrate consolidation auscultate percussion precordial praecordial jvp
    diaphragmatic hepatomegaly splenomegaly lymphadenopathy ecchymosis petechiae dysphagia odynophagia
    hypoxia hypoxaemia hypoxemia hypotension hypotensive hypertensive normotensive afebrile apyrexial
    nsaid nsaids pnd sob tachy brady nocte mane prn qds bd tds od`,
};

export const JARGON = new Map<string, number>();
for (const [level, words] of Object.entries(LEVELS)) {
  for (const w of words.split(/\s+/).filter(Boolean)) JARGON.set(w, Number(level));
}

/** Clinical-looking endings; words with them are level 2 unless everyday. */
export const JARGON_SUFFIX =
  /(?:itis|ectomy|otomy|ostomy|aemia|emia|osis|pnoea|pnea|algia|ptysis|uria|cardia|megaly|plasty|oscopy|ography|opathy)$/;

/** Words with clinical endings that everyone uses. */
export const EVERYDAY = new Set(
  `arthritis bronchitis tonsillitis appendicitis meningitis hepatitis dermatitis conjunctivitis gastritis
  colitis sinusitis laryngitis osteoporosis psoriasis diagnosis hypnosis anaemia anemia leukaemia leukemia
  thrombosis tuberculosis mastectomy vasectomy hysterectomy appendectomy appendicectomy tonsillectomy
  colonoscopy endoscopy photography biography geography sympathy empathy apathy telepathy`.split(/\s+/),
);

/** How technical a word is (0 = everyday). */
export function jargonLevel(word: string): number {
  const known = JARGON.get(word);
  if (known !== undefined) return known;
  if (word.length > 6 && JARGON_SUFFIX.test(word) && !EVERYDAY.has(word)) return 2;
  return 0;
}
