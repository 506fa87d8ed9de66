import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { loadConfig } from '../src/config.js';
import { isPostgres, openDatabase, type DatabaseDialect } from '../src/db/connect.js';
import type { Database } from '../src/db/schema.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { runCollections } from '../src/jobs/collection-run.js';
import { sealAccountNumber } from '../src/services/direct-debit/bank-details.js';
import { OutboxMailer } from '../src/services/mail/outbox-mailer.js';
import { BENCH_DIALECTS, createBenchDatabase } from './bench-database.js';

/** Thursday 12 March 2026: instalment 1 is submitted, instalment 2 gets its advance notice. */
const RUN_DATE = '2026-03-12';
const SUBMITTED_DUE = '2026-03-16';
/** Ten working days after the run date: inside the notice horizon. */
const NOTIFIED_DUE = '2026-03-26';
const INSTALLMENTS = 12;
const AMOUNT = 25_000;
const SECRET_HEX = 'ab'.repeat(32);

export interface CollectionRunFigures {
  agreements: number;
  seedSeconds: number;
  runSeconds: number;
  perSecond: number;
  noticesSent: number;
  collectionsSubmitted: number;
}

function monthsAfter(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const customerRow = (id: string, number: string) => ({
  id,
  title: null,
  given_name: 'Ann',
  family_name: 'Example',
  date_of_birth: '1980-01-01',
  email: `bench${number}@example.com`,
  phone: '07700900000',
  address_line1: '1 High Street',
  address_line2: null,
  town: 'Leeds',
  postcode: 'LS1 1AA',
  postcode_normalised: 'LS11AA',
  country: 'GB' as const,
  ssn_last4: null,
  created_at: '2026-01-01T00:00:00.000Z',
});

const agreementRow = (id: string, customerId: string, number: string) => ({
  id,
  agreement_number: `MQ${number}`,
  customer_id: customerId,
  type: 'HP' as const,
  currency: 'GBP' as const,
  status: 'active' as const,
  vehicle_description: 'Ford Focus',
  vehicle_registration: 'AB12 CDE',
  dealer_name: 'Bench Motors',
  start_date: '2026-02-16',
  first_payment_date: SUBMITTED_DUE,
  term_months: INSTALLMENTS,
  cash_price: INSTALLMENTS * AMOUNT,
  deposit: 0,
  amount_of_credit: INSTALLMENTS * AMOUNT,
  annual_rate_bp: 0,
  option_to_purchase_fee: 0,
  optional_final_payment: null,
  annual_mileage_allowance: null,
  excess_mileage_rate: null,
  monthly_rental: null,
  initial_rental_months: null,
  created_at: '2026-02-01T00:00:00.000Z',
});

/**
 * Seeds `count` agreements, each with an active mandate, one collection notified for submission on
 * the run date and one instalment entering the advance-notice horizon: multi-row inserts of 500
 * agreements per transaction, the schedules in one INSERT … SELECT; the same statements on both
 * databases (the run under test goes through the application's queries).
 */
async function seed(db: Kysely<Database>, count: number, secretKey: Buffer): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < count; start += CHUNK) {
    const ids = Array.from({ length: Math.min(CHUNK, count - start) }, (_, offset) => ({
      number: String(start + offset).padStart(7, '0'),
      customerId: crypto.randomUUID(),
      agreementId: crypto.randomUUID(),
      mandateId: crypto.randomUUID(),
    }));
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('customers')
        .values(ids.map((row) => customerRow(row.customerId, row.number)))
        .execute();
      await trx
        .insertInto('agreements')
        .values(ids.map((row) => agreementRow(row.agreementId, row.customerId, row.number)))
        .execute();
      await trx
        .insertInto('mandates')
        .values(
          ids.map((row) => ({
            id: row.mandateId,
            agreement_id: row.agreementId,
            customer_id: row.customerId,
            state: 'active' as const,
            scheme: 'bacs' as const,
            account_holder_name: 'Ann Example',
            sort_code: '089999',
            routing_number: null,
            account_number_encrypted: sealAccountNumber(secretKey, row.mandateId, '66374958'),
            account_last4: '4958',
            collection_day: 26,
            reference: `MQDD${row.number}`,
            guarantee_accepted_at: '2026-02-01T00:00:00.000Z',
            created_at: '2026-02-01T00:00:00.000Z',
            updated_at: '2026-02-01T00:00:00.000Z',
            cancelled_at: null,
            cancellation_lodged_at: null,
            collections_held: 0,
          })),
        )
        .execute();
      await trx
        .insertInto('collections')
        .values(
          ids.map((row) => ({
            id: crypto.randomUUID(),
            mandate_id: row.mandateId,
            agreement_id: row.agreementId,
            installment_number: 1,
            amount: AMOUNT,
            collection_date: SUBMITTED_DUE,
            input_date: RUN_DATE,
            status: 'notified' as const,
            payment_id: null,
            attempt: 1,
            run_id: null,
            failure_code: null,
            created_at: '2026-02-27T06:00:00.000Z',
            updated_at: '2026-02-27T06:00:00.000Z',
          })),
        )
        .execute();
    });
  }
  const schedule = [
    sql`(${sql.lit(1)}, ${sql.lit(SUBMITTED_DUE)})`,
    ...Array.from(
      { length: INSTALLMENTS - 1 },
      (_, index) => sql`(${sql.lit(index + 2)}, ${sql.lit(monthsAfter(NOTIFIED_DUE, index))})`,
    ),
  ];
  await sql`with s (number, due_date) as (values ${sql.join(schedule)})
    insert into installments
      (agreement_id, number, due_date, amount, interest, principal, fee, balance_after, kind)
    select a.id, s.number, s.due_date, ${sql.lit(AMOUNT)}, 0, ${sql.lit(AMOUNT)}, 0, 0, 'monthly'
    from agreements a cross join s`.execute(db);
  // A live PostgreSQL has its autovacuum's statistics; a freshly loaded one needs them gathered.
  if (isPostgres(db)) await sql`analyze`.execute(db);
}

