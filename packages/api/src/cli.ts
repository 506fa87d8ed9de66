import { randomUUID } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { configFromProcessEnv, type Config } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import type { Database } from './db/schema.js';
import { runCollections } from './jobs/collection-run.js';
import { runReminders } from './jobs/payment-reminders.js';
import { runStatements } from './jobs/statement-run.js';
import { createLogger } from './logger.js';
import { backupDatabase } from './operations/backup.js';
import { reencryptSecrets } from './operations/key-rotation.js';
import { businessDate } from './services/agreements/business-date.js';
import { exportPrintQueue, type PrintQueueExport } from './services/documents/print-queue.js';
import { previousPeriod } from './services/documents/statement-period.js';
import { createMailer } from './services/mail/create-mailer.js';
import { formatMailboxEntry } from './services/mail/mailbox-format.js';
import { latestMail } from './services/mail/outbox-reader.js';
import { reconcileCardPayments } from './services/payments/card-reconciliation.js';
import { runLease, runUnderLease } from './services/runs/job-lease.js';
import { SandboxGateway } from './services/payments/sandbox-gateway.js';
import { OutboxSmsSender } from './services/notifications/sms-sender.js';

const USAGE = `Usage: marque <command>

Commands:
  mailbox [--limit N] [--to ADDRESS]   the latest e-mails the system sent (newest first)
  collect [--date YYYY-MM-DD]          reconcile pending card payments, then the Direct Debit collection run for a day (default today)
  reconcile                            ask the card provider about card payments left pending for 30 minutes or more
  reminders [--date YYYY-MM-DD]        payment reminders and missed-payment notices for a day (default today)
  statements [--period YYYY-MM]        the monthly statement run (default last month)
  print-queue --out FILE.zip           export queued paper documents as one ZIP for the printer
  backup                               SQLite: an online backup to DATA_DIR/backups; PostgreSQL: how to back it up
  rotate-key                           re-encrypt stored secrets under MARQUE_SECRET_KEY (old keys in MARQUE_PREVIOUS_SECRET_KEYS)
`;

async function mailbox(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { limit: { type: 'string', default: '10' }, to: { type: 'string' } },
  });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new Error('--limit must be a whole number from 1 to 1000');
  }
  const db = openDatabase(configFromProcessEnv().databaseUrl);
  try {
    await migrateToLatest(db);
    const messages = await latestMail(db, {
      limit,
      ...(values.to === undefined ? {} : { to: values.to.toLowerCase() }),
    });
    process.stdout.write(
      messages.length === 0
        ? 'The mailbox is empty.\n'
        : messages.map(formatMailboxEntry).join('\n'),
    );
  } finally {
    await db.destroy();
  }
}

/** Another run of this kind holds its lease (from the console or another instance): nothing was run. */
function alreadyRunning(kind: string): void {
  process.stderr.write(
    `A ${kind} run is already going elsewhere; nothing was run. Try again once it has finished.\n`,
  );
  process.exitCode = 1;
}

async function collect(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { date: { type: 'string' } } });
  const config = configFromProcessEnv();
  const clock = (): Date => new Date();
  const runDate = values.date ?? businessDate(clock(), config.market);
  if (!isIsoDate(runDate)) throw new Error('--date must be a real date as YYYY-MM-DD');
  const db = openDatabase(config.databaseUrl);
  const logger = createLogger(config);
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const held = await runUnderLease(
      { db, clock },
      runLease('collection', randomUUID()),
      async () => {
        // Card payments settled first, so the run neither holds back nor collects what a card has paid.
        await reconcile(db, config, clock, logger);
        return runCollections(
          { config, db, clock, mailer },
          { runDate, advanceNoticeWorkingDays: config.directDebitAdvanceNoticeDays },
        );
      },
    );
    if (!held.held) {
      alreadyRunning('collection');
      return;
    }
    const result = held.result;
    await mailer.idle();
    process.stdout.write(`Collection run ${result.runDate}: ${result.outcome}\n`);
    process.stdout.write(`${JSON.stringify(result.counts, null, 2)}\n`);
  } finally {
    await db.destroy();
  }
}

async function reconcile(
  db: Kysely<Database>,
  config: Config,
  clock: () => Date,
  logger: Logger,
): Promise<void> {
  const counts = await reconcileCardPayments({
    db,
    config,
    clock,
    logger,
    paymentGateway: new SandboxGateway({
      baseUrl: config.paymentGateway.url,
      secretKey: config.paymentGateway.secretKey,
    }),
  });
  process.stdout.write(`Card payments reconciled: ${JSON.stringify(counts)}\n`);
}

