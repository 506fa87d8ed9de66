import type { ChangeEvent, ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field.js';

export interface OneTimeCodeFieldProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'children' | 'type' | 'maxLength'
> {
  label?: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** How many digits the code has. */
  length?: number;
}

/** Keeps the digits of what was typed or pasted ('123 456', '123-456'), up to the code's length. */
export function codeDigits(text: string, length: number): string {
  return text.replace(/\D/g, '').slice(0, length);
}

/**
 * A one-time code input that phones can fill from a text message or an authenticator
 * (autocomplete="one-time-code", a numeric keypad), and that accepts a pasted code with spaces or
 * dashes: no maxLength, which would cut '123 456' before the spaces could be removed.
 */
export function OneTimeCodeField({
  label = 'Security code',
  hint,
  error,
  id,
  length = 6,
  className,
  onChange,
  ...input
}: OneTimeCodeFieldProps) {
  const sanitise = (event: ChangeEvent<HTMLInputElement>) => {
    const digits = codeDigits(event.target.value, length);
    if (digits !== event.target.value) event.target.value = digits;
    onChange?.(event);
  };
  return (
    <Field label={label} hint={hint ?? `The ${length}-digit code`} error={error} id={id}>
      {(control) => (
        <input
          {...input}
          {...control}
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern={`[0-9]{${length}}`}
          spellCheck={false}
          className={className ? `mq-input mq-input--code ${className}` : 'mq-input mq-input--code'}
          onChange={sanitise}
        />
      )}
    </Field>
  );
}
