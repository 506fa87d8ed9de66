import type { FieldProblem } from '@marque/ui';
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiProblem } from '../api-problem.js';

/** The form's problems for the error summary, in page order; each field's id is its name. */
export function summaryOf<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly (keyof T & string)[],
): FieldProblem[] {
  return order.flatMap((name) => {
    const message = errors[name]?.message;
    return typeof message === 'string' && message !== '' ? [{ fieldId: name, message }] : [];
  });
}

/**
 * Puts the API's field messages under the form's fields of the same name (focusing the first) and
 * returns the message for the top of the form, unless every message found its field.
 */
export function showApiProblem<T extends FieldValues>(
  problem: ApiProblem,
  setError: UseFormSetError<T>,
  fields: readonly (keyof T & string)[],
): string | null {
  const entries = Object.entries(problem.fieldErrors);
  let placed = 0;
  for (const [path, message] of entries) {
    const field = fields.find((name) => name === path);
    if (field === undefined) continue;
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  return placed > 0 && placed === entries.length ? null : problem.message;
}
