import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { runCollections } from '../src/jobs/collection-run.js';
import { sealAccountNumber } from '../src/services/direct-debit/bank-details.js';
import { OutboxMailer } from '../src/services/mail/outbox-mailer.js';

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

/**
 * Seeds `count` agreements, each with an active mandate, one collection notified for submission on
 * the run date and one instalment entering the advance-notice horizon: prepared statements in one
 * transaction, straight into the file (the run under test goes through the application's queries).
 */
function seed(file: string, count: number, secretKey: Buffer): void {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  const customer = sqlite.prepare(
    `insert into customers (id, title, given_name, family_name, date_of_birth, email, phone,
      address_line1, address_line2, town, postcode, postcode_normalised, country, ssn_last4, created_at)
     values (?, null, 'Ann', 'Example', '1980-01-01', ?, '07700900000', '1 High Street', null,
      'Leeds', 'LS1 1AA', 'LS11AA', 'GB', null, '2026-01-01T00:00:00.000Z')`,
  );
  const agreement = sqlite.prepare(
    `insert into agreements (id, agreement_number, customer_id, type, currency, status,
      vehicle_description, vehicle_registration, dealer_name, start_date, first_payment_date,
      term_months, cash_price, deposit, amount_of_credit, annual_rate_bp, option_to_purchase_fee,
      optional_final_payment, annual_mileage_allowance, excess_mileage_rate, monthly_rental,
      initial_rental_months, created_at)
     values (?, ?, ?, 'HP', 'GBP', 'active', 'Ford Focus', 'AB12 CDE', 'Bench Motors',
      '2026-02-16', '${SUBMITTED_DUE}', ${String(INSTALLMENTS)}, 300000, 0, 300000, 0, 0,
      null, null, null, null, null, '2026-02-01T00:00:00.000Z')`,
  );
  const installment = sqlite.prepare(
    `insert into installments (agreement_id, number, due_date, amount, interest, principal, fee,
      balance_after, kind) values (?, ?, ?, ${String(AMOUNT)}, 0, ${String(AMOUNT)}, 0, 0, 'monthly')`,
  );
  const mandate = sqlite.prepare(
    `insert into mandates (id, agreement_id, customer_id, state, scheme, account_holder_name,
      sort_code, routing_number, account_number_encrypted, account_last4, collection_day,
      reference, guarantee_accepted_at, created_at, updated_at, cancelled_at,
      cancellation_lodged_at, collections_held)
     values (?, ?, ?, 'active', 'bacs', 'Ann Example', '089999', null, ?, '4958', 26, ?,
      '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z',
      null, null, 0)`,
  );
  const collection = sqlite.prepare(
    `insert into collections (id, mandate_id, agreement_id, installment_number, amount,
      collection_date, input_date, status, payment_id, attempt, run_id, failure_code, created_at,
      updated_at)
     values (?, ?, ?, 1, ${String(AMOUNT)}, '${SUBMITTED_DUE}', '${RUN_DATE}', 'notified', null, 1,
      null, null, '2026-02-27T06:00:00.000Z', '2026-02-27T06:00:00.000Z')`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const customerId = crypto.randomUUID();
      const agreementId = crypto.randomUUID();
      const mandateId = crypto.randomUUID();
      const number = String(i).padStart(7, '0');
      customer.run(customerId, `bench${number}@example.com`);
      agreement.run(agreementId, `MQ${number}`, customerId);
      installment.run(agreementId, 1, SUBMITTED_DUE);
      for (let n = 2; n <= INSTALLMENTS; n += 1) {
        installment.run(agreementId, n, monthsAfter(NOTIFIED_DUE, n - 2));
      }
      const sealed = sealAccountNumber(secretKey, mandateId, '66374958');
      mandate.run(mandateId, agreementId, customerId, sealed, `MQDD${number}`);
      collection.run(crypto.randomUUID(), mandateId, agreementId);
    }
  })();
  sqlite.close();
}

/** One collection day over `count` agreements, every one of them due, in a fresh SQLite file. */
export async function benchCollectionRun(count: number): Promise<CollectionRunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'marque-collection-bench-'));
  const file = join(dir, 'bench.db');
  const databaseUrl = `sqlite:${file}`;
  const loaded = loadConfig({
    NODE_ENV: 'test',
    MARQUE_SECRET_KEY: SECRET_HEX,
    DATABASE_URL: databaseUrl,
  });
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const { config } = loaded;
  const db = openDatabase(databaseUrl);
  try {
    await migrateToLatest(db);
    const seedStarted = performance.now();
    seed(file, count, config.secretKey);
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
    rmSync(dir, { recursive: true, force: true });
  }
}

const SMALL = 10_000;
const LARGE_CANDIDATES = [100_000, 50_000, 20_000];
/** Seeding and running every size must fit in about a minute on the 2-core machine. */
const BUDGET_SECONDS = 60;
/**
 * The cost per agreement grows with N (measured: 10,000 run in 4.4 s, 100,000 in 72 s plus 22 s of
 * seeding), so the small run's figure is doubled before predicting the large one.
 */
const GROWTH_ALLOWANCE = 2;

export interface CollectionRunComparison {
  small: CollectionRunFigures;
  large: CollectionRunFigures;
  /** Seconds per agreement at the large size over the small: 1.0 is flat. */
  costRatio: number;
}

/**
 * Times the run at 10,000 agreements, then at the largest of 100,000 / 50,000 / 20,000 that the
 * small run's per-agreement cost (seeding included) says fits the budget.
 */
export async function compareCollectionRuns(): Promise<CollectionRunComparison> {
  const small = await benchCollectionRun(SMALL);
  const perAgreement = (GROWTH_ALLOWANCE * (small.seedSeconds + small.runSeconds)) / SMALL;
  const spent = small.seedSeconds + small.runSeconds;
  const largeCount =
    LARGE_CANDIDATES.find((n) => spent + n * perAgreement <= BUDGET_SECONDS) ??
    LARGE_CANDIDATES.at(-1) ??
    SMALL;
  const large = await benchCollectionRun(largeCount);
  return {
    small,
    large,
    costRatio: large.runSeconds / large.agreements / (small.runSeconds / small.agreements),
  };
}
