import type { StaffRouterOutputs } from '@marque/api';
import { staffRoleAtLeast } from '@marque/schemas';
import { Alert, Button, DateText, Field, Money, Spinner, TextField } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { useSignedInStaff } from '../auth/require-staff.js';
import { METHOD_LABELS, STATUS_LABELS, STATUS_TONES } from './payment-labels.js';
import { RefundButton } from './refund-button.js';

type Payment = StaffRouterOutputs['payments']['search']['payments'][number];
type Method = Payment['method'];
type Status = Payment['status'];

interface Filter {
  text?: string;
  method?: Method;
  status?: Status;
}

const REFUND_WORDS = {
  completed: 'Refunded.',
  awaiting_approval:
    'Refund asked for: above the limit, so a second supervisor must approve it on the Refunds page.',
  processing: 'Refund on its way.',
  failed: 'The refund did not go through; retry it on the Refunds page.',
  rejected: 'Refund rejected.',
} as const;

/** Payments across all customers: by agreement number, payment id or bank / card reference. */
export function PaymentSearch() {
  const trpc = useTRPC();
  const me = useSignedInStaff();
  const mayRefund = staffRoleAtLeast(me.role, 'supervisor');
  const [filter, setFilter] = useState<Filter>({});
  const [note, setNote] = useState<{ text: string; tone: 'success' | 'error' | 'info' } | null>(
    null,
  );
  // The cursor of each page shown; the first page has none.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((after) =>
      trpc.payments.search.queryOptions({
        ...filter,
        limit: 25,
        ...(after === undefined ? {} : { after }),
      }),
    ),
  });
  const payments = pages.flatMap((page) => page.data?.payments ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.isError);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const text = field('text');
    const method = field('method');
    const status = field('status');
    setNote(null);
    setCursors([undefined]);
    setFilter({
      ...(text === '' ? {} : { text }),
      ...(method === '' ? {} : { method: method as Method }),
      ...(status === '' ? {} : { status: status as Status }),
    });
  };

  return (
    <>
      <form noValidate className="filter-form" onSubmit={submit} aria-label="Find payments">
        <TextField
          id="payment-text"
          name="text"
          label="Agreement number or reference"
          autoComplete="off"
          spellCheck={false}
        />
        <Field id="payment-method" label="Method">
          {(control) => (
            <select className="mq-select" name="method" {...control}>
              <option value="">Any</option>
              {Object.entries(METHOD_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="payment-status" label="Status">
          {(control) => (
            <select className="mq-select" name="status" {...control}>
              <option value="">Any</option>
              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="filter-form__buttons">
          <Button type="submit">Search</Button>
        </div>
      </form>
      {note === null ? null : <Alert tone={note.tone}>{note.text}</Alert>}
      {failed !== undefined ? (
        <Alert tone="error">{apiProblem(failed.error).message}</Alert>
      ) : pages[0]?.data === undefined ? (
        <Spinner label="Searching…" />
      ) : payments.length === 0 ? (
        <p className="muted">No payments match.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Payments found">
          <table className="data-table data-table--dense">
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Amount</th>
                <th scope="col">Method</th>
                <th scope="col">Status</th>
                <th scope="col">Received</th>
                <th scope="col">Reference</th>
                {mayRefund ? <th scope="col">Refund</th> : null}
              </tr>
            </thead>
            <tbody>
              {payments.map((payment) => (
                <tr key={payment.id}>
                  <th scope="row">
                    {payment.agreementNumber}
                    <span className="member-contact">{payment.customerName}</span>
                  </th>
                  <td className="nowrap">
                    <Money amount={payment.amount} currency={payment.currency} />
                  </td>
                  <td>{METHOD_LABELS[payment.method]}</td>
                  <td>
                    <span className={`status status--${STATUS_TONES[payment.status]}`}>
                      {STATUS_LABELS[payment.status]}
                    </span>
                  </td>
                  <td className="nowrap">
                    {payment.settledOn === null ? (
                      <span className="muted">Not yet</span>
                    ) : (
                      <DateText date={payment.settledOn} format="short" />
                    )}
                  </td>
                  <td className="details-cell">{payment.reference ?? '—'}</td>
                  {mayRefund ? (
                    <td>
                      {payment.status === 'paid' ? (
                        <RefundButton
                          payment={payment}
                          onDone={(outcome) => {
                            setNote(
                              'error' in outcome
                                ? { text: outcome.error, tone: 'error' }
                                : {
                                    text: REFUND_WORDS[outcome.refund.status],
                                    tone: outcome.refund.status === 'failed' ? 'error' : 'success',
                                  },
                            );
                          }}
                        />
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {last?.data?.nextCursor ? (
        <Button
          variant="secondary"
          busy={last.isFetching}
          onClick={() => {
            const next = last.data.nextCursor ?? undefined;
            setCursors((shown) => [...shown, next]);
          }}
        >
          Show more
        </Button>
      ) : null}
    </>
  );
}
