import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import { isPostgres, type DatabaseDialect } from '../src/db/connect.js';
import type { Database } from '../src/db/schema.js';
import { runCollections } from '../src/jobs/collection-run.js';
import { sealAccountNumber } from '../src/services/direct-debit/bank-details.js';
import { OutboxMailer } from '../src/services/mail/outbox-mailer.js';
import {
  insertScheduleForEveryAgreement,
  monthsAfter,
  seedAgreements,
  type BenchAgreementTerms,
} from './bench-agreements.js';
import { BENCH_DIALECTS, withBenchDatabase } from './bench-database.js';

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

const TERMS: BenchAgreementTerms = {
  title: null,
  vehicle: 'Ford Focus',
  startDate: '2026-02-16',
  firstPaymentDate: SUBMITTED_DUE,
  installments: INSTALLMENTS,
  amount: AMOUNT,
  createdAt: '2026-02-01T00:00:00.000Z',
};

/**
 * Seeds `count` agreements, each with an active mandate, one collection notified for submission on
 * the run date and one instalment entering the advance-notice horizon: multi-row inserts of 500
 * agreements per transaction, the schedules in one INSERT … SELECT; the same statements on both
 * databases (the run under test goes through the application's queries).
 */
async function seed(db: Kysely<Database>, count: number, secretKey: Buffer): Promise<void> {
  await seedAgreements(db, count, TERMS, async (trx, keys) => {
    const ids = keys.map((key) => ({ ...key, mandateId: crypto.randomUUID() }));
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
  await insertScheduleForEveryAgreement(db, AMOUNT, [
    { number: 1, dueDate: SUBMITTED_DUE, balanceAfter: 0 },
    ...Array.from({ length: INSTALLMENTS - 1 }, (_, index) => ({
      number: index + 2,
      dueDate: monthsAfter(NOTIFIED_DUE, index),
      balanceAfter: 0,
    })),
  ]);
  // A live PostgreSQL has its autovacuum's statistics; a freshly loaded one needs them gathered.
  if (isPostgres(db)) await sql`analyze`.execute(db);
}

/** One collection day over `count` agreements, every one of them due, in a fresh database. */
export async function benchCollectionRun(
  count: number,
  dialect: DatabaseDialect,
): Promise<CollectionRunFigures> {
  return withBenchDatabase(dialect, SECRET_HEX, async (db, config) => {
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
  });
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
