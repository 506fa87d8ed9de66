import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isIsoDate } from '@marque/domain';
import { pino } from 'pino';
import { configFromProcessEnv } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { runCollections } from './jobs/collection-run.js';
import { runReminders } from './jobs/payment-reminders.js';
import { runStatements } from './jobs/statement-run.js';
import { businessDate } from './services/agreements/business-date.js';
import { exportPrintQueue } from './services/documents/print-queue.js';
import { previousPeriod } from './services/documents/statement-period.js';
import { createMailer } from './services/mail/create-mailer.js';
import { formatMailboxEntry } from './services/mail/mailbox-format.js';
import { latestMail } from './services/mail/outbox-reader.js';
import { OutboxSmsSender } from './services/notifications/sms-sender.js';

const USAGE = `Usage: marque <command>

Commands:
  mailbox [--limit N] [--to ADDRESS]   the latest e-mails the system sent (newest first)
  collect [--date YYYY-MM-DD]          the Direct Debit collection run for a day (default today)
  reminders [--date YYYY-MM-DD]        payment reminders and missed-payment notices for a day (default today)
  statements [--period YYYY-MM]        the monthly statement run (default last month)
  print-queue --out FILE.zip           export queued paper documents as one ZIP for the printer
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

async function collect(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { date: { type: 'string' } } });
  const config = configFromProcessEnv();
  const clock = (): Date => new Date();
  const runDate = values.date ?? businessDate(clock(), config.market);
  if (!isIsoDate(runDate)) throw new Error('--date must be a real date as YYYY-MM-DD');
  const db = openDatabase(config.databaseUrl);
  const logger = pino({ level: config.logLevel });
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const result = await runCollections(
      { config, db, clock, mailer },
      { runDate, advanceNoticeWorkingDays: config.directDebitAdvanceNoticeDays },
    );
    await mailer.idle();
    process.stdout.write(`Collection run ${result.runDate}: ${result.outcome}\n`);
    process.stdout.write(`${JSON.stringify(result.counts, null, 2)}\n`);
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
  const logger = pino({ level: config.logLevel });
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const result = await runReminders(
      { config, db, clock, mailer, sms: new OutboxSmsSender(db, clock) },
      { today },
    );
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
  const logger = pino({ level: config.logLevel });
  const mailer = createMailer(config, db, clock, logger);
  try {
    await migrateToLatest(db);
    const result = await runStatements(
      { config, db, clock, mailer, sms: new OutboxSmsSender(db, clock) },
      { period },
    );
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
  const db = openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(db);
    const batch = await exportPrintQueue({ db, clock: () => new Date() });
    if (batch === null) {
      process.stdout.write('The print queue is empty.\n');
      return;
    }
    await writeFile(values.out, batch.content, { flag: 'wx' });
    process.stdout.write(
      `Print batch ${batch.batchId}: ${String(batch.documentCount)} documents written to ${values.out}; ${String(batch.remaining)} still queued\n`,
    );
  } finally {
    await db.destroy();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mailbox') return mailbox(rest);
  if (command === 'collect') return collect(rest);
  if (command === 'reminders') return reminders(rest);
  if (command === 'statements') return statements(rest);
  if (command === 'print-queue') return printQueue(rest);
  process.stdout.write(USAGE);
  if (command !== undefined && command !== 'help') process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
