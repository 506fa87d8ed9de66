import { expect, it } from 'vitest';
import { loadCustomerAgreement } from '../../services/agreements/agreement-queries.js';
import { applyPayments } from '../../services/agreements/payments-applied.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenCustomer, type GivenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface ImportAnswer {
  lines: number;
  matched: number;
  unmatched: number;
  duplicates: number;
  debitsSkipped: number;
}

interface LineAnswer {
  id: string;
  reference: string;
  amount: number;
  status: string;
  agreementNumber: string | null;
}

async function agentOf(test: TestApp): Promise<TestClient> {
  return (await staffBrowser(test, 'agent')).browser;
}

async function paymentsOf(test: TestApp, customer: GivenCustomer) {
  return test.deps.db
    .selectFrom('payments')
    .select(['amount', 'status', 'method', 'settled_at', 'gateway_reference'])
    .where('agreement_id', '=', customer.agreementId)
    .orderBy('settled_at')
    .execute();
}

/** How much of each instalment the account's receipts meet, by the domain's allocation. */
async function paidTowards(test: TestApp, customer: GivenCustomer): Promise<number[]> {
  const record = await loadCustomerAgreement(
    test.deps.db,
    customer.customerId,
    customer.agreementId,
  );
  if (record === undefined) throw new Error('agreement not found');
  const applied = applyPayments(record.schedule, record.ledger, '2026-11-23');
  return record.schedule.slice(0, 3).map((line) => applied.paidTowards.get(line.number) ?? 0);
}

