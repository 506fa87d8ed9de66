import { useId, type ReactNode } from 'react';

export interface CardProps {
  /** The card's heading; the card becomes a region named by it. */
  title?: ReactNode;
  /** Heading level that fits the page outline. */
  headingLevel?: 2 | 3 | 4;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** A bordered panel that groups one topic; with a title it is a landmark named by its heading. */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      className={`mq-card${className ? ` ${className}` : ''}`}
      aria-labelledby={title === undefined ? undefined : headingId}
    >
      {title === undefined ? null : (
        <Heading id={headingId} className="mq-card__title">
          {title}
        </Heading>
      )}
      <div className="mq-card__body">{children}</div>
      {actions === undefined ? null : <div className="mq-card__actions">{actions}</div>}
    </section>
  );
}
