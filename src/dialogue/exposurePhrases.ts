/**
 * Doctor phrasings of exposures beyond the knowledge base's `terms`, keyed by exposure id, and
 * whole-clause patterns for the ones whose wording varies ("has anyone at home been ill?").
 */
export const EXPOSURE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'long-haul-travel': [
    'flown',
    'flights',
    'long flight',
    'long haul',
    'journeys',
    'long journeys',
    'travelled',
    'travelling',
    'been away',
    'trip abroad',
    'coach journey',
    'train journey',
    'long car journey',
  ],
  'foreign-travel': ['abroad', 'overseas', 'out of the country', 'another country', 'foreign'],
  immobilisation: [
    'laid up',
    'in bed',
    'bed bound',
    'off your feet',
    'not been moving',
    'less mobile',
    'confined to bed',
    'in plaster',
    'immobilised',
  ],
  'sick-contacts': [
    'anyone ill',
    'anybody ill',
    'anyone unwell',
    'anyone poorly',
    'people around you ill',
    'anyone with similar symptoms',
    'anyone with same symptoms',
  ],
  'tb-contact': ['tuberculosis', 'tb'],
  'occupational-dust': ['dust', 'fumes', 'chemicals', 'dusty'],
};

export const EXPOSURE_PATTERNS: readonly { id: string; re: RegExp }[] = [
  {
    id: 'sick-contacts',
    re: /\b(?:anyone|anybody|someone|people|family|friends|colleagues|household|kids|children|partner)\b[\w\s]{0,25}\b(?:ill|unwell|sick|poorly|similar|same symptoms|bug|infection|flu|coughing|cough)\b/,
  },
];
