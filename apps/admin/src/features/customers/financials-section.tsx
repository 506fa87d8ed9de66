import { Alert, Card, DateText, Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { InstantText } from '../audit/instant-text.js';
import { LedgerTable } from './ledger-table.js';

const INSTALMENT_STATUS = {
  paid: 'Paid',
  part_paid: 'Part paid',
  due: 'Due',
  overdue: 'Overdue',
} as const;

const PAYMENT_METHOD: Readonly<Record<string, string>> = {
  card: 'Card',
  bank_transfer: 'Bank transfer',
  direct_debit: 'Direct Debit',
};

/**
 * Agreements (figures, schedule, Direct Debit) and payments. They answer identity questions (the
 * last payment), so they load only while the member's check of the caller is current.
 */
export function FinancialsSection({
  customerId,
  verified,
}: {
  customerId: string;
  verified: boolean;
}) {
  const trpc = useTRPC();
  const financials = useQuery({
    ...trpc.customers.financials.queryOptions({ customerId }),
    enabled: verified,
  });
  return (
    <section aria-labelledby="financials-heading" className="customer-section">
      <h2 id="financials-heading">Agreements and payments</h2>
      {!verified ? (
        <p className="muted">
          Shown once the caller passes the identity check: they include answers to its questions.
        </p>
      ) : financials.isError ? (
        <Alert tone="error">{apiProblem(financials.error).message}</Alert>
      ) : financials.data === undefined ? (
        <Spinner label="Loading agreements and payments…" />
      ) : (
        <>
          {financials.data.agreements.map(({ summary, schedule, mandate }) => (
            <Card key={summary.id} title={`${summary.type} ${summary.agreementNumber}`}>
              <dl className="facts">
                <div>
                  <dt>Vehicle</dt>
                  <dd>
                    {summary.vehicle.description} ({summary.vehicle.registration})
                  </dd>
                </div>
                <div>
                  <dt>Balance outstanding</dt>
                  <dd>
                    <Money
                      amount={summary.position.balanceOutstanding}
                      currency={summary.currency}
                    />
                  </dd>
                </div>
                <div>
                  <dt>Arrears</dt>
                  <dd>
                    {summary.position.arrears.amount === 0 ? (
                      'None'
                    ) : (
                      <strong>
                        <Money
                          amount={summary.position.arrears.amount}
                          currency={summary.currency}
                        />{' '}
                        ({summary.position.arrears.installmentsMissed} missed)
                      </strong>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>Next payment</dt>
                  <dd>
                    {summary.position.nextPayment === null ? (
                      'None left'
                    ) : (
                      <>
                        <Money
                          amount={summary.position.nextPayment.amount}
                          currency={summary.currency}
                        />{' '}
                        on <DateText date={summary.position.nextPayment.dueDate} format="short" />
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>Direct Debit</dt>
                  <dd>
                    {mandate === null
                      ? 'None'
                      : `${mandate.state}, day ${String(mandate.collectionDay)}, account ${mandate.accountNumber}`}
                  </dd>
                </div>
              </dl>
              <details className="schedule">
                <summary>Payment schedule ({schedule.length} instalments)</summary>
                <div
                  className="table-scroll"
                  tabIndex={0}
                  role="region"
                  aria-label={`Schedule of ${summary.agreementNumber}`}
                >
                  <table className="data-table data-table--dense">
                    <thead>
                      <tr>
                        <th scope="col">No.</th>
                        <th scope="col">Due</th>
                        <th scope="col">Amount</th>
                        <th scope="col">Paid</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {schedule.map((line) => (
                        <tr key={line.number}>
                          <th scope="row">{line.number}</th>
                          <td>
                            <DateText date={line.dueDate} format="short" />
                          </td>
                          <td>
                            <Money amount={line.amount} currency={summary.currency} />
                          </td>
                          <td>
                            <Money amount={line.paid} currency={summary.currency} />
                          </td>
                          <td>{INSTALMENT_STATUS[line.status]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
              <details className="schedule">
                <summary>Transactions</summary>
                <LedgerTable
                  customerId={customerId}
                  agreementId={summary.id}
                  agreementNumber={summary.agreementNumber}
                  currency={summary.currency}
                />
              </details>
            </Card>
          ))}
          <h3>Payments</h3>
          {financials.data.payments.length === 0 ? (
            <p>No payments made online or recorded yet.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Payments">
              <table className="data-table data-table--dense">
                <thead>
                  <tr>
                    <th scope="col">Taken</th>
                    <th scope="col">Method</th>
                    <th scope="col">Amount</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {financials.data.payments.map((payment) => (
                    <tr key={payment.paymentId}>
                      <td className="nowrap">
                        <InstantText at={payment.createdAt} />
                      </td>
                      <td>{PAYMENT_METHOD[payment.method] ?? payment.method}</td>
                      <td>
                        <Money amount={payment.amount} currency={payment.currency} />
                      </td>
                      <td>
                        {payment.status}
                        {payment.failureReason === null ? null : ` (${payment.failureReason})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {financials.data.morePayments ? (
            <p className="muted">The 50 most recent payments are shown.</p>
          ) : null}
        </>
      )}
    </section>
  );
}
