/**
 * Whole-clause patterns for exposures whose wording varies too much for a term list: who was ill is
 * said in countless ways ("has anybody you know been off sick?"); a clipped word ("ops") is too short
 * to be a term. Every other exposure word lives in the knowledge base (ontology/vocab/exposures.yaml
 * `terms`).
 */
export const EXPOSURE_PATTERNS: readonly { id: string; re: RegExp }[] = [
  {
    // "any recent ops?": the clipped word is too short for a term (it would be read in any text)
    id: 'recent-surgery',
    re: /\b(?:recent|latest|last) ops?\b|\bops? (?:recently|lately|in the (?:last|past) (?:few |couple of |\d+ )?(?:days?|weeks?|months?))\b/,
  },
  {
    // "have you been anywhere hot recently?"
    id: 'foreign-travel',
    re: /\b(?:been|go|gone|went|travel\w*|flown) (?:anywhere|somewhere) (?:hot|warm|sunny|exotic|tropical|far away|nice)\b/,
  },
  {
    id: 'sick-contacts',
    re: /\b(?:anyone|anybody|someone|somebody|people|family|friends|colleagues|household|kids|children|partner)\b[\w\s]{0,40}\b(?:ill|unwell|sick|poorly|bug|infection|flu|coughing|cough|colds?|virus|covid|fever|temperature|diarrhoea|vomiting)\b/,
  },
  {
    // "has anyone at home had the same?"; in the family, "anything similar" asks the family history
    id: 'sick-contacts',
    re: /\b(?:anyone|anybody|someone|somebody|people|friends|colleagues|household|kids|children|partner)\b(?:(?!\b(?:family|relatives?|parents?|mum|dad|mother|father|brothers?|sisters?|siblings?)\b)[\w\s]){0,40}\b(?:similar|same symptoms|the same)\b/,
  },
];
