/** Pregnancy as the knowledge base and the record model it: shared by the generator and the record checks. */

/** The exposure id of pregnancy or recent childbirth (shared id, ontology/README.md). */
export const PREGNANCY_EXPOSURE = 'pregnancy-postpartum';

/** Ages at which a female patient carries `history.pregnant` and may be pregnant or postpartum. */
export const REPRODUCTIVE_AGE = { low: 16, high: 50 } as const;
