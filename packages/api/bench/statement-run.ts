import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.js';
import { runStatements } from '../src/jobs/statement-run.js';
import { createAccount } from '../src/services/accounts/account-store.js';
import { OutboxMailer } from '../src/services/mail/outbox-mailer.js';
import { OutboxSmsSender } from '../src/services/notifications/sms-sender.js';
import {
  insertScheduleForEveryAgreement,
  monthsAfter,
  seedAgreements,
  type BenchAgreementTerms,
} from './bench-agreements.js';
import { withBenchDatabase } from './bench-database.js';

/** The month stated: every agreement has an instalment due in it, one in ten of them missed. */
const PERIOD = '2026-10';
const RUN_AT = '2026-11-02T06:00:00.000Z';
const START_DATE = '2026-01-15';
const INSTALLMENTS = 24;
const AMOUNT = 25_000;

export interface StatementRunFigures {
  agreements: number;
  runSeconds: number;
  perSecond: number;
  /** The most memory the process held while the run was going, in MiB. */
  peakRssMiB: number;
  /** What it held just before the run started, in MiB. */
  startRssMiB: number;
  notified: number;
  queuedForPrint: number;
}

const TERMS: BenchAgreementTerms = {
  title: 'Ms',
  vehicle: 'Ford Focus 1.0 EcoBoost',
  startDate: START_DATE,
  firstPaymentDate: '2026-02-15',
  installments: INSTALLMENTS,
  amount: AMOUNT,
  createdAt: '2026-01-15T00:00:00.000Z',
};

/**
 * `count` agreements, 24 monthly instalments each from February 2026, paid to September, with the
 * ledger of October: the instalment falling due and, for nine in ten, its Direct Debit payment. Every other customer
 * has an online login (paperless, e-mailed); the rest get paper (print queue).
 */
async function seed(db: Kysely<Database>, count: number): Promise<void> {
  const now = new Date('2026-01-15T00:00:00.000Z');
  await seedAgreements(db, count, TERMS, async (trx, rows) => {
    await trx
      .insertInto('ledger_entries')
      .values(
        rows.flatMap((row) => [
          {
            id: crypto.randomUUID(),
            agreement_id: row.agreementId,
            entry_date: '2026-09-15',
            kind: 'payment_received' as const,
            amount: AMOUNT * 8,
            description: 'Payments February to September',
            reference: null,
            created_at: '2026-09-15T09:00:00.000Z',
          },
          {
            id: crypto.randomUUID(),
            agreement_id: row.agreementId,
            entry_date: '2026-10-15',
            kind: 'installment_due' as const,
            amount: AMOUNT,
            description: 'Monthly payment due (9 of 24)',
            reference: null,
            created_at: '2026-10-15T00:00:00.000Z',
          },
          ...(row.index % 10 === 9
            ? []
            : [
                {
                  id: crypto.randomUUID(),
                  agreement_id: row.agreementId,
                  entry_date: '2026-10-15',
                  kind: 'payment_received' as const,
                  amount: AMOUNT,
                  description: 'Direct Debit payment received',
                  reference: `DD-${row.number}`,
                  created_at: '2026-10-15T09:00:00.000Z',
                },
              ]),
        ]),
      )
      .execute();
    for (const row of rows.filter((candidate) => candidate.index % 2 === 0)) {
      await createAccount(
        trx,
        {
          customerId: row.customerId,
          username: `bench${row.number}`,
          email: `bench${row.number}@example.com`,
          passwordHash: 'not-a-hash',
          emailVerified: true,
        },
        now,
      );
    }
  });
  await insertScheduleForEveryAgreement(
    db,
    AMOUNT,
    Array.from({ length: INSTALLMENTS }, (_, index) => ({
      number: index + 1,
      dueDate: monthsAfter(TERMS.firstPaymentDate, index),
      balanceAfter: AMOUNT * (INSTALLMENTS - index - 1),
    })),
  );
}

const MIB = 1024 * 1024;

