import { useId, type ReactNode } from 'react';

/** The ids a control needs to be described by its hint, error and any extra message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The message shown (and announced through aria-describedby) when the value is refused. */
  error?: string | undefined;
  /** The control's id; generated when absent. ErrorSummary links point at it. */
  id?: string | undefined;
  /** Ids of further descriptions the control owns (e.g. the Caps Lock warning). */
  describedBy?: readonly (string | false | undefined)[];
  /** Content after the control, e.g. a show/hide button. */
  after?: ReactNode;
  /**
   * 'fieldset' for a group of controls (e.g. a date's day, month and year): a legend names it and
   * the group carries the description.
   */
  as?: 'div' | 'fieldset';
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled form field (WCAG 1.3.1, 3.3.1, 3.3.2): the label names the control, the hint and the
 * error describe it through aria-describedby, and aria-invalid marks a refused value.
 */
export function Field({
  label,
  hint,
  error,
  id,
  describedBy = [],
  after,
  as = 'div',
  children,
}: FieldProps) {
  const generated = useId();
  const controlId = id ?? `field${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedByIds = [
    hint === undefined ? undefined : hintId,
    error ? errorId : undefined,
    ...describedBy,
  ].filter((value): value is string => typeof value === 'string' && value !== '');

  const ariaDescribedBy = describedByIds.length > 0 ? describedByIds.join(' ') : undefined;
  const ariaInvalid = error ? true : undefined;
  const className = error ? 'mq-field mq-field--error' : 'mq-field';
  const messages = (
    <>
      {hint === undefined ? null : (
        <p className="mq-field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error ? (
        <p className="mq-field__error" id={errorId}>
          <span className="mq-visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );

  if (as === 'fieldset') {
    return (
      <fieldset className={className} aria-describedby={ariaDescribedBy}>
        <legend className="mq-field__label">{label}</legend>
        {messages}
        {children({ id: controlId, 'aria-describedby': undefined, 'aria-invalid': ariaInvalid })}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label className="mq-field__label" htmlFor={controlId}>
        {label}
      </label>
      {messages}
      <div className="mq-field__control">
        {children({
          id: controlId,
          'aria-describedby': ariaDescribedBy,
          'aria-invalid': ariaInvalid,
        })}
        {after}
      </div>
    </div>
  );
}
