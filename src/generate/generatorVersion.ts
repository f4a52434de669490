/**
 * The generator's version, recorded in every patient. Bump it whenever a change to any step alters the
 * record a seed produces, so "same seed, same versions → same record" stays true.
 */
export const GENERATOR_VERSION = '1.2.1';
