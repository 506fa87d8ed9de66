import { TRPCError } from '@trpc/server';

/** Messages for individual form fields, keyed by the field's path (e.g. 'password', 'address.postcode'). */
export type FieldErrors = Record<string, string>;

/** Carries field messages to the error formatter, which puts them in `data.fieldErrors`. */
export class FieldErrorsCause extends Error {
  override readonly name = 'FieldErrorsCause';
  constructor(readonly fieldErrors: FieldErrors) {
    super('field errors');
  }
}

/** A BAD_REQUEST whose fields the form can highlight, each with a message the customer understands. */
export function fieldError(
  fieldErrors: FieldErrors,
  message = 'Please check the highlighted details.',
): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message, cause: new FieldErrorsCause(fieldErrors) });
}

interface IssueLike {
  path: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

function hasIssues(value: unknown): value is { issues: IssueLike[] } {
  return (
    typeof value === 'object' && value !== null && 'issues' in value && Array.isArray(value.issues)
  );
}

/** The first message per field of a schema validation error (zod or any Standard Schema), or null. */
export function fieldErrorsOfValidation(cause: unknown): FieldErrors | null {
  if (!hasIssues(cause)) return null;
  const errors: FieldErrors = {};
  for (const issue of cause.issues) {
    const key = issue.path
      .map((part) => (typeof part === 'object' ? String(part.key) : String(part)))
      .join('.');
    errors[key === '' ? 'input' : key] ??= issue.message;
  }
  return errors;
}
