/** Whether a patient's phrase names a body site another description of the same complaint does not. */

/** Body sites a lay phrasing may name, each with the words that name it. */
const SITES: readonly (readonly string[])[] = [
  ['chest', 'breastbone', 'sternum'],
  ['back', 'shoulder blade', 'shoulder blades', 'spine'],
  ['arm', 'arms'],
  ['jaw'],
  ['neck'],
  ['stomach', 'tummy', 'belly', 'abdomen'],
  ['head'],
  ['leg', 'legs', 'calf', 'calves', 'thigh'],
  ['shoulder', 'shoulders'],
  ['throat'],
];
const PATTERNS = SITES.map((words) => new RegExp(`\\b(?:${words.join('|')})\\b`, 'i'));

/**
 * True when `lay` names a body site that `site` (the record's site attribute) does not, so the opening
 * words would contradict where the patient later says it is ("pain in my chest" for a pain "between my
 * shoulder blades"). Without a site nothing is contradicted.
 */
export function namesOtherSite(lay: string, site: string | undefined): boolean {
  if (site === undefined) return false;
  return PATTERNS.some((p) => p.test(lay) && !p.test(site));
}
