import { useId, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { Field } from './field.js';
import { useCapsLock } from './use-caps-lock.js';

export interface PasswordFieldProps extends Omit<
  ComponentPropsWithRef<'input'>,
  'children' | 'type'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** 'current-password' to sign in, 'new-password' to choose one: password managers rely on it. */
  autoComplete: 'current-password' | 'new-password';
  /** Extra content under the field, e.g. a strength meter. */
  children?: ReactNode;
  /** Ids of that extra content, so that it is read with the field. */
  describedBy?: readonly (string | false | undefined)[];
}

/**
 * A password input with a show/hide toggle and a Caps Lock warning that is visible and announced
 * (NIST SP 800-63B §5.1.1.2 suggests letting people see what they type; a surprise Caps Lock is the
 * most common cause of a failed sign-in).
 */
export function PasswordField({
  label,
  hint,
  error,
  id,
  className,
  children,
  describedBy = [],
  onKeyDown,
  onKeyUp,
  onClick,
  onBlur,
  ...input
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  const { capsLockOn, read, forget } = useCapsLock();
  const generated = useId();
  const controlId = id ?? `password${generated}`;
  const warningId = `${controlId}-caps-lock`;

  return (
    <div className="mq-password">
      <Field
        label={label}
        hint={hint}
        error={error}
        id={controlId}
        describedBy={[capsLockOn && warningId, ...describedBy]}
        after={
          <button
            type="button"
            className="mq-password__toggle"
            aria-pressed={visible}
            onClick={() => {
              setVisible((shown) => !shown);
            }}
          >
            {visible ? 'Hide' : 'Show'}
            <span className="mq-visually-hidden"> password</span>
          </button>
        }
      >
        {(control) => (
          <input
            {...input}
            {...control}
            type={visible ? 'text' : 'password'}
            spellCheck={false}
            autoCapitalize="none"
            autoCorrect="off"
            className={className ? `mq-input ${className}` : 'mq-input'}
            onKeyDown={(event) => {
              read(event);
              onKeyDown?.(event);
            }}
            onKeyUp={(event) => {
              read(event);
              onKeyUp?.(event);
            }}
            onClick={(event) => {
              read(event);
              onClick?.(event);
            }}
            onBlur={(event) => {
              forget(event);
              onBlur?.(event);
            }}
          />
        )}
      </Field>
      {/* The live region stays in the page so that screen readers announce the warning when it appears. */}
      <div aria-live="polite" className="mq-password__caps-region">
        {capsLockOn ? (
          <p id={warningId} className="mq-password__caps-lock">
            <span aria-hidden="true">⚠ </span>Caps Lock is on
          </p>
        ) : null}
      </div>
      {children}
    </div>
  );
}
