import type { Currency } from '@marque/domain';
import { formatMoney } from '@marque/domain';
import { Alert, Button, Card, DateText, formatDate, Money, Spinner, useLocale } from '@marque/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC, useTRPCClient } from '../../trpc.js';
import { ReportProblemLink } from '../transaction-cases/report-problem-link.js';
import type { Transaction } from './agreement-api-types.js';
import { downloadFile } from './download-file.js';
import { transactionsCsv, transactionsFileName } from './transactions-csv.js';
import './agreements.css';

const PAGE_SIZE = 10;
const EXPORT_PAGE_SIZE = 100;

export interface TransactionsPanelProps {
  agreementId: string;
  agreementNumber: string;
  currency: Currency;
}

/** The account's history, newest first, a page at a time, with every entry downloadable as CSV. */
export function TransactionsPanel({
  agreementId,
  agreementNumber,
  currency,
}: TransactionsPanelProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const locale = useLocale();
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const pages = useInfiniteQuery(
    trpc.agreements.transactions.infiniteQueryOptions(
      { agreementId, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );

  const download = async () => {
    setExporting(true);
    setExportFailed(false);
    try {
      const all: Transaction[] = [];
      let cursor: string | null = null;
      do {
        const page = await client.agreements.transactions.query({
          agreementId,
          cursor,
          limit: EXPORT_PAGE_SIZE,
        });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      downloadFile(
        transactionsFileName(agreementNumber),
        transactionsCsv(all, currency),
        'text/csv;charset=utf-8',
      );
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const transactions = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card
      title="Transactions"
      actions={
        <Button variant="secondary" busy={exporting} onClick={() => void download()}>
          Download all as CSV
        </Button>
      }
    >
      {exportFailed ? (
        <Alert tone="error" title="We could not prepare your download">
          <p>Please try again in a moment.</p>
        </Alert>
      ) : null}
      {pages.isPending ? <Spinner label="Loading transactions" /> : null}
      {pages.isError ? (
        <Alert tone="error" title="We could not load your transactions">
          <p>{pages.error.message}</p>
        </Alert>
      ) : null}
      {pages.isSuccess && transactions.length === 0 ? <p>There are no transactions yet.</p> : null}
      {transactions.length > 0 ? (
        <table className="mq-table transactions">
          <caption className="mq-visually-hidden">Transactions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Details</th>
              <th scope="col" className="mq-table__number">
                Charged
              </th>
              <th scope="col" className="mq-table__number">
                Paid
              </th>
            </tr>
          </thead>
          <tbody>
            {transactions.map((transaction) => (
              <tr key={transaction.id}>
                <td>
                  <DateText date={transaction.date} format="short" />
                </td>
                <td>
                  {transaction.description}
                  {transaction.reference === null ? null : (
                    <span className="transactions__reference">{transaction.reference}</span>
                  )}
                  <ReportProblemLink
                    entryType="ledger_entry"
                    entryId={transaction.id}
                    entryName={`${transaction.description}, ${formatMoney(transaction.amount, currency)} on ${formatDate(transaction.date, locale, 'short')}`}
                  />
                </td>
                <td className="mq-table__number">
                  {transaction.side === 'debit' ? (
                    <Money amount={transaction.amount} currency={currency} />
                  ) : null}
                </td>
                <td className="mq-table__number">
                  {transaction.side === 'credit' ? (
                    <Money amount={transaction.amount} currency={currency} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pages.hasNextPage ? (
        <Button
          variant="secondary"
          busy={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          Show older transactions
        </Button>
      ) : null}
    </Card>
  );
}