/** One statement run over `count` agreements in a fresh SQLite file, in this process. */
async function benchStatementRun(count: number): Promise<StatementRunFigures> {
  return withBenchDatabase('sqlite', 'cd'.repeat(32), async (db, config) => {
    await seed(db, count);
    const clock = (): Date => new Date(RUN_AT);
    global.gc?.();
    const startRss = process.memoryUsage.rss();
    let peakRss = startRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, 20);
    const started = performance.now();
    const result = await runStatements(
      {
        config,
        db,
        clock,
        mailer: new OutboxMailer(db, clock),
        sms: new OutboxSmsSender(db, clock),
      },
      {
        period: PERIOD,
        // Sample memory between agreements too: the run does most of its work synchronously.
        afterAgreement: () => {
          peakRss = Math.max(peakRss, process.memoryUsage.rss());
        },
      },
    );
    const runSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    if (result.counts.statements !== count) {
      throw new Error(`expected ${String(count)} statements, got ${JSON.stringify(result.counts)}`);
    }
    return {
      agreements: count,
      runSeconds,
      perSecond: count / runSeconds,
      peakRssMiB: peakRss / MIB,
      startRssMiB: startRss / MIB,
      notified: result.counts.notified,
      queuedForPrint: result.counts.queuedForPrint,
    };
  });
}

/** The baseline: bare one-page pdfkit documents with a line of text, per second, in this process. */
export async function barePdfPagesPerSecond(seconds = 3): Promise<number> {
  const render = () =>
    new Promise<void>((resolve, reject) => {
      const doc = new PDFDocument({ size: 'A4' });
      doc.on('data', () => undefined);
      doc.on('end', resolve);
      doc.on('error', reject);
      doc.fontSize(12).text('Statement for October 2026: £1,234.56');
      doc.end();
    });
  for (let warm = 0; warm < 50; warm += 1) await render();
  let pages = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await render();
    pages += 1;
  }
  return pages / ((performance.now() - started) / 1000);
}

export interface StatementRunComparison {
  small: StatementRunFigures;
  large: StatementRunFigures;
  barePagesPerSecond: number;
}

const SMALL = 2_000;
const LARGE = 10_000;
const run = promisify(execFile);
const thisFile = fileURLToPath(import.meta.url);

/** One size in a child process of its own, so each peak RSS is that run's alone. */
async function inChild(count: number): Promise<StatementRunFigures> {
  const { stdout } = await run(
    process.execPath,
    [...process.execArgv, '--expose-gc', thisFile, '--child', String(count)],
    { maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as StatementRunFigures;
}

/** The statement run at 2,000 and 10,000 agreements, and bare pdfkit pages as the same-run baseline. */
export async function compareStatementRuns(): Promise<StatementRunComparison> {
  const small = await inChild(SMALL);
  const large = await inChild(LARGE);
  return { small, large, barePagesPerSecond: await barePdfPagesPerSecond() };
}

if (process.argv[2] === '--child') {
  const figures = await benchStatementRun(Number(process.argv[3]));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** The comparison as the lines `npm run bench` prints. */
export function statementRunReport({
  small,
  large,
  barePagesPerSecond,
}: StatementRunComparison): string {
  const line = (figures: StatementRunFigures) =>
    `  ${figures.agreements.toLocaleString('en-GB')} agreements: ${figures.perSecond.toFixed(1)} statements/s ` +
    `(${figures.runSeconds.toFixed(1)} s; ${String(figures.notified)} told it is ready, ${String(figures.queuedForPrint)} queued for print), ` +
    `peak RSS ${figures.peakRssMiB.toFixed(0)} MiB (${figures.startRssMiB.toFixed(0)} MiB before the run)`;
  return [
    'statement run (SQLite, one process, a statement PDF per agreement)',
    line(small),
    line(large),
    `  baseline: bare one-page pdfkit documents ${barePagesPerSecond.toFixed(1)}/s; ` +
      `statements at 10,000 / bare pages = ${(large.perSecond / barePagesPerSecond).toFixed(2)}`,
    `  peak RSS at 10,000 / at 2,000 = ${(large.peakRssMiB / small.peakRssMiB).toFixed(2)} (target ≈ 1.0: memory does not grow with the number of agreements)`,
  ].join('\n');
}
