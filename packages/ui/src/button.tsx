import type { ComponentPropsWithRef } from 'react';
import { Spinner } from './spinner.js';

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  /** While true the button shows progress and refuses a second press (no double submissions). */
  busy?: boolean;
}

/** A button with a 44 px target (WCAG 2.5.8) and a busy state that blocks double submission. */
export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  className,
  children,
  disabled,
  ...button
}: ButtonProps) {
  const classes = `mq-button mq-button--${variant}${className ? ` ${className}` : ''}`;
  return (
    <button
      {...button}
      type={type}
      className={classes}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={
        busy
          ? (event) => {
              event.preventDefault();
            }
          : button.onClick
      }
    >
      {busy ? <Spinner inline label="Please wait" /> : null}
      {children}
    </button>
  );
}
