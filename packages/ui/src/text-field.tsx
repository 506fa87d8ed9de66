import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled text input whose hint and error are linked to it (WCAG 3.3.1 error identification). */
export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <input
          type="text"
          {...input}
          {...control}
          className={className ? `mq-input ${className}` : 'mq-input'}
        />
      )}
    </Field>
  );
}
