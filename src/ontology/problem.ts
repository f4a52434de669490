/** One problem found in the knowledge base, with where it is. */
export interface OntologyProblem {
  /** File path relative to the knowledge-base root. */
  file: string;
  /** Path inside the file, e.g. `symptoms[2].probability`. */
  path: string;
  code:
    | 'yaml_syntax'
    | 'schema'
    | 'duplicate_id'
    | 'unknown_id'
    | 'bad_range'
    | 'not_physiological'
    | 'inconsistent'
    | 'too_shallow'
    | 'unreachable';
  message: string;
}

export function formatProblem(p: OntologyProblem): string {
  return `${p.file}${p.path ? ` @ ${p.path}` : ''}: [${p.code}] ${p.message}`;
}
