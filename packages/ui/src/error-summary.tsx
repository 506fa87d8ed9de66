import { useId } from 'react';

export interface FieldProblem {
  /** The id of the control to go to (the field's `id`). */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  problems: readonly FieldProblem[];
  title?: string;
}

/**
 * The list of problems at the top of a form (WCAG 3.3.1): announced when it appears, each entry a
 * link that moves focus to its field. The form itself moves focus to the first field in error.
 */
export function ErrorSummary({ problems, title = 'There is a problem' }: ErrorSummaryProps) {
  const titleId = useId();
  if (problems.length === 0) return null;
  return (
    <div className="mq-error-summary" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="mq-error-summary__title">
        {title}
      </h2>
      <ul className="mq-error-summary__list">
        {problems.map((problem) => (
          <li key={problem.fieldId}>
            <a
              href={`#${problem.fieldId}`}
              onClick={(event) => {
                // The router owns the URL; moving focus is all the link needs to do.
                event.preventDefault();
                const field = document.getElementById(problem.fieldId);
                field?.focus();
                field?.scrollIntoView({ block: 'center' });
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
