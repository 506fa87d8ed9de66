import { expect, it } from 'vitest';
import { createTestApp, TEST_START, type TestApp } from '../../test/app.js';
import { givenAccount, type GivenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';
import { verifyCallerAs } from '../../test/staff-help.js';

interface View {
  dateOfBirth: string | null;
  postcode: string;
  addressLines: string[] | null;
  agreements: { number: string }[];
  verification: {
    questions: string[];
    current: { id: string; validUntil: string } | null;
    recent: { outcome: string; staffName: string }[];
  };
}

/** A payment received on the customer's agreement, as the ledger records one. */
async function givenPaymentReceived(app: TestApp, customer: GivenCustomer, amount: number) {
  await app.deps.db
    .insertInto('ledger_entries')
    .values({
      id: crypto.randomUUID(),
      agreement_id: customer.agreementId,
      entry_date: '2026-11-01',
      kind: 'payment_received',
      amount,
      description: 'Bank transfer',
      reference: null,
      created_at: TEST_START,
    })
    .execute();
}

describeEachDatabase('identity verification by staff', (getDb) => {
  async function setUp() {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'agent');
    const customer = await givenAccount(app.deps.db, { postcode: 'YO24 1BP' });
    const view = async () =>
      (await browser.query<View>('customers.get', { customerId: customer.customerId })).data;
    return { app, browser, staff, customer, view };
  }

  it('passes a caller who gives the answers on record, however they are spaced or cased', async () => {
    const { app, browser, customer } = await setUp();
    const result = await verifyCallerAs(browser, customer, {
      agreementNumber: customer.agreementNumber.toLowerCase().split('').join(' '),
      postcode: 'yo241bp',
    });
    expect(result.data).toMatchObject({ outcome: 'passed' });
    expect(result.data?.validUntil).toBe(
      new Date(Date.parse(app.clock.now().toISOString()) + 15 * 60_000).toISOString(),
    );
  });

  it('fails a caller with any one answer wrong, and does not say which', async () => {
    const { app, browser, customer } = await setUp();
    for (const wrong of [
      { agreementNumber: 'MQ00000000' },
      { dateOfBirth: '1970-01-01' },
      { postcode: 'SW1A 1AA' },
      { postcode: '' },
    ]) {
      const result = await verifyCallerAs(browser, customer, wrong);
      expect(result.status, JSON.stringify(wrong)).toBe(200);
      expect(result.data, JSON.stringify(wrong)).toEqual({
        verificationId: expect.any(String) as string,
        outcome: 'failed',
        validUntil: null,
      });
    }
    // The audit log keeps which question failed, for supervisors; the caller's words are not kept.
    const events = await app.deps.db
      .selectFrom('audit_events')
      .select(['event', 'details', 'actor_type', 'customer_id'])
      .where('event', '=', 'customer.identity_not_verified')
      .orderBy('seq')
      .execute();
    expect(
      events.map(
        (event) => (JSON.parse(event.details ?? '{}') as { notMatched: string }).notMatched,
      ),
    ).toEqual(['agreementNumber', 'dateOfBirth', 'postcode', 'postcode']);
    expect(events[0]).toMatchObject({ actor_type: 'staff', customer_id: customer.customerId });
    const stored = await app.deps.db.selectFrom('identity_verifications').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('SW1A');
    expect(JSON.stringify(stored)).not.toContain('1970-01-01');
  });

  it('asks the last payment amount once the customer has paid, compared to the penny', async () => {
    const { app, browser, customer, view } = await setUp();
    expect((await view())?.verification.questions).toEqual([
      'agreementNumber',
      'dateOfBirth',
      'postcode',
    ]);
    await givenPaymentReceived(app, customer, 24550);
    expect((await view())?.verification.questions).toContain('lastPaymentAmount');
    expect((await verifyCallerAs(browser, customer)).data?.outcome).toBe('failed');
    expect(
      (await verifyCallerAs(browser, customer, { lastPaymentAmount: '245.51' })).data?.outcome,
    ).toBe('failed');
    expect(
      (await verifyCallerAs(browser, customer, { lastPaymentAmount: '£245.50' })).data?.outcome,
    ).toBe('passed');
    const typo = await verifyCallerAs(browser, customer, { lastPaymentAmount: 'two hundred' });
    expect(typo.status).toBe(400);
    expect(typo.error?.data.fieldErrors?.['answers.lastPaymentAmount']).toContain('like 245.50');
  });

  it('keeps the answers hidden from the view until the caller passes, for 15 minutes', async () => {
    const { app, browser, customer, view } = await setUp();
    const before = await view();
    expect(before).toMatchObject({ dateOfBirth: null, postcode: 'YO24', addressLines: null });
    expect(before?.agreements[0]?.number).toBe(`••••${customer.agreementNumber.slice(-4)}`);
    expect(JSON.stringify(before)).not.toContain(customer.dateOfBirth);
    expect(JSON.stringify(before)).not.toContain(customer.agreementNumber);

    await verifyCallerAs(browser, customer);
    const after = await view();
    expect(after).toMatchObject({ dateOfBirth: customer.dateOfBirth, postcode: 'YO24 1BP' });
    expect(after?.agreements[0]?.number).toBe(customer.agreementNumber);
    expect(after?.verification.current).not.toBeNull();

    // (Looked at again within the console's 15-minute idle timeout, which would sign staff out.)
    app.clock.advance({ minutes: 10 });
    expect((await view())?.dateOfBirth).toBe(customer.dateOfBirth);
    app.clock.advance({ minutes: 5 });
    expect((await view())?.dateOfBirth).toBeNull();
  });

  it("counts only the member's own check: a colleague's pass reveals nothing to them", async () => {
    const { app, browser, customer } = await setUp();
    await verifyCallerAs(browser, customer);
    const { browser: colleague } = await staffBrowser(app, 'supervisor');
    const seen = await colleague.query<View>('customers.get', { customerId: customer.customerId });
    expect(seen.data?.dateOfBirth).toBeNull();
    expect(seen.data?.verification.current).toBeNull();
    expect(seen.data?.verification.recent[0]).toMatchObject({ outcome: 'passed' });
  });

  it('lets a later failed check cancel an earlier pass', async () => {
    const { browser, customer, view } = await setUp();
    await verifyCallerAs(browser, customer);
    await verifyCallerAs(browser, customer, { dateOfBirth: '1999-12-31' });
    expect((await view())?.verification.current).toBeNull();
  });

  it('limits checks per customer, whoever makes them, so answers cannot be guessed by phone', async () => {
    const { app, browser, customer } = await setUp();
    const limit = app.config.rateLimits.identityPerAgreement.limit;
    for (let i = 0; i < limit; i += 1) {
      expect((await verifyCallerAs(browser, customer, { dateOfBirth: '1999-12-31' })).status).toBe(
        200,
      );
    }
    const { browser: colleague } = await staffBrowser(app, 'agent');
    const refused = await verifyCallerAs(colleague, customer);
    expect(refused.status).toBe(429);
  });

  it('asks the last 4 of the SSN instead of the postcode in the US market', async () => {
    const app = createTestApp({ db: getDb(), env: { MARKET: 'US' } });
    const { browser } = await staffBrowser(app, 'agent');
    const customer = await givenAccount(app.deps.db, { country: 'US', ssnLast4: '4321' });
    const view = await browser.query<View>('customers.get', { customerId: customer.customerId });
    expect(view.data?.verification.questions).toEqual([
      'agreementNumber',
      'dateOfBirth',
      'ssnLast4',
    ]);
    expect(
      (await verifyCallerAs(browser, customer, { ssnLast4: '1234', postcode: '' })).data?.outcome,
    ).toBe('failed');
    expect(
      (await verifyCallerAs(browser, customer, { ssnLast4: '4321', postcode: '' })).data?.outcome,
    ).toBe('passed');
  });

  it('answers an unknown customer with NOT_FOUND', async () => {
    const { browser } = await setUp();
    const unknown = { customerId: crypto.randomUUID() } as GivenCustomer;
    expect((await browser.query('customers.get', { customerId: unknown.customerId })).status).toBe(
      404,
    );
    const result = await browser.mutation('customers.verify', {
      customerId: unknown.customerId,
      answers: { agreementNumber: 'MQ1', dateOfBirth: '1980-01-01', postcode: 'YO24 1BP' },
    });
    expect(result.status).toBe(404);
  });
});
