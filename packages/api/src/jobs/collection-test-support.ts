import type { IsoDate } from '@marque/domain';
import { addDays } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { directDebitRouter } from '../routers/customer/direct-debit.js';
import type { TestApp } from '../test/app.js';
import { givenCustomer, type GivenCustomer } from '../test/customers.js';
import { createCallerFactory } from '../trpc/init.js';
import { runCollections } from './collection-run.js';

const createCaller = createCallerFactory(directDebitRouter);
/** Every instalment of a test agreement. */
export const TEST_INSTALLMENT = 25_000;
const AMOUNT = TEST_INSTALLMENT;

/** A customer whose agreement falls due on the given dates, with a Direct Debit set up at `setUpOn`. */
export async function customerWithMandate(
  test: TestApp,
  db: Kysely<Database>,
  options: {
    dueDates: IsoDate[];
    collectionDay: number;
    sortCode?: string;
    routingNumber?: string;
    accountNumber?: string;
  },
): Promise<GivenCustomer> {
  const us = options.routingNumber !== undefined;
  const customer = await givenCustomer(db, {
    email: `${crypto.randomUUID()}@example.com`,
    ...(us ? { country: 'US' as const } : {}),
  });
  await db.deleteFrom('installments').where('agreement_id', '=', customer.agreementId).execute();
  await db
    .insertInto('installments')
    .values(
      options.dueDates.map((dueDate, index) => ({
        agreement_id: customer.agreementId,
        number: index + 1,
        due_date: dueDate,
        amount: AMOUNT,
        interest: 0,
        principal: AMOUNT,
        fee: 0,
        balance_after: 0,
        kind: 'monthly' as const,
      })),
    )
    .execute();
  const caller = createCaller({
    deps: test.deps,
    req: { requestId: 't', ip: '203.0.113.10', userAgent: null, origin: null, deviceCookie: null },
    resHeaders: new Headers(),
    session: {
      id: crypto.randomUUID(),
      accountId: crypto.randomUUID(),
      customerId: customer.customerId,
      deviceId: null,
      authenticatedAt: test.deps.clock().toISOString(),
    },
    staffSession: null,
  });
  await caller.setUp({
    agreementId: customer.agreementId,
    accountHolderName: 'Ann Example',
    ...(us
      ? { routingNumber: options.routingNumber }
      : { sortCode: options.sortCode ?? '08-99-99' }),
    accountNumber: options.accountNumber ?? '66374958',
    collectionDay: options.collectionDay,
    guaranteeAccepted: true,
  });
  return customer;
}

/** Runs the collection job every day from `from` to `to`, the clock at 06:00 UTC each morning. */
export async function runDaily(
  test: TestApp,
  from: IsoDate,
  to: IsoDate,
  twice = false,
): Promise<void> {
  for (let day = from; day <= to; day = addDays(day, 1)) {
    test.clock.set(`${day}T06:00:00.000Z`);
    await runCollections(test.deps, { runDate: day });
    if (twice) await runCollections(test.deps, { runDate: day });
  }
}

export async function collectionsOf(db: Kysely<Database>, agreementId: string) {
  return db
    .selectFrom('collections')
    .select(['installment_number', 'attempt', 'collection_date', 'input_date', 'status'])
    .where('agreement_id', '=', agreementId)
    .orderBy('installment_number')
    .orderBy('attempt')
    .execute();
}

export async function ledgerOf(db: Kysely<Database>, agreementId: string) {
  return db
    .selectFrom('ledger_entries')
    .select(['kind', 'entry_date', 'amount'])
    .where('agreement_id', '=', agreementId)
    .where('kind', 'in', ['payment_received', 'reversal'])
    .orderBy('entry_date')
    .orderBy('kind')
    .execute();
}
