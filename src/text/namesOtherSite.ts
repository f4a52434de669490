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
  ['knee', 'knees'],
  ['ankle', 'ankles'],
  ['hip', 'hips'],
  ['wrist', 'wrists'],
  ['elbow', 'elbows'],
  ['hand', 'hands', 'finger', 'fingers'],
  ['foot', 'feet', 'toe', 'toes'],
];
const PATTERNS = SITES.map((words) => new RegExp(`\\b(?:${words.join('|')})\\b`, 'i'));

const MEMO_LIMIT = 5000;
const memo = new Map<string, Map<string, boolean>>();

/**
 * True when `lay` names a body site that `site` (the record's site attribute) does not, so the opening
 * words would contradict where the patient later says it is ("pain in my chest" for a pain "between my
 * shoulder blades"). Without a site nothing is contradicted.
 */
export function namesOtherSite(lay: string, site: string | undefined): boolean {
  if (site === undefined) return false;
  // both come from small vocabularies (the opening words from phrasings and timelines): answer each pair once
  let byLay = memo.get(site);
  if (!byLay) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    byLay = new Map();
    memo.set(site, byLay);
  }
  let answer = byLay.get(lay);
  if (answer === undefined) {
    answer = PATTERNS.some((p) => p.test(lay) && !p.test(site));
    if (byLay.size >= MEMO_LIMIT) byLay.clear();
    byLay.set(lay, answer);
  }
  return answer;
}
