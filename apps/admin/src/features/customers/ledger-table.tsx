import type { Currency } from '@marque/domain';
import { Alert, DateText, Money, Spinner } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { MoreButton } from '../paging/more-button.js';
import { useTRPC } from '../../trpc.js';

/** One agreement's ledger, newest first, from the customers' own transactions service. */
export function LedgerTable({
  customerId,
  agreementId,
  agreementNumber,
  currency,
}: {
  customerId: string;
  agreementId: string;
  agreementNumber: string;
  currency: Currency;
}) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const pages = useQueries({
    queries: cursors.map((cursor) =>
      trpc.customers.transactions.queryOptions({ customerId, agreementId, cursor, limit: 25 }),
    ),
  });
  const items = pages.flatMap((page) => page.data?.items ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.isError);
  if (failed !== undefined) return <Alert tone="error">{apiProblem(failed.error).message}</Alert>;
  if (pages[0]?.data === undefined) return <Spinner label="Loading transactions…" />;
  return (
    <>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`Transactions of ${agreementNumber}`}
      >
        <table className="data-table data-table--dense">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Description</th>
              <th scope="col">Debit</th>
              <th scope="col">Credit</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="nowrap">
                  <DateText date={item.date} format="short" />
                </td>
                <td>
                  {item.description}
                  {item.reference === null ? null : (
                    <span className="member-contact">{item.reference}</span>
                  )}
                </td>
                <td>
                  {item.side === 'debit' ? <Money amount={item.amount} currency={currency} /> : ''}
                </td>
                <td>
                  {item.side === 'credit' ? <Money amount={item.amount} currency={currency} /> : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreButton
        last={last}
        onMore={(cursor) => {
          setCursors([...cursors, cursor]);
        }}
      >
        Show older transactions
      </MoreButton>
    </>
  );
}
