/**
 * Whether a symptom's radiation reaches the site of a pain symptom (arm, jaw, neck, back), so the patient
 * cannot also deny that pain ("it spreads down my left arm" and "no, no arm pain" contradict each other).
 */
const SITE_OF: Readonly<Record<string, RegExp>> = {
  'arm-pain': /\barms?\b/i,
  'jaw-pain': /\bjaw\b/i,
  'neck-pain': /\bneck\b/i,
  'back-pain': /\bback\b|\bshoulder blades?\b/i,
};

/** True when `radiation` (one or more radiation texts) reaches the site of symptom `symptomId`. */
export function radiatesTo(radiation: string, symptomId: string): boolean {
  const site = SITE_OF[symptomId];
  return site?.test(radiation) === true;
}
