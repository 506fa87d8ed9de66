import { expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/app.js';
import { givenAccount, givenCustomer, signIn, type GivenAccount } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { givenLedgerEntry, givenPayment } from '../../test/transactions.js';

interface ReportAnswer {
  caseId: string;
  reference: string;
  alreadyReported: boolean;
}

interface CaseView {
  id: string;
  reference: string;
  entryType: string;
  entryId: string;
  entry: { date: string; amount: number; currency: string; description: string };
  reason: string;
  details: string | null;
  status: string;
  outcome: string | null;
}

async function signedIn(test: TestApp): Promise<{ account: GivenAccount; client: TestClient }> {
  const account = await givenAccount(test.deps.db);
  const client = test.client();
  await signIn(client, account);
  return { account, client };
}

async function countCases(test: TestApp): Promise<number> {
  const row = await test.deps.db
    .selectFrom('transaction_cases')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDatabase('reporting a problem with a transaction', (getDb) => {
  it('opens a case with the entry as the customer saw it, acknowledged without its content', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const entryId = await givenLedgerEntry(test.deps.db, account.agreementId, {
      amount: 31_999,
      description: 'Payment received, thank you',
    });

    const shown = await client.query<{ amount: number; description: string }>(
      'transactionCases.entry',
      { entryType: 'ledger_entry', entryId },
    );
    expect(shown.data).toMatchObject({
      amount: 31_999,
      description: 'Payment received, thank you',
    });

    const report = await client.mutation<ReportAnswer>('transactionCases.report', {
      entryType: 'ledger_entry',
      entryId,
      reason: 'wrong_amount',
      details: 'I paid 299.99 not 319.99',
    });
    expect(report.status).toBe(200);
    expect(report.data?.reference).toMatch(/^R-[2-9A-HJKMNP-Z]{8}$/);
    expect(report.data?.alreadyReported).toBe(false);

    const listed = await client.query<CaseView[]>('transactionCases.list');
    expect(listed.data).toEqual([
      expect.objectContaining({
        reference: report.data?.reference,
        entryType: 'ledger_entry',
        entryId,
        entry: {
          date: '2026-11-01',
          amount: 31_999,
          currency: 'GBP',
          description: 'Payment received, thank you',
        },
        reason: 'wrong_amount',
        details: 'I paid 299.99 not 319.99',
        status: 'open',
        outcome: null,
      }),
    ]);

    const mail = await test.outbox.latest(account.email);
    expect(mail.subject).toContain(report.data?.reference);
    for (const secret of ['319.99', '299.99', '31999', 'thank you', 'I paid']) {
      expect(mail.text_body).not.toContain(secret);
      expect(mail.html_body).not.toContain(secret);
    }
    const audit = await test.deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'transaction_case.reported')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_type: 'customer', customer_id: account.customerId });
  });

  it('answers a second report of the same entry with the case already open, e-mailed once', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const paymentId = await givenPayment(test.deps.db, account);
    const input = { entryType: 'payment', entryId: paymentId, reason: 'not_recognised' };
    const [first, second] = await Promise.all([
      client.mutation<ReportAnswer>('transactionCases.report', input),
      client.mutation<ReportAnswer>('transactionCases.report', input),
    ]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.data?.caseId).toBe(first.data?.caseId);
    expect([first.data?.alreadyReported, second.data?.alreadyReported].sort()).toEqual([
      false,
      true,
    ]);
    expect(await countCases(test)).toBe(1);
    expect(await test.outbox.messages(account.email)).toHaveLength(1);
  });

  it("refuses another customer's ledger entry and payment exactly like unknown ones", async () => {
    const test = createTestApp({ db: getDb() });
    const { client } = await signedIn(test);
    const stranger = await givenCustomer(test.deps.db);
    const theirEntry = await givenLedgerEntry(test.deps.db, stranger.agreementId);
    const theirPayment = await givenPayment(test.deps.db, stranger);

    const answers = [];
    for (const [entryType, entryId] of [
      ['ledger_entry', theirEntry],
      ['payment', theirPayment],
      ['ledger_entry', crypto.randomUUID()],
      // An id of the other kind is not found either.
      ['payment', theirEntry],
    ] as const) {
      const report = await client.mutation('transactionCases.report', {
        entryType,
        entryId,
        reason: 'not_recognised',
      });
      const shown = await client.query('transactionCases.entry', { entryType, entryId });
      answers.push([report.status, report.error?.message, shown.status, shown.error?.message]);
    }
    // Every answer is the same 404, word for word: an id reveals nothing about whose it is.
    expect(answers[0]?.[0]).toBe(404);
    expect(answers[0]?.[2]).toBe(404);
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await countCases(test)).toBe(0);
    expect(await test.outbox.messages(stranger.email)).toHaveLength(0);
  });

  it('explains the Direct Debit Guarantee and the bank’s part when a collection was taken in error', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const paymentId = await givenPayment(test.deps.db, account, { method: 'direct_debit' });
    await client.mutation('transactionCases.report', {
      entryType: 'payment',
      entryId: paymentId,
      reason: 'direct_debit_error',
    });
    const mail = await test.outbox.latest(account.email);
    expect(mail.text_body).toContain('full and immediate refund');
    expect(mail.text_body).toContain('bank or building society');
  });

  it('refuses bad input with a message and no case, and needs a signed-in customer', async () => {
    const test = createTestApp({ db: getDb() });
    const { account, client } = await signedIn(test);
    const entryId = await givenLedgerEntry(test.deps.db, account.agreementId);
    const unknownReason = await client.mutation('transactionCases.report', {
      entryType: 'ledger_entry',
      entryId,
      reason: 'just_because',
    });
    expect(unknownReason.status).toBe(400);
    expect(JSON.stringify(unknownReason.body)).toContain('Choose what is wrong.');
    const tooLong = await client.mutation('transactionCases.report', {
      entryType: 'ledger_entry',
      entryId,
      reason: 'not_recognised',
      details: 'x'.repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    const notAnId = await client.mutation('transactionCases.report', {
      entryType: 'ledger_entry',
      entryId: "1' or '1'='1",
      reason: 'not_recognised',
    });
    expect(notAnId.status).toBe(400);
    const signedOut = await test.client().mutation('transactionCases.report', {
      entryType: 'ledger_entry',
      entryId,
      reason: 'not_recognised',
    });
    expect(signedOut.status).toBe(401);
    expect(await countCases(test)).toBe(0);
  });
});
