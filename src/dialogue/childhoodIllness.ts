/**
 * Whether a condition's lay words place it in childhood ("rheumatic fever as a child"). For those the
 * record's years since diagnosis say nothing of when it happened, so the patient gives no time for them
 * ("as a child, three years ago" would contradict itself).
 */
const CHILDHOOD =
  /\b(?:as a (?:child|kid|baby|boy|girl)|in (?:my )?childhood|when i was (?:a )?(?:child|kid|little|baby|young))\b/i;

export function isChildhoodIllness(lay: string): boolean {
  return CHILDHOOD.test(lay);
}
