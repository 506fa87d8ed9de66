import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { givenStaff, staffBrowser } from '../../test/staff.js';
import { givenPayment } from '../../test/transactions.js';

interface StaffCase {
  id: string;
  reference: string;
  status: string;
  outcome: string | null;
  customerName: string;
  agreementNumber: string;
  assignedStaffName: string | null;
  entry: { amount: number; description: string };
  updates?: { staffName: string; status: string; note: string }[];
}

describeEachDatabase('working reported transaction problems', (getDb) => {
  it('takes a reported payment from the queue to an outcome the customer reads', async () => {
    const test = createTestApp({ db: getDb() });
    const account = await givenAccount(test.deps.db);
    const customer = test.client();
    await signIn(customer, account);
    const paymentId = await givenPayment(test.deps.db, account, { amount: 18_250 });
    const reported = await customer.mutation<{ caseId: string; reference: string }>(
      'transactionCases.report',
      { entryType: 'payment', entryId: paymentId, reason: 'direct_debit_error' },
    );
    const caseId = reported.data?.caseId ?? '';
    const { browser: agent, staff } = await staffBrowser(test, 'agent');

    const queue = await agent.query<StaffCase[]>('transactionCases.list', {});
    expect(queue.data).toHaveLength(1);
    expect(queue.data?.[0]).toMatchObject({
      id: caseId,
      status: 'open',
      agreementNumber: account.agreementNumber,
      entry: { amount: 18_250, description: 'Direct Debit (paid)' },
    });

    await agent.mutation('transactionCases.assign', { caseId, assignTo: staff.id });
    expect(
      (await agent.query<StaffCase[]>('transactionCases.list', { queue: 'mine' })).data?.map(
        (item) => item.id,
      ),
    ).toEqual([caseId]);

    const investigating = await agent.mutation('transactionCases.update', {
      caseId,
      status: 'investigating',
      note: 'Asked the bank for the collection record.',
    });
    expect(investigating.status).toBe(200);

    const withoutOutcome = await agent.mutation('transactionCases.update', {
      caseId,
      status: 'resolved',
      note: 'Collected twice by mistake.',
    });
    expect(withoutOutcome.status).toBe(400);
    expect(JSON.stringify(withoutOutcome.body)).toContain(
      'Write the outcome the customer will read.',
    );

    const outcome = 'We collected this payment twice by mistake and have refunded £182.50.';
    const resolved = await agent.mutation('transactionCases.update', {
      caseId,
      status: 'resolved',
      note: 'Collected twice by mistake; refund raised.',
      outcome,
    });
    expect(resolved.status).toBe(200);

    const detail = await agent.query<StaffCase>('transactionCases.get', { caseId });
    expect(detail.data?.updates?.map((update) => [update.status, update.note])).toEqual([
      ['investigating', 'Asked the bank for the collection record.'],
      ['resolved', 'Collected twice by mistake; refund raised.'],
    ]);

    const seen = await customer.query<StaffCase[]>('transactionCases.list');
    expect(seen.data?.[0]).toMatchObject({ status: 'resolved', outcome });
    // The customer's copy never carries staff's internal notes.
    expect(JSON.stringify(seen.data)).not.toContain('refund raised');

    const mail = await test.outbox.latest(account.email);
    expect(mail.subject).toContain(reported.data?.reference);
    expect(mail.text_body).not.toContain('182.50');
    expect(mail.text_body).not.toContain('twice');

    // Decided once, it stays decided; the payment can now be reported afresh.
    const again = await agent.mutation('transactionCases.update', {
      caseId,
      status: 'rejected',
      note: 'Changed my mind',
      outcome: 'No',
    });
    expect(again.status).toBe(409);
    const fresh = await customer.mutation<{ alreadyReported: boolean }>('transactionCases.report', {
      entryType: 'payment',
      entryId: paymentId,
      reason: 'wrong_amount',
    });
    expect(fresh.data?.alreadyReported).toBe(false);

    const audit = await test.deps.db
      .selectFrom('audit_events')
      .select(['event', 'actor_id', 'customer_id'])
      .where('event', 'in', ['transaction_case.assigned', 'transaction_case.updated'])
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { event: 'transaction_case.assigned', actor_id: staff.id, customer_id: account.customerId },
      { event: 'transaction_case.updated', actor_id: staff.id, customer_id: account.customerId },
      { event: 'transaction_case.updated', actor_id: staff.id, customer_id: account.customerId },
    ]);
  });

  it('gives cases only to colleagues who can sign in, and says so for an unknown case', async () => {
    const test = createTestApp({ db: getDb() });
    const account = await givenAccount(test.deps.db);
    const customer = test.client();
    await signIn(customer, account);
    const paymentId = await givenPayment(test.deps.db, account);
    const reported = await customer.mutation<{ caseId: string }>('transactionCases.report', {
      entryType: 'payment',
      entryId: paymentId,
      reason: 'not_recognised',
    });
    const caseId = reported.data?.caseId ?? '';
    const { browser: agent } = await staffBrowser(test, 'agent');
    const invited = await givenStaff(test, { role: 'agent' });
    await test.deps.db
      .updateTable('staff')
      .set({ disabled_at: test.clock.now().toISOString() })
      .where('id', '=', invited.id)
      .execute();

    const toDisabled = await agent.mutation('transactionCases.assign', {
      caseId,
      assignTo: invited.id,
    });
    expect(toDisabled.status).toBe(400);
    expect(
      (
        await agent.mutation('transactionCases.assign', {
          caseId: crypto.randomUUID(),
          assignTo: null,
        })
      ).status,
    ).toBe(404);
    expect((await agent.query('transactionCases.get', { caseId: 'nope' })).status).toBe(400);
  });
});
