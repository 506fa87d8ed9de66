import { Card, Stack } from '@marque/ui';
import '../features/payments/payments.css';
import { PaymentSearch } from '../features/payments/payment-search.js';
import { RecordTransferForm } from '../features/payments/record-transfer-form.js';
import { StatementImport } from '../features/payments/statement-import.js';
import { StatementQueue } from '../features/payments/statement-queue.js';
import { Page } from '../shell/page.js';

/** Money received: enter a transfer, import the bank statement, clear the queue, find a payment. */
export function Component() {
  // The browser's day: a default for the form only; the API checks against the lender's calendar.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <Page title="Payments">
      <Stack>
        <Card title="Record a bank transfer">
          <RecordTransferForm today={today} />
        </Card>
        <Card title="Import a bank statement">
          <StatementImport />
        </Card>
        <Card title="Unmatched statement lines">
          <StatementQueue />
        </Card>
        <Card title="Find payments">
          <PaymentSearch />
        </Card>
      </Stack>
    </Page>
  );
}
