import { Alert, Card, DateText, Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useBrand } from '../../brand.js';
import { useTRPC } from '../../trpc.js';
import { formatDateTime } from '../security/date-time.js';
import { CASE_STATUS_TEXT, reasonText } from './reason-text.js';
import './transaction-cases.css';

/** The problems the customer reported on a transaction, newest first, with where each stands. */
export function ReportedProblems() {
  const brand = useBrand();
  const trpc = useTRPC();
  const cases = useQuery(trpc.transactionCases.list.queryOptions());
  if (cases.isSuccess && cases.data.length === 0) return null;
  return (
    <Card title="Problems you reported" className="reported-problems-card">
      {cases.isPending ? <Spinner label="Loading the problems you reported" /> : null}
      {cases.isError ? <Alert tone="error">{cases.error.message}</Alert> : null}
      {cases.data === undefined ? null : (
        <ul className="reported-problems" aria-label="Problems you reported">
          {cases.data.map((item) => (
            <li key={item.id}>
              <h3>
                {reasonText(item.reason, brand.market)} · {item.reference}
              </h3>
              <p>
                <span className={`case-status case-status--${item.status}`}>
                  {CASE_STATUS_TEXT[item.status]}
                </span>{' '}
                Reported {formatDateTime(item.createdAt, brand.locale)}
              </p>
              <p>
                {item.entry.description}, <DateText date={item.entry.date} format="short" />,{' '}
                <Money amount={item.entry.amount} currency={item.entry.currency} />
              </p>
              {item.outcome === null ? null : (
                <p className="case-outcome">
                  <strong>Our answer: </strong>
                  {item.outcome}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
