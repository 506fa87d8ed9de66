import { instant } from '../services/time/instant.js';
import { recordBankTransferReceipt } from '../services/payments/bank-transfer.js';
import type { RefundStatus } from '../db/staff-money-tables.js';
import type { TestApp } from './app.js';
import { givenCustomer, type GivenCustomer } from './customers.js';
import { givenStaff } from './staff.js';

/** A bank transfer already received and credited: a paid payment to refund or find. */
export async function givenPaidTransfer(
  app: TestApp,
  amount = 5_000,
  customer?: GivenCustomer,
): Promise<{ customer: GivenCustomer; paymentId: string }> {
  const owner = customer ?? (await givenCustomer(app.deps.db));
  const { payment } = await recordBankTransferReceipt(app.deps.db, {
    agreementId: owner.agreementId,
    amount,
    receivedOn: '2026-11-20',
    statementReference: `txn:${crypto.randomUUID()}`,
    recordedBy: { actorType: 'system', actorId: null },
    at: app.clock.now(),
  });
  return { customer: owner, paymentId: payment.id };
}

/** A statement line no agreement matched, waiting in the queue. */
export async function givenUnmatchedLine(app: TestApp): Promise<string> {
  const staff = await givenStaff(app, { role: 'agent' });
  const at = instant(app.clock.now());
  const importId = crypto.randomUUID();
  await app.deps.db
    .insertInto('bank_statement_imports')
    .values({
      id: importId,
      file_name: 'statement.csv',
      file_sha256: '0'.repeat(64),
      imported_by: staff.id,
      imported_at: at,
      line_count: 1,
      matched_count: 0,
      unmatched_count: 1,
      duplicate_count: 0,
    })
    .execute();
  const lineId = crypto.randomUUID();
  await app.deps.db
    .insertInto('bank_statement_lines')
    .values({
      id: lineId,
      import_id: importId,
      dedupe_key: `txn:${lineId}`,
      line_number: 2,
      bank_transaction_id: lineId,
      received_on: '2026-11-20',
      amount: 4_500,
      reference: 'NO REFERENCE GIVEN',
      status: 'unmatched',
      agreement_id: null,
      payment_id: null,
      resolution_reason: null,
      resolved_by: null,
      resolved_at: null,
      created_at: at,
    })
    .execute();
  return lineId;
}

/** A refund another supervisor asked for, in `status` (by default waiting for approval). */
export async function givenRefund(
  app: TestApp,
  status: RefundStatus = 'awaiting_approval',
): Promise<string> {
  const { customer, paymentId } = await givenPaidTransfer(app);
  const requester = await givenStaff(app, { role: 'supervisor' });
  const id = crypto.randomUUID();
  await app.deps.db
    .insertInto('refunds')
    .values({
      id,
      payment_id: paymentId,
      customer_id: customer.customerId,
      amount: 5_000,
      reason: 'Paid to us in error',
      status,
      idempotency_key: id,
      requested_by: requester.id,
      requested_at: instant(app.clock.now()),
      approved_by: null,
      decided_at: null,
      decision_note: null,
      gateway_refund_id: null,
      failure_reason: status === 'failed' ? 'The card provider did not answer.' : null,
      completed_at: null,
    })
    .execute();
  return id;
}

/** A finished run in the console's list. */
export async function givenConsoleRun(app: TestApp): Promise<string> {
  const staff = await givenStaff(app, { role: 'supervisor' });
  const at = instant(app.clock.now());
  const id = crypto.randomUUID();
  await app.deps.db
    .insertInto('console_runs')
    .values({
      id,
      kind: 'reminders',
      run_key: '2026-11-23',
      status: 'finished',
      started_by: staff.id,
      started_at: at,
      heartbeat_at: at,
      finished_at: at,
      progress: 0,
      result: JSON.stringify({ remindersSent: 0 }),
      error: null,
    })
    .execute();
  return id;
}
