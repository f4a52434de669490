/**
 * Whole-clause patterns for exposures whose wording varies too much for a term list: who was ill is
 * said in countless ways ("has anybody you know been off sick?"). Every other exposure word lives in
 * the knowledge base (ontology/vocab/exposures.yaml `terms`).
 */
export const EXPOSURE_PATTERNS: readonly { id: string; re: RegExp }[] = [
  {
    id: 'sick-contacts',
    re: /\b(?:anyone|anybody|someone|somebody|people|family|friends|colleagues|household|kids|children|partner)\b[\w\s]{0,40}\b(?:ill|unwell|sick|poorly|similar|same symptoms|bug|infection|flu|coughing|cough|colds?|virus|covid|fever|temperature|diarrhoea|vomiting)\b/,
  },
];
