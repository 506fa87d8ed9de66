import { isNachaFile, readNachaEntries } from '@marque/domain';
import { expect, it } from 'vitest';
import { createTestApp, FakeClock, type TestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import {
  collectionsOf,
  customerWithMandate,
  ledgerOf,
  runDaily,
  TEST_INSTALLMENT,
} from './collection-test-support.js';

const ROUTING = '021000021';

describeEachDatabase('runCollections in the US (ACH autopay)', (getDb) => {
  function app(start: string): TestApp {
    return createTestApp({
      db: getDb(),
      clock: new FakeClock(`${start}T13:00:00.000Z`),
      env: { MARKET: 'US' },
    });
  }

  async function mandateState(): Promise<string> {
    const mandate = await getDb().selectFrom('mandates').select('state').executeTakeFirstOrThrow();
    return mandate.state;
  }

  it('prenotes the authorization, then debits over Memorial Day 2026 in a NACHA file, on the federal banking calendar', async () => {
    const test = app('2026-05-01');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-05-25'],
      collectionDay: 25,
      routingNumber: ROUTING,
      accountNumber: '123456789',
    });
    await runDaily(test, '2026-05-01', '2026-06-05');
    // Monday 25 May is Memorial Day: collected Tuesday 26, sent the banking day before (Friday 22).
    expect(await collectionsOf(getDb(), customer.agreementId)).toEqual([
      {
        installment_number: 1,
        attempt: 1,
        collection_date: '2026-05-26',
        input_date: '2026-05-22',
        status: 'collected',
      },
    ]);
    expect(await mandateState()).toBe('active');
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([
      { kind: 'payment_received', entry_date: '2026-05-26', amount: TEST_INSTALLMENT },
    ]);
    const files = await getDb().selectFrom('submission_files').select('content').execute();
    expect(files.every((file) => isNachaFile(file.content))).toBe(true);
    const entries = files.flatMap((file) => readNachaEntries(file.content));
    expect(entries.map((entry) => [entry.transactionCode, entry.amount])).toEqual([
      ['28', 0],
      ['27', TEST_INSTALLMENT],
    ]);
    expect(entries.every((entry) => entry.routingNumber === ROUTING)).toBe(true);
  });

  it('presents a debit returned R01 (insufficient funds) once more, then reverses both and keeps the authorization', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-20'],
      collectionDay: 20,
      routingNumber: ROUTING,
      accountNumber: '12340002',
    });
    await runDaily(test, '2026-03-02', '2026-04-24');
    const failures = await getDb()
      .selectFrom('collections')
      .select(['attempt', 'status', 'failure_code'])
      .where('agreement_id', '=', customer.agreementId)
      .orderBy('attempt')
      .execute();
    expect(failures).toEqual([
      { attempt: 1, status: 'represented', failure_code: 'ACH R01' },
      { attempt: 2, status: 'failed', failure_code: 'ACH R01' },
    ]);
    expect((await ledgerOf(getDb(), customer.agreementId)).map((entry) => entry.kind)).toEqual([
      'payment_received',
      'reversal',
      'payment_received',
      'reversal',
    ]);
    expect(await mandateState()).toBe('active');
  });

  it('cancels the authorization when the customer says a settled debit was not authorized (R10) and takes the money back off the account', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-20'],
      collectionDay: 20,
      routingNumber: ROUTING,
      accountNumber: '12340003',
    });
    await runDaily(test, '2026-03-02', '2026-04-10');
    expect(await mandateState()).toBe('cancelled');
    expect((await ledgerOf(getDb(), customer.agreementId)).map((entry) => entry.kind)).toEqual([
      'payment_received',
      'reversal',
    ]);
    const subjects = (await test.outbox.messages(customer.email)).map((mail) => mail.subject);
    expect(subjects).toContain('Your Direct Debit has ended');
    expect(subjects).toContain('Your Direct Debit payment was not made');
  });

  it('fails an authorization whose prenote comes back R03 (no account) and never debits it', async () => {
    const test = app('2026-03-02');
    const customer = await customerWithMandate(test, getDb(), {
      dueDates: ['2026-03-20'],
      collectionDay: 20,
      routingNumber: ROUTING,
      accountNumber: '12340004',
    });
    await runDaily(test, '2026-03-02', '2026-03-31');
    expect(await mandateState()).toBe('failed');
    expect(await ledgerOf(getDb(), customer.agreementId)).toEqual([]);
  });
});
