/** One YAML file's text parsed and validated against a zod schema: the value, or every problem with its path. */
import { load, YAMLException } from 'js-yaml';
import type { z } from 'zod';
import type { OntologyProblem } from './problem.ts';

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

export function parseYamlFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; problems: OntologyProblem[] } {
  let data: unknown;
  try {
    data = load(text, { filename: file });
  } catch (error) {
    const message = error instanceof YAMLException ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', code: 'yaml_syntax', message }] };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({
        file,
        path: issuePath(i.path),
        code: 'schema',
        message: i.message,
      })),
    };
  }
  return { ok: true, value: parsed.data };
}
