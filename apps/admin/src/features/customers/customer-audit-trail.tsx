import { Alert, Button, Spinner } from '@marque/ui';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { apiProblem } from '../../api-problem.js';
import { useTRPC } from '../../trpc.js';
import { AuditTable } from '../audit/audit-table.js';

/** Everything recorded about this customer, newest first: their own events and staff actions. */
export function CustomerAuditTrail({ customerId }: { customerId: string }) {
  const trpc = useTRPC();
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((before) =>
      trpc.customers.auditTrail.queryOptions(
        before === undefined ? { customerId } : { customerId, before },
      ),
    ),
  });
  const entries = pages.flatMap((page) => page.data?.entries ?? []);
  const last = pages.at(-1);
  const failed = pages.find((page) => page.isError);
  return (
    <section aria-labelledby="trail-heading" className="customer-section">
      <h2 id="trail-heading">Audit trail</h2>
      {failed !== undefined ? (
        <Alert tone="error">{apiProblem(failed.error).message}</Alert>
      ) : pages[0]?.data === undefined ? (
        <Spinner label="Loading the audit trail…" />
      ) : entries.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <AuditTable entries={entries} showCustomer={false} />
      )}
      {last?.data?.nextCursor == null ? null : (
        <Button
          variant="secondary"
          busy={last.isFetching}
          onClick={() => {
            setCursors([...cursors, last.data?.nextCursor ?? undefined]);
          }}
        >
          Show older events
        </Button>
      )}
    </section>
  );
}
