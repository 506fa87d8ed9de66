import { formatMoney } from '@marque/domain';
import { Alert, Button, Card, DateText, formatDate, Money, Spinner, useLocale } from '@marque/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTRPC } from '../../trpc.js';
import { ReportProblemLink } from '../transaction-cases/report-problem-link.js';
import { paymentMethodText, paymentStatusText } from './payment-status-text.js';
import './payments.css';

/** The agreement's payments, newest first, a page at a time, each with its status. */
export function PaymentHistory({ agreementId }: { agreementId: string }) {
  const trpc = useTRPC();
  const locale = useLocale();
  const history = useInfiniteQuery(
    trpc.payments.list.infiniteQueryOptions(
      { agreementId, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const payments = history.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card title="Payment history">
      {history.isError ? (
        <Alert tone="error" title="We could not load your payments">
          <p>{history.error.message}</p>
        </Alert>
      ) : null}
      {history.isPending ? <Spinner label="Loading your payments" /> : null}
      {history.isSuccess && payments.length === 0 ? (
        <p>You have not made any payments here yet.</p>
      ) : null}
      {payments.length === 0 ? null : (
        <div className="mq-table-wrap">
          <table className="mq-table">
            <caption className="mq-visually-hidden">Your payments, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Method</th>
                <th scope="col">Status</th>
                <th scope="col" className="mq-table__number">
                  Amount
                </th>
                <th scope="col">
                  <span className="mq-visually-hidden">Problems</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => (
                <tr key={payment.paymentId}>
                  <td>
                    <Link to={`/payments/${encodeURIComponent(payment.paymentId)}`}>
                      <DateText
                        date={payment.settledOn ?? payment.createdAt.slice(0, 10)}
                        format="short"
                      />
                    </Link>
                  </td>
                  <td>{paymentMethodText(payment.method)}</td>
                  <td>
                    <span className={`payment-status payment-status--${payment.status}`}>
                      {paymentStatusText(payment.status)}
                    </span>
                  </td>
                  <td className="mq-table__number">
                    <Money amount={payment.amount} currency={payment.currency} />
                  </td>
                  <td>
                    <ReportProblemLink
                      entryType="payment"
                      entryId={payment.paymentId}
                      entryName={`the payment of ${formatMoney(payment.amount, payment.currency)} on ${formatDate(payment.settledOn ?? payment.createdAt.slice(0, 10), locale, 'short')}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.hasNextPage ? (
        <Button
          variant="secondary"
          busy={history.isFetchingNextPage}
          onClick={() => {
            void history.fetchNextPage();
          }}
        >
          Show older payments
        </Button>
      ) : null}
    </Card>
  );
}
