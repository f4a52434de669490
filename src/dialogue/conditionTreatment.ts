/**
 * How a condition is treated, asked after it is named: "diabetes? and do you take anything for it?",
 * "if so, how is it controlled?", "BP or sugar problems? anything you take for those?". With no symptom
 * to relieve, this asks the medication history. Written on the normalized clause with phrases masked.
 */
export const TREATMENT_OF_CONDITION = new RegExp(
  [
    // "do you take anything for them?", "are you on something for it?"
    '\\b(?:take|taking|on|use|using) (?:anything|something) for (?:it|them|that|those|these|x{3,})',
    // "anything you take for those?", "what are you on for it?", "what do you use for that?"
    '\\b(?:anything|something|what) (?:do |that )?you (?:take|are taking|use|are on|have) for (?:it|them|that|those|these)\\b',
    // "how is it controlled?", "how are they managed?", "how's that being treated?"
    '\\bhow (?:is|are|has|have) (?:it|they|that|those|these|them) (?:been |being )?(?:controlled|managed|treated|kept (?:under control|in check))\\b',
    // "is it well controlled?", "are they under control?"
    '\\b(?:is|are) (?:it|they|that|those|these) (?:well |badly |poorly |properly |being )?(?:controlled|managed|treated|under control)\\b',
    // "how do you control it?", "how do you keep it under control?"
    '\\bhow do you (?:control|manage|treat|keep) (?:it|them|that|those|these)\\b',
  ].join('|'),
);
