/**
 * The record's third-person social phrases in the patient's own voice: "lives with their wife" →
 * "I live with my wife"; "widowed, lives alone in a bungalow; daughter visits daily" → "I'm widowed,
 * I live alone in a bungalow; my daughter visits daily".
 */
export function firstPerson(text: string): string {
  let t = text
    .replace(/\bspouse\b/g, 'partner')
    .replace(/^single parent\b/, 'a single parent')
    .replace(/\blives\b/g, 'I live')
    .replace(/\b(?:their|his|her)\b/g, 'my')
    .replace(/\bthemselves\b/g, 'myself')
    .replace(/\bthem\b/g, 'me')
    .replace(/\bthey (?:are|were)\b/g, 'I am')
    .replace(/\bthey\b/g, 'I')
    .replace(/;\s*(daughter|son|wife|husband|partner|carers?)\b/g, '; my $1')
    .replace(/\bI live\b(.*)\bI live\b/, 'I live$1I live');
  if (!/^I\b/.test(t)) t = `I'm ${t}`;
  return t.replace(/^I'm I live/, 'I live');
}