/** One collection day over `count` agreements, every one of them due, in a fresh database. */
export async function benchCollectionRun(
  count: number,
  dialect: DatabaseDialect,
): Promise<CollectionRunFigures> {
  const database = await createBenchDatabase(dialect);
  const loaded = loadConfig({
    NODE_ENV: 'test',
    MARQUE_SECRET_KEY: SECRET_HEX,
    DATABASE_URL: database.url,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const { config } = loaded;
  const db = openDatabase(database.url);
  try {
    await migrateToLatest(db);
    const seedStarted = performance.now();
    await seed(db, count, config.secretKey);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const clock = (): Date => new Date(`${RUN_DATE}T06:00:00.000Z`);
    const started = performance.now();
    const result = await runCollections(
      { config, db, clock, mailer: new OutboxMailer(db, clock) },
      { runDate: RUN_DATE },
    );
    const runSeconds = (performance.now() - started) / 1000;
    if (result.counts.collectionsSubmitted !== count || result.counts.noticesSent !== count) {
      throw new Error(
        `expected ${String(count)} submissions and notices, got ${JSON.stringify(result.counts)}`,
      );
    }
    return {
      agreements: count,
      seedSeconds,
      runSeconds,
      perSecond: count / runSeconds,
      noticesSent: result.counts.noticesSent,
      collectionsSubmitted: result.counts.collectionsSubmitted,
    };
  } finally {
    await db.destroy();
    await database.drop();
  }
}

const SMALL = 10_000;
const LARGE = 100_000;

export interface CollectionRunComparison {
  dialect: DatabaseDialect;
  small: CollectionRunFigures;
  large: CollectionRunFigures;
  /** Seconds per agreement at the large size over the small: 1.0 is flat. */
  costRatio: number;
}

/** Times the run at 10,000 and at 100,000 agreements on each database the bench can reach. */
export async function compareCollectionRuns(): Promise<CollectionRunComparison[]> {
  const comparisons: CollectionRunComparison[] = [];
  for (const dialect of BENCH_DIALECTS) {
    const small = await benchCollectionRun(SMALL, dialect);
    const large = await benchCollectionRun(LARGE, dialect);
    comparisons.push({
      dialect,
      small,
      large,
      costRatio: large.runSeconds / large.agreements / (small.runSeconds / small.agreements),
    });
  }
  return comparisons;
}
