import { parseArgs } from 'node:util';
import { isIsoDate } from '@marque/domain';
import { pino } from 'pino';
import { configFromProcessEnv } from './config.js';
import { openDatabase } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { runCollections } from './jobs/collection-run.js';
import { businessDate } from './services/agreements/business-date.js';
import { createMailer } from './services/mail/create-mailer.js';
import { formatMailboxEntry } from './services/mail/mailbox-format.js';
import { latestMail } from './services/mail/outbox-reader.js';

const USAGE = `Usage: marque <command>

Commands:
  mailbox [--limit N] [--to ADDRESS]   the latest e-mails the system sent (newest first)
  collect [--date YYYY-MM-DD]          the Direct Debit collection run for a day (default today)
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

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'mailbox') return mailbox(rest);
  if (command === 'collect') return collect(rest);
  process.stdout.write(USAGE);
  if (command !== undefined && command !== 'help') process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
