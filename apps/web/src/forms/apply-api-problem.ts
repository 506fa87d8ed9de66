import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiProblem } from '../api-problem.js';

/** Which form field shows the API's message for each input path, e.g. 'identity.postcode' → 'postcode'. */
export type ApiFieldMap<T extends FieldValues> = Readonly<Partial<Record<string, Path<T>>>>;

/**
 * Puts the API's field messages under their fields (focusing the first, WCAG 3.3.1) and returns the
 * message for the top of the form: the API's own, unless every message found its field.
 */
export function applyApiProblem<T extends FieldValues>(
  problem: ApiProblem,
  setError: UseFormSetError<T>,
  fields: ApiFieldMap<T>,
): string | null {
  let unplaced = false;
  let first = true;
  for (const [path, message] of Object.entries(problem.fieldErrors)) {
    const field = fields[path];
    if (field === undefined) {
      unplaced = true;
      continue;
    }
    setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  const placedAll = !first && !unplaced;
  return placedAll ? null : problem.message;
}
