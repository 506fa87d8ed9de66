import type { FieldProblem } from '@marque/ui';
import type { FieldErrors, FieldValues } from 'react-hook-form';

/**
 * The form's problems for the error summary, in the order the fields appear on the page; each
 * field's id is its name, so the summary's links land on it.
 */
export function formProblems<T extends FieldValues>(
  errors: FieldErrors<T>,
  order: readonly (keyof T & string)[],
): FieldProblem[] {
  return order.flatMap((name) => {
    const message = errors[name]?.message;
    return typeof message === 'string' && message !== '' ? [{ fieldId: name, message }] : [];
  });
}
