export interface SpinnerProps {
  /** What is being waited for, read out to screen readers. */
  label?: string;
  /** Inline next to text (in a button) instead of a block on its own. */
  inline?: boolean;
}

/** A loading indicator announced as a status (WCAG 4.1.3 status messages). */
export function Spinner({ label = 'Loading…', inline = false }: SpinnerProps) {
  return (
    <span role="status" className={inline ? 'mq-spinner mq-spinner--inline' : 'mq-spinner'}>
      <span className="mq-spinner__circle" aria-hidden="true" />
      <span className={inline ? 'mq-visually-hidden' : 'mq-spinner__label'}>{label}</span>
    </span>
  );
}
