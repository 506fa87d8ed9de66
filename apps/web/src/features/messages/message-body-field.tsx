import { Field } from '@marque/ui';
import type { ComponentPropsWithRef, ReactNode } from 'react';

export interface MessageBodyFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A labelled multi-line field for writing a message, described by its hint and error. */
export function MessageBodyField({ label, hint, error, id, ...textarea }: MessageBodyFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} id={id}>
      {(control) => (
        <textarea rows={8} {...textarea} {...control} className="mq-input message-body" />
      )}
    </Field>
  );
}