describeEachDatabase('staff payments', (getDb) => {
  it('records a bank transfer from the statement, allocated to the oldest instalment, once', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const input = {
      agreementNumber: ` ${customer.agreementNumber.toLowerCase()} `,
      amount: '150.00',
      receivedOn: '2026-11-20',
      bankReference: 'BGC-778812',
    };
    const first = await agent.mutation<{ created: boolean; payment: { status: string } }>(
      'payments.recordBankTransfer',
      input,
    );
    expect(first.status).toBe(200);
    expect(first.data).toMatchObject({
      created: true,
      payment: { status: 'paid', amount: 15_000 },
    });
    const again = await agent.mutation('payments.recordBankTransfer', input);
    expect(again.data).toMatchObject({ created: false });
    expect(await paymentsOf(test, customer)).toEqual([
      {
        amount: 15_000,
        status: 'paid',
        method: 'bank_transfer',
        settled_at: '2026-11-20',
        gateway_reference: 'txn:BGC-778812',
      },
    ]);
    const [firstInstalment] = await paidTowards(test, customer);
    expect(firstInstalment).toBe(15_000);
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_type', 'customer_id'])
      .where('event', '=', 'payment.bank_transfer_recorded')
      .execute();
    expect(audit).toEqual([
      {
        event: 'payment.bank_transfer_recorded',
        actor_type: 'staff',
        customer_id: customer.customerId,
      },
    ]);
  });

  it('refuses a transfer with field messages: unknown agreement, future date, bad amount, reused reference', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const valid = {
      agreementNumber: customer.agreementNumber,
      amount: '10.00',
      receivedOn: '2026-11-20',
      bankReference: 'REF-1',
    };
    const unknown = await agent.mutation('payments.recordBankTransfer', {
      ...valid,
      agreementNumber: 'ZZ99999999',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.data.fieldErrors).toEqual({
      agreementNumber: 'No agreement has this number. Check it against the statement.',
    });
    const future = await agent.mutation('payments.recordBankTransfer', {
      ...valid,
      receivedOn: '2026-11-24',
    });
    expect(future.error?.data.fieldErrors).toEqual({
      receivedOn: 'The money cannot have arrived after today.',
    });
    const amount = await agent.mutation('payments.recordBankTransfer', { ...valid, amount: '-5' });
    expect(amount.error?.data.fieldErrors).toEqual({
      amount: 'Enter the amount received like 1,250.00.',
    });
    await agent.mutation('payments.recordBankTransfer', valid);
    const reused = await agent.mutation('payments.recordBankTransfer', {
      ...valid,
      amount: '11.00',
    });
    expect(reused.status).toBe(400);
    expect(Object.keys(reused.error?.data.fieldErrors ?? {})).toEqual(['bankReference']);
    expect(await paymentsOf(test, customer)).toHaveLength(1);
  });

  it('imports a statement: matched lines paid, unmatched queued, debits skipped; re-importing adds nothing', async () => {
    const test = createTestApp({ db: getDb() });
    const alice = await givenCustomer(test.deps.db);
    const bob = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const spaced = `${bob.agreementNumber.slice(0, 2)} ${bob.agreementNumber.slice(2)}`;
    const csv = [
      'Date,Amount,Reference,Transaction ID',
      `2026-11-20,312.50,${alice.agreementNumber},T-1001`,
      `21/11/2026,"1,000.00","${spaced} J SMITH",T-1002`,
      '2026-11-21,45.00,BIRTHDAY MONEY,T-1003',
      '2026-11-21,-20.00,BANK CHARGE,T-1004',
      `2026-11-22,312.50,${alice.agreementNumber},T-1001`,
    ].join('\r\n');
    const first = await agent.mutation<ImportAnswer>('payments.importStatement', {
      fileName: 'statement-2026-11-22.csv',
      content: csv,
    });
    expect(first.data).toMatchObject({
      lines: 4,
      matched: 2,
      unmatched: 1,
      duplicates: 1,
      debitsSkipped: 1,
    });
    expect(await paymentsOf(test, alice)).toEqual([
      expect.objectContaining({ amount: 31_250, settled_at: '2026-11-20' }),
    ]);
    expect(await paymentsOf(test, bob)).toEqual([
      expect.objectContaining({ amount: 100_000, settled_at: '2026-11-21' }),
    ]);

    const again = await agent.mutation<ImportAnswer>('payments.importStatement', {
      fileName: 'statement-2026-11-22.csv',
      content: csv,
    });
    expect(again.data).toMatchObject({ matched: 0, unmatched: 0, duplicates: 4 });
    const overlapping = await agent.mutation<ImportAnswer>('payments.importStatement', {
      fileName: 'statement-2026-11-23.csv',
      content: [
        'date,amount,reference,transaction id',
        `2026-11-21,"1,000.00","${spaced} J SMITH",T-1002`,
        `2026-11-23,312.50,${alice.agreementNumber},T-1005`,
      ].join('\n'),
    });
    expect(overlapping.data).toMatchObject({ lines: 2, matched: 1, duplicates: 1 });
    expect(await paymentsOf(test, alice)).toHaveLength(2);
    expect(await paymentsOf(test, bob)).toHaveLength(1);
    const queue = await agent.query<LineAnswer[]>('payments.statementLines', {
      status: 'unmatched',
    });
    expect(queue.data).toEqual([
      expect.objectContaining({ reference: 'BIRTHDAY MONEY', amount: 4_500, status: 'unmatched' }),
    ]);
  });

  it('records each line once when the same file is imported twice at once', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const other = await agentOf(test);
    const input = {
      fileName: 's.csv',
      content: `Date,Amount,Reference,Transaction ID\n2026-11-20,60.00,${customer.agreementNumber},T-9\n2026-11-20,5.00,UNKNOWN,T-10`,
    };
    const results = await Promise.all([
      agent.mutation<ImportAnswer>('payments.importStatement', input),
      other.mutation<ImportAnswer>('payments.importStatement', input),
    ]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    const totals = results.map((result) => result.data);
    expect(totals.reduce((sum, answer) => sum + (answer?.duplicates ?? 0), 0)).toBe(2);
    expect(await paymentsOf(test, customer)).toHaveLength(1);
    const lines = await test.deps.db.selectFrom('bank_statement_lines').select('id').execute();
    expect(lines).toHaveLength(2);
  });

  it('dedupes lines without a bank id by their content, keeping identical lines in one file apart', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const csv = [
      'Date,Amount,Reference',
      `2026-11-20,50.00,${customer.agreementNumber}`,
      `2026-11-20,50.00,${customer.agreementNumber}`,
    ].join('\n');
    const first = await agent.mutation<ImportAnswer>('payments.importStatement', {
      fileName: 'a.csv',
      content: csv,
    });
    const again = await agent.mutation<ImportAnswer>('payments.importStatement', {
      fileName: 'a.csv',
      content: csv,
    });
    expect(first.data).toMatchObject({ matched: 2, duplicates: 0 });
    expect(again.data).toMatchObject({ matched: 0, duplicates: 2 });
    expect(await paymentsOf(test, customer)).toHaveLength(2);
  });

  it('refuses an unreadable file whole, naming the rows, and records nothing', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const result = await agent.mutation('payments.importStatement', {
      fileName: 'bad.csv',
      content: [
        'Date,Amount,Reference,Transaction ID',
        `2026-11-20,50.00,${customer.agreementNumber},T-1`,
        '2026-13-45,50.00,X,T-2',
        '2026-11-20,fifty,Y,T-3',
      ].join('\n'),
    });
    expect(result.status).toBe(400);
    expect(result.error?.message).toBe('The file could not be imported, so nothing was recorded.');
    expect(result.error?.data.fieldErrors).toEqual({
      content: 'Row 3: the date is not a date. Row 4: the amount is not an amount.',
    });
    const noHeader = await agent.mutation('payments.importStatement', {
      fileName: 'bad.csv',
      content: '2026-11-20,50.00,X',
    });
    expect(noHeader.status).toBe(400);
    expect(await paymentsOf(test, customer)).toEqual([]);
    const lines = await test.deps.db.selectFrom('bank_statement_lines').select('id').execute();
    expect(lines).toEqual([]);
  });

  it('resolves the queue: assign pays the agreement once, dismiss keeps the reason, neither twice', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    const other = await agentOf(test);
    await agent.mutation('payments.importStatement', {
      fileName: 's.csv',
      content:
        'Date,Amount,Reference,Transaction ID\n2026-11-20,80.00,CAR PAYMENT,T-1\n2026-11-20,9.99,REFUND FROM SUPPLIER,T-2',
    });
    const queue = await agent.query<LineAnswer[]>('payments.statementLines', {});
    const [carPayment, supplier] = queue.data ?? [];
    if (carPayment === undefined || supplier === undefined) throw new Error('queue is empty');

    const assigned = await agent.mutation('payments.assignStatementLine', {
      lineId: carPayment.id,
      agreementNumber: customer.agreementNumber,
      reason: 'Customer phoned: paid from a joint account',
    });
    expect(assigned.status).toBe(200);
    const twice = await other.mutation('payments.assignStatementLine', {
      lineId: carPayment.id,
      agreementNumber: customer.agreementNumber,
      reason: 'Customer phoned: paid from a joint account',
    });
    expect(twice.status).toBe(409);
    expect(await paymentsOf(test, customer)).toEqual([
      expect.objectContaining({ amount: 8_000, status: 'paid', settled_at: '2026-11-20' }),
    ]);

    const noReason = await agent.mutation('payments.dismissStatementLine', {
      lineId: supplier.id,
      reason: '',
    });
    expect(noReason.error?.data.fieldErrors).toEqual({
      reason: 'Say why, in a few words (at least 5 characters).',
    });
    const dismissed = await agent.mutation('payments.dismissStatementLine', {
      lineId: supplier.id,
      reason: 'Supplier refund, not a customer payment',
    });
    expect(dismissed.status).toBe(200);
    const unknown = await agent.mutation('payments.dismissStatementLine', {
      lineId: crypto.randomUUID(),
      reason: 'Supplier refund, not a customer payment',
    });
    expect(unknown.status).toBe(404);
    expect((await agent.query<LineAnswer[]>('payments.statementLines', {})).data).toEqual([]);
    const resolved = await agent.query<LineAnswer[]>('payments.statementLines', {
      status: 'assigned',
    });
    expect(resolved.data).toEqual([
      expect.objectContaining({ id: carPayment.id, agreementNumber: customer.agreementNumber }),
    ]);
    const events = await test.deps.db
      .selectFrom('audit_events')
      .select('event')
      .where('event', 'like', 'payment.statement%')
      .orderBy('seq')
      .execute();
    expect(events.map((row) => row.event)).toEqual([
      'payment.statement_imported',
      'payment.statement_line_assigned',
      'payment.statement_line_dismissed',
    ]);
  });

  it('searches payments by agreement number or bank reference, newest first, a page at a time', async () => {
    const test = createTestApp({ db: getDb() });
    const alice = await givenCustomer(test.deps.db);
    const bob = await givenCustomer(test.deps.db);
    const agent = await agentOf(test);
    for (const [customer, reference] of [
      [alice, 'A-1'],
      [alice, 'A-2'],
      [alice, 'A-3'],
      [bob, 'B-1'],
    ] as const) {
      test.clock.advance({ minutes: 1 });
      await agent.mutation('payments.recordBankTransfer', {
        agreementNumber: customer.agreementNumber,
        amount: '25.00',
        receivedOn: '2026-11-20',
        bankReference: reference,
      });
    }
    type Page = { payments: { reference: string }[]; nextCursor: string | null };
    const first = await agent.query<Page>('payments.search', {
      text: alice.agreementNumber,
      limit: 2,
    });
    expect(first.data?.payments.map((payment) => payment.reference)).toEqual([
      'txn:A-3',
      'txn:A-2',
    ]);
    const second = await agent.query<Page>('payments.search', {
      text: alice.agreementNumber,
      limit: 2,
      after: first.data?.nextCursor,
    });
    expect(second.data).toEqual({
      payments: [expect.objectContaining({ reference: 'txn:A-1' })],
      nextCursor: null,
    });
    const byReference = await agent.query<Page>('payments.search', { text: 'B-1' });
    expect(byReference.data?.payments).toEqual([
      expect.objectContaining({ agreementNumber: bob.agreementNumber, amount: 2_500 }),
    ]);
    const badCursor = await agent.query('payments.search', { after: 'not-a-cursor' });
    expect(badCursor.status).toBe(400);
  });
});
