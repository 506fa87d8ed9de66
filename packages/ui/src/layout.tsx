import type { ReactNode } from 'react';

export interface LayoutProps {
  className?: string;
  children?: ReactNode;
}

/** Centres content at a readable width with side padding that keeps 375 px phones usable. */
export function Container({ className, children }: LayoutProps) {
  return <div className={className ? `mq-container ${className}` : 'mq-container'}>{children}</div>;
}

/** Stacks its children vertically with the standard gap between them. */
export function Stack({
  className,
  children,
  gap = 'medium',
}: LayoutProps & { gap?: 'small' | 'medium' | 'large' }) {
  return (
    <div className={`mq-stack mq-stack--${gap}${className ? ` ${className}` : ''}`}>{children}</div>
  );
}
