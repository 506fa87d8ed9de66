import { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { seedDemoAgreements, type SeededCustomer } from '../../seed/seed-demo-agreements.js';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { createCallerFactory } from '../../trpc/init.js';
import { agreementsRouter } from './agreements.js';

const createCaller = createCallerFactory(agreementsRouter);
// The test app's clock starts at 2026-11-23T12:00Z.
const TODAY = '2026-11-23';

describeEachDatabase('agreementsRouter', (getDb) => {
  async function setUp() {
    const { deps } = createTestApp({ db: getDb() });
    const seeded = await seedDemoAgreements(getDb(), TODAY, deps.clock());
    const customer = (username: string): SeededCustomer => {
      const found = seeded.find((c) => c.demo.username === username);
      if (found === undefined) throw new Error(`no demo customer ${username}`);
      return found;
    };
    const callerFor = (username: string) =>
      createCaller({
        deps,
        req: {
          requestId: 'test',
          ip: '203.0.113.10',
          userAgent: null,
          origin: null,
          deviceCookie: null,
        },
        resHeaders: new Headers(),
        session: {
          id: crypto.randomUUID(),
          accountId: crypto.randomUUID(),
          customerId: customer(username).customerId,
          deviceId: null,
          authenticatedAt: deps.clock().toISOString(),
        },
        staffSession: null,
      });
    const agreementOf = (username: string, index = 0): string => {
      const id = customer(username).agreementIds[index];
      if (id === undefined) throw new Error(`${username} has no agreement ${index}`);
      return id;
    };
    return { callerFor, agreementOf, deps };
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

  it("lists only the signed-in customer's agreements, with dashboard figures", async () => {
    const { callerFor } = await setUp();
    const list = await callerFor('multi.demo').list();
    expect(list.map((a) => [a.agreementNumber, a.type])).toEqual([
      ['MQ20240104', 'HP'],
      ['MQ20240105', 'PCP'],
    ]);
    const [hp] = list;
    expect(hp?.position.nextPayment?.dueDate).toBe('2026-12-02');
    expect(hp?.position.progress.paid).toBeGreaterThan(0);
    expect(hp?.vehicle.registration).toBe('CU22 MTR');
  });

  it('shows arrears.demo two payments in arrears', async () => {
    const { callerFor } = await setUp();
    const [agreement] = await callerFor('arrears.demo').list();
    expect(agreement?.position.arrears.installmentsMissed).toBe(2);
    expect(agreement?.position.arrears.amount).toBe(2 * (agreement?.regularPayment ?? 0));
  });

  it('describes an HP agreement with its APR, total amount payable, vehicle, dealer and s.99 figure', async () => {
    const { callerFor, agreementOf } = await setUp();
    const detail = await callerFor('hp.demo').get({ agreementId: agreementOf('hp.demo') });
    expect(detail).toMatchObject({
      agreementNumber: 'MQ20240101',
      dealerName: 'Northgate Motors, Leeds',
      vehicle: { registration: 'LD24 KXP' },
      figures: { type: 'HP', cashPrice: 1_849_500, deposit: 200_000, annualRatePercent: 7.9 },
    });
    if (detail.figures.type === 'LEASE') throw new Error('expected credit figures');
    // A nominal 7.9 % a year compounds monthly to about 8.2 % APR.
    expect(detail.figures.apr).toBeGreaterThan(7.9);
    expect(detail.figures.apr).toBeLessThan(8.5);
    expect(detail.figures.totalAmountPayable).toBe(
      detail.figures.deposit + detail.figures.amountOfCredit + detail.figures.totalChargeForCredit,
    );
    expect(detail.figures.voluntaryTermination.available).toBe(true);
  });

  it('describes a lease by its rentals and mileage, with no credit figures', async () => {
    const { callerFor, agreementOf } = await setUp();
    const detail = await callerFor('lease.demo').get({ agreementId: agreementOf('lease.demo') });
    expect(detail.figures).toEqual({
      type: 'LEASE',
      monthlyRental: 32_900,
      initialRentalMonths: 6,
      initialRental: 197_400,
      totalAmountPayable: 197_400 + 35 * 32_900,
      mileage: { annualAllowance: 8_000, excessRate: 12 },
    });
  });

  it('gives the schedule with each instalment paid or due', async () => {
    const { callerFor, agreementOf } = await setUp();
    const { installments } = await callerFor('arrears.demo').schedule({
      agreementId: agreementOf('arrears.demo'),
    });
    expect(installments).toHaveLength(48);
    const statuses = installments.map((i) => i.status);
    expect(statuses.slice(0, 9).every((s) => s === 'paid')).toBe(true);
    expect(statuses.slice(9, 11)).toEqual(['overdue', 'overdue']);
    expect(statuses[11]).toBe('due');
  });

  it('pages through transactions newest first', async () => {
    const { callerFor, agreementOf } = await setUp();
    const caller = callerFor('hp.demo');
    const agreementId = agreementOf('hp.demo');
    const first = await caller.transactions({ agreementId, limit: 10 });
    expect(first.items).toHaveLength(10);
    expect(first.nextCursor).not.toBeNull();
    const second = await caller.transactions({ agreementId, limit: 10, cursor: first.nextCursor });
    const third = await caller.transactions({ agreementId, limit: 10, cursor: second.nextCursor });
    expect(third.items).toHaveLength(6);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((t) => t.id);
    expect(new Set(ids).size).toBe(26);
  });

  it('refuses a tampered cursor as a bad request, not an error of ours', async () => {
    const { callerFor, agreementOf } = await setUp();
    const call = callerFor('hp.demo').transactions({
      agreementId: agreementOf('hp.demo'),
      limit: 10,
      cursor: 'eyJub3QiOiJhIGN1cnNvciJ9',
    });
    expect(await codeOf(call)).toBe('BAD_REQUEST');
  });

  it('quotes early settlement 28 days ahead with a rebate, and 58 days when deferred', async () => {
    const { callerFor, agreementOf } = await setUp();
    const caller = callerFor('hp.demo');
    const agreementId = agreementOf('hp.demo');
    const quote = await caller.settlementQuote({ agreementId });
    if (!quote.available) throw new Error('expected a quote');
    expect(quote.settlementDate).toBe('2026-12-21');
    expect(quote.rebate).toBeGreaterThan(0);
    expect(quote.arrears).toBe(0);
    const deferred = await caller.settlementQuote({ agreementId, deferByOneMonth: true });
    expect(deferred).toMatchObject({ available: true, settlementDate: '2027-01-21' });
  });

  it('has no settlement figure for a lease', async () => {
    const { callerFor, agreementOf } = await setUp();
    const answer = await callerFor('lease.demo').settlementQuote({
      agreementId: agreementOf('lease.demo'),
    });
    expect(answer).toEqual({ available: false, reason: 'consumer_hire' });
  });

  it('prices the PCP end-of-term options with the excess-mileage estimate', async () => {
    const { callerFor, agreementOf } = await setUp();
    const end = await callerFor('pcp.demo').endOfTermOptions({
      agreementId: agreementOf('pcp.demo'),
      estimatedMileage: 45_000,
    });
    expect(end.options.map((o) => o.option)).toEqual([
      'pay_final_payment',
      'hand_back',
      'part_exchange',
    ]);
    const handBack = end.options.find((o) => o.option === 'hand_back');
    // 10,000 miles a year over 48 months allows 40,000: 5,000 over at 9p.
    expect(handBack).toMatchObject({ excessMileage: 5_000, excessMileageCharge: 45_000 });
  });

  it("answers NOT_FOUND for another customer's agreement on every procedure, as for an unknown id", async () => {
    const { callerFor, agreementOf } = await setUp();
    const intruder = callerFor('hp.demo');
    for (const agreementId of [agreementOf('pcp.demo'), crypto.randomUUID()]) {
      // Each call starts only when awaited, so no rejection goes unobserved.
      const calls = [
        () => intruder.get({ agreementId }),
        () => intruder.schedule({ agreementId }),
        () => intruder.transactions({ agreementId, limit: 10 }),
        () => intruder.settlementQuote({ agreementId }),
        () => intruder.endOfTermOptions({ agreementId, estimatedMileage: 1_000 }),
      ];
      for (const call of calls) expect(await codeOf(call())).toBe('NOT_FOUND');
    }
  });

  it('refuses malformed input as a bad request', async () => {
    const { callerFor, agreementOf } = await setUp();
    const caller = callerFor('pcp.demo');
    const agreementId = agreementOf('pcp.demo');
    expect(await codeOf(caller.get({ agreementId: 'not-an-id' }))).toBe('BAD_REQUEST');
    expect(await codeOf(caller.transactions({ agreementId, limit: 1_000 }))).toBe('BAD_REQUEST');
    expect(await codeOf(caller.endOfTermOptions({ agreementId, estimatedMileage: -5 }))).toBe(
      'BAD_REQUEST',
    );
    expect(await codeOf(caller.endOfTermOptions({ agreementId, estimatedMileage: 1.5 }))).toBe(
      'BAD_REQUEST',
    );
  });

  it('has no settlement figure once an agreement is settled', async () => {
    const { callerFor, agreementOf } = await setUp();
    const agreementId = agreementOf('hp.demo');
    await getDb()
      .updateTable('agreements')
      .set({ status: 'settled' })
      .where('id', '=', agreementId)
      .execute();
    const answer = await callerFor('hp.demo').settlementQuote({ agreementId });
    expect(answer).toEqual({ available: false, reason: 'closed' });
  });
});
