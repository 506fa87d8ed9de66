import type { StaffRouterOutputs } from '@marque/api';
import { Alert, Card, DateText, Field, Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../api-problem.js';
import '../features/payments/payments.css';
import { METHOD_LABELS } from '../features/payments/payment-labels.js';
import { RefundActions } from '../features/refunds/refund-actions.js';
import { Page } from '../shell/page.js';
import { useTRPC } from '../trpc.js';

type Refund = StaffRouterOutputs['refunds']['list'][number];
type Status = Refund['status'];

const STATUS_LABELS: Readonly<Record<Status, string>> = {
  awaiting_approval: 'Waiting for approval',
  processing: 'Being paid back',
  completed: 'Refunded',
  failed: 'Not paid back',
  rejected: 'Rejected',
};

const STATUS_TONES: Readonly<Record<Status, string>> = {
  awaiting_approval: 'invited',
  processing: 'invited',
  completed: 'active',
  failed: 'disabled',
  rejected: 'disabled',
};

/** Refunds: the four-eyes queue, and what became of each refund asked for. */
export function Component() {
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status | ''>('awaiting_approval');
  const [note, setNote] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const limit = useQuery(trpc.refunds.approvalLimit.queryOptions());
  const list = useQuery(
    trpc.refunds.list.queryOptions(status === '' ? {} : { status }, { refetchInterval: 15_000 }),
  );

  return (
    <Page title="Refunds">
      <p className="narrow">
        Ask for a refund from a paid payment on the Payments page.
        {limit.data === undefined ? null : (
          <>
            {' '}
            Refunds above <Money amount={limit.data.above} currency={limit.data.currency} /> need a
            second supervisor&apos;s approval: the supervisor who asked cannot approve their own.
          </>
        )}
      </p>
      {note === null ? null : <Alert tone={note.tone}>{note.text}</Alert>}
      <Card title="Refunds">
        <div className="filter-form">
          <Field id="refund-status" label="Show">
            {(control) => (
              <select
                className="mq-select"
                {...control}
                value={status}
                onChange={(event) => {
                  setStatus(event.target.value as Status | '');
                }}
              >
                {Object.entries(STATUS_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
                <option value="">All refunds</option>
              </select>
            )}
          </Field>
        </div>
        {list.isError ? (
          <Alert tone="error">{apiProblem(list.error).message}</Alert>
        ) : list.data === undefined ? (
          <Spinner label="Loading refunds…" />
        ) : list.data.length === 0 ? (
          <p className="muted">No refunds here.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Refunds">
            <table className="data-table data-table--dense">
              <thead>
                <tr>
                  <th scope="col">Agreement</th>
                  <th scope="col">Amount</th>
                  <th scope="col">Reason</th>
                  <th scope="col">Asked by</th>
                  <th scope="col">Status</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((refund) => (
                  <tr key={refund.id}>
                    <th scope="row">
                      {refund.agreementNumber}
                      <span className="member-contact">{refund.customerName}</span>
                    </th>
                    <td className="nowrap">
                      <Money amount={refund.amount} currency={refund.currency} />
                      <span className="member-contact">{METHOD_LABELS[refund.method]}</span>
                    </td>
                    <td className="details-cell">{refund.reason}</td>
                    <td>
                      {refund.requestedBy.name}
                      <span className="member-contact">
                        <DateText date={refund.requestedAt.slice(0, 10)} format="short" />
                      </span>
                    </td>
                    <td>
                      <span className={`status status--${STATUS_TONES[refund.status]}`}>
                        {STATUS_LABELS[refund.status]}
                      </span>
                      {refund.approvedBy === null ? null : (
                        <span className="member-contact">
                          {refund.status === 'rejected' ? 'Rejected' : 'Approved'} by{' '}
                          {refund.approvedBy.name}
                        </span>
                      )}
                      {refund.failureReason === null ? null : (
                        <span className="member-contact">{refund.failureReason}</span>
                      )}
                    </td>
                    <td>
                      <RefundActions refund={refund} onDone={setNote} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </Page>
  );
}
