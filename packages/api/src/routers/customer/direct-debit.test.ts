import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.js';
import { givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { createCallerFactory } from '../../trpc/init.js';
import { directDebitRouter } from './direct-debit.js';

const createCaller = createCallerFactory(directDebitRouter);
const DETAILS = {
  accountHolderName: 'Ann Example',
  sortCode: '08-99-99',
  accountNumber: '66374958',
  collectionDay: 15,
  guaranteeAccepted: true as const,
};

describeEachDatabase('directDebitRouter', (getDb) => {
  function callerFor(test: TestApp, customerId: string, authenticatedMinutesAgo = 0) {
    return createCaller({
      deps: test.deps,
      req: {
        requestId: 't',
        ip: '203.0.113.10',
        userAgent: null,
        origin: null,
        deviceCookie: null,
      },
      resHeaders: new Headers(),
      session: {
        id: crypto.randomUUID(),
        accountId: crypto.randomUUID(),
        customerId,
        deviceId: null,
        authenticatedAt: new Date(
          test.deps.clock().getTime() - authenticatedMinutesAgo * 60_000,
        ).toISOString(),
      },
      staffSession: null,
    });
  }

  async function codeOf(call: Promise<unknown>): Promise<string> {
    try {
      await call;
    } catch (error) {
      if (error instanceof TRPCError) return error.code;
      throw error;
    }
    return 'OK';
  }

  it('sets up a mandate shown masked, e-mails the details with the Guarantee and audits it', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const caller = callerFor(test, customer.customerId);
    const mandate = await caller.setUp({ agreementId: customer.agreementId, ...DETAILS });
    expect(mandate).toMatchObject({
      state: 'pending_submission',
      sortCode: '08-99-99',
      accountNumber: '****4958',
      collectionDay: 15,
    });
    const view = await caller.get({ agreementId: customer.agreementId });
    expect(view.mandate?.accountNumber).toBe('****4958');
    expect(view.nextCollection?.status).toBe('expected');
    const mail = await test.outbox.latest(customer.email);
    expect(mail.subject).toBe('Your Direct Debit is set up');
    expect(mail.text_body).toContain('The Direct Debit Guarantee');
    expect(mail.text_body).toContain('****4958');
    expect(mail.text_body).not.toContain('66374958');
    const events = await getDb().selectFrom('audit_events').select('event').execute();
    expect(events.map((e) => e.event)).toContain('direct_debit.set_up');
  });

  it('stores the account number only encrypted: no table holds its digits', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    await callerFor(test, customer.customerId).setUp({
      agreementId: customer.agreementId,
      ...DETAILS,
    });
    for (const table of ['mandates', 'audit_events', 'outbox']) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        getDb(),
      );
      expect(JSON.stringify(rows.rows)).not.toContain('66374958');
    }
  });

  it('refuses bank details that fail the modulus check, naming the field', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const call = callerFor(test, customer.customerId).setUp({
      agreementId: customer.agreementId,
      ...DETAILS,
      accountNumber: '66374959',
    });
    await expect(call).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: {
        fieldErrors: { accountNumber: expect.stringContaining('does not match') as unknown },
      },
    });
  });

  it('needs the password within the last 10 minutes to set up, change or cancel', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const stale = callerFor(test, customer.customerId, 11);
    expect(await codeOf(stale.setUp({ agreementId: customer.agreementId, ...DETAILS }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(stale.cancel({ agreementId: customer.agreementId }))).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another customer's agreement and never shows their mandate", async () => {
    const test = createTestApp({ db: getDb() });
    const owner = await givenCustomer(getDb());
    const other = await givenCustomer(getDb(), { email: 'other@example.com' });
    await callerFor(test, owner.customerId).setUp({ agreementId: owner.agreementId, ...DETAILS });
    const intruder = callerFor(test, other.customerId);
    expect(await codeOf(intruder.get({ agreementId: owner.agreementId }))).toBe('NOT_FOUND');
    expect(await codeOf(intruder.setUp({ agreementId: owner.agreementId, ...DETAILS }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await codeOf(intruder.changeDay({ agreementId: owner.agreementId, collectionDay: 2 })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(intruder.cancel({ agreementId: owner.agreementId }))).toBe('NOT_FOUND');
  });

  it('changes the day, replaces the mandate for new bank details, and cancels', async () => {
    const test = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const caller = callerFor(test, customer.customerId);
    await caller.setUp({ agreementId: customer.agreementId, ...DETAILS });
    expect(
      (await caller.changeDay({ agreementId: customer.agreementId, collectionDay: 2 }))
        .collectionDay,
    ).toBe(2);
    const replaced = await caller.changeBank({
      agreementId: customer.agreementId,
      ...DETAILS,
      sortCode: '999999',
      accountNumber: '12345678',
    });
    expect(replaced).toMatchObject({ accountNumber: '****5678', collectionDay: 2 });
    expect(replaced.reference).toBe(`${customer.agreementNumber}-02`);
    expect(await caller.cancel({ agreementId: customer.agreementId })).toEqual({ cancelled: true });
    expect(await caller.get({ agreementId: customer.agreementId })).toEqual({
      mandate: null,
      nextCollection: null,
    });
    const states = await getDb().selectFrom('mandates').select('state').execute();
    expect(states.map((s) => s.state)).toEqual(['cancelled', 'cancelled']);
  });
});
