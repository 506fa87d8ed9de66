import type { ReactNode } from 'react';

export interface AlertProps {
  tone?: 'error' | 'warning' | 'success' | 'info';
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
}

/**
 * A message box: errors interrupt (role="alert"), everything else waits its turn (role="status"),
 * as WCAG 4.1.3 asks of status messages.
 */
export function Alert({ tone = 'info', title, children, className }: AlertProps) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`mq-alert mq-alert--${tone}${className ? ` ${className}` : ''}`}
    >
      {title === undefined ? null : <p className="mq-alert__title">{title}</p>}
      {children === undefined ? null : <div className="mq-alert__body">{children}</div>}
    </div>
  );
}