async function reconcileCommand(): Promise<void> {
  const config = configFromProcessEnv();
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    await reconcile(db, config, () => new Date(), createLogger(config));
  } finally {
    await db.destroy();
  }
}

async function reminders(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { date: { type: 'string' } } });
  const config = configFromProcessEnv();
  const clock = (): Date => new Date();
  const today = values.date ?? businessDate(clock(), config.market);
  if (!isIsoDate(today)) throw new Error('--date must be a real date as YYYY-MM-DD');
  const db = openDatabase(config.databaseUrl);
  const logger = createLogger(config);
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const held = await runUnderLease({ db, clock }, runLease('reminders', randomUUID()), () =>
      runReminders({ config, db, clock, mailer, sms: new OutboxSmsSender(db, clock) }, { today }),
    );
    if (!held.held) {
      alreadyRunning('reminders');
      return;
    }
    const result = held.result;
    await mailer.idle();
    process.stdout.write(
      `Reminders for ${result.today}: ${String(result.remindersSent)} payment reminders, ${String(result.missedPaymentNoticesSent)} missed-payment notices sent\n`,
    );
  } finally {
    await db.destroy();
  }
}

async function statements(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { period: { type: 'string' } } });
  const config = configFromProcessEnv();
  const clock = (): Date => new Date();
  const period = values.period ?? previousPeriod(businessDate(clock(), config.market));
  const db = openDatabase(config.databaseUrl);
  const logger = createLogger(config);
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const held = await runUnderLease({ db, clock }, runLease('statement', randomUUID()), () =>
      runStatements({ config, db, clock, mailer, sms: new OutboxSmsSender(db, clock) }, { period }),
    );
    if (!held.held) {
      alreadyRunning('statement');
      return;
    }
    const result = held.result;
    await mailer.idle();
    process.stdout.write(`Statement run ${result.period}: ${result.outcome}\n`);
    process.stdout.write(`${JSON.stringify(result.counts, null, 2)}\n`);
  } finally {
    await db.destroy();
  }
}

async function printQueue(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (values.out === undefined) throw new Error('--out FILE.zip is required');
  const config = configFromProcessEnv();
  // Opened before anything is marked exported: a file that cannot be written loses no batch.
  const file = await open(values.out, 'wx');
  const db = openDatabase(config.databaseUrl);
  let batch: PrintQueueExport | null;
  try {
    await migrateToLatest(db);
    batch = await exportPrintQueue({ db, clock: () => new Date() });
    if (batch !== null) await file.writeFile(batch.content);
  } finally {
    await file.close();
    await db.destroy();
  }
  if (batch === null) {
    await rm(values.out);
    process.stdout.write('The print queue is empty.\n');
    return;
  }
  process.stdout.write(
    `Print batch ${batch.batchId}: ${String(batch.documentCount)} documents written to ${values.out}; ${String(batch.remaining)} still queued\n`,
  );
}

async function backup(): Promise<void> {
  const config = configFromProcessEnv();
  const result = await backupDatabase(config.databaseUrl, config.dataDir, new Date());
  process.stdout.write(
    result.kind === 'sqlite'
      ? `Backed up to ${result.file} (${String(result.bytes)} bytes, integrity checked)\n`
      : `${result.guidance}\n`,
  );
}

async function rotateKey(): Promise<void> {
  const config = configFromProcessEnv();
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const result = await reencryptSecrets(db, config);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    const unreadable =
      result.customerTotpSecrets.unreadable +
      result.staffTotpSecrets.unreadable +
      result.bankAccountNumbers.unreadable;
    if (unreadable > 0) {
      process.stderr.write(
        `${String(unreadable)} secrets open with no configured key: is a previous key missing from MARQUE_PREVIOUS_SECRET_KEYS?\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await db.destroy();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mailbox') return mailbox(rest);
  if (command === 'collect') return collect(rest);
  if (command === 'reconcile') return reconcileCommand();
  if (command === 'reminders') return reminders(rest);
  if (command === 'statements') return statements(rest);
  if (command === 'print-queue') return printQueue(rest);
  if (command === 'backup') return backup();
  if (command === 'rotate-key') return rotateKey();
  process.stdout.write(USAGE);
  if (command !== undefined && command !== 'help') process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
