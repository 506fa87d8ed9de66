import { formatMoney, type IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import type { LedgerEntryKind } from '../db/customer-agreement-tables.js';
import type { Database } from '../db/schema.js';
import { accountPosition } from '../services/agreements/account-position.js';
import { loadCustomerAgreement } from '../services/agreements/agreement-queries.js';
import { paidToDate } from '../services/agreements/ledger-totals.js';
import { scheduleLines } from '../services/agreements/schedule-lines.js';
import { annualStatementFigures } from '../services/documents/annual-statement-figures.js';
import { longDate } from '../services/documents/pdf/document-format.js';
import { exportPrintQueue, printBatchFile } from '../services/documents/print-queue.js';
import { setPaperless } from '../services/documents/paperless.js';
import { statementRuns } from '../services/documents/statement-runs.js';
import { updateNotificationPreferences } from '../services/notifications/preferences.js';
import { createTestApp, FakeClock, type TestApp } from '../test/app.js';
import { givenAccount, givenCustomer } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';
import { readPdfText } from '../test/pdf-text.js';
import { runStatements, StatementPeriodError } from './statement-run.js';

const money = (amount: number): string => formatMoney(amount, 'GBP');

interface Entry {
  date: IsoDate;
  kind: LedgerEntryKind;
  amount: number;
  description: string;
  reference?: string;
}

async function givenLedger(
  db: Kysely<Database>,
  agreementId: string,
  entries: Entry[],
): Promise<void> {
  await db
    .insertInto('ledger_entries')
    .values(
      entries.map((entry, index) => ({
        id: crypto.randomUUID(),
        agreement_id: agreementId,
        entry_date: entry.date,
        kind: entry.kind,
        amount: entry.amount,
        description: entry.description,
        reference: entry.reference ?? null,
        created_at: `${entry.date}T09:00:${String(index % 60).padStart(2, '0')}.000Z`,
      })),
    )
    .execute();
}

/** Every instalment due up to `until` restated in the ledger, each paid on the day except the last `missed`. */
async function givenHistory(
  db: Kysely<Database>,
  agreementId: string,
  until: IsoDate,
  missed: number,
): Promise<void> {
  const schedule = await db
    .selectFrom('installments')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('due_date', '<=', until)
    .orderBy('number')
    .execute();
  const entries: Entry[] = [];
  schedule.forEach((installment, index) => {
    entries.push({
      date: installment.due_date,
      kind: 'installment_due',
      amount: installment.amount,
      description: `Monthly payment due (${String(installment.number)})`,
    });
    if (index < schedule.length - missed) {
      entries.push({
        date: installment.due_date,
        kind: 'payment_received',
        amount: installment.amount,
        description: 'Direct Debit payment received',
        reference: `DD-${String(installment.number).padStart(3, '0')}`,
      });
    }
  });
  await givenLedger(db, agreementId, entries);
}

function statementsOf(db: Kysely<Database>, agreementId: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .where('kind', 'in', ['statement', 'annual_statement'])
    .execute();
}

describeEachDatabase('the statement run', (getDb) => {
  function app(clock?: FakeClock): TestApp {
    return createTestApp({ db: getDb(), ...(clock === undefined ? {} : { clock }) });
  }

  it('states exactly the figures the ledger gives: balances, every entry, arrears and the next payments', async () => {
    const test = app();
    const db = getDb();
    const customer = await givenAccount(db);
    // Paid every month to September; October's instalment missed, a part payment and a late fee instead.
    await givenHistory(db, customer.agreementId, '2026-09-30', 0);
    const october = await db
      .selectFrom('installments')
      .selectAll()
      .where('agreement_id', '=', customer.agreementId)
      .where('due_date', '=', '2026-10-15')
      .executeTakeFirstOrThrow();
    await givenLedger(db, customer.agreementId, [
      {
        date: '2026-10-15',
        kind: 'installment_due',
        amount: october.amount,
        description: 'Monthly payment due (9)',
      },
      {
        date: '2026-10-20',
        kind: 'payment_received',
        amount: 5000,
        description: 'Card payment received',
        reference: 'CARD-1',
      },
      { date: '2026-10-28', kind: 'fee', amount: 1200, description: 'Late payment fee' },
      {
        date: '2026-11-02',
        kind: 'payment_received',
        amount: 7000,
        description: 'Card payment received',
      },
    ]);

    const result = await runStatements(test.deps, { period: '2026-10' });

    expect(result).toMatchObject({
      outcome: 'finished',
      counts: { agreements: 1, statements: 1, notified: 1, queuedForPrint: 0 },
    });
    const [statement] = await statementsOf(db, customer.agreementId);
    expect(statement).toMatchObject({
      kind: 'statement',
      period: '2026-10',
      title: 'Statement for October 2026',
      delivery: 'online',
      print_status: null,
    });
    const record = await loadCustomerAgreement(db, customer.customerId, customer.agreementId);
    if (record === undefined || statement === undefined) throw new Error('missing');
    // The figures the account services give for the last day of September and of October.
    const upTo = (day: IsoDate) => record.ledger.filter((entry) => entry.entryDate <= day);
    const opening = accountPosition(record.schedule, upTo('2026-09-30'), '2026-09-30');
    const closing = accountPosition(record.schedule, upTo('2026-10-31'), '2026-10-31');
    const next = scheduleLines(record.schedule, upTo('2026-10-31'), '2026-10-31').filter(
      (line) => line.dueDate > '2026-10-31',
    );
    expect(closing.arrears.amount).toBeGreaterThan(0);

    const pdf = await readPdfText(statement.content);
    expect(pdf.title).toBe('Statement for October 2026');
    expect(pdf.language).toBe('en-GB');
    expect(pdf.text).toContain(`Balance on 1 October 2026 ${money(opening.balanceOutstanding)}`);
    expect(pdf.text).toContain(`Balance on 31 October 2026 ${money(closing.balanceOutstanding)}`);
    expect(pdf.text).toContain(`Payments received ${money(5000)}`);
    expect(pdf.text).toContain(`Fees and charges ${money(1200)}`);
    expect(pdf.text).toContain(`Arrears ${money(closing.arrears.amount)}`);
    expect(pdf.text).toContain(`15 October 2026 Monthly payment due (9) ${money(october.amount)}`);
    expect(pdf.text).toContain(`20 October 2026 Card payment received (CARD-1) ${money(5000)}`);
    expect(pdf.text).toContain(`28 October 2026 Late payment fee ${money(1200)}`);
    // November's payment is after the period: not on October's statement.
    expect(pdf.text).not.toContain(money(7000));
    expect(next.length).toBeGreaterThanOrEqual(3);
    for (const line of next.slice(0, 3)) {
      expect(pdf.text).toContain(
        `${longDate(line.dueDate, 'en-GB')} ${money(line.amount - line.paid)}`,
      );
    }
    expect(pdf.text).toContain(customer.agreementNumber);
    // Opening balance plus fees less payments is the closing balance: nothing is lost between statements.
    expect(opening.balanceOutstanding + 1200 - 5000).toBe(closing.balanceOutstanding);
    expect(
      paidToDate(upTo('2026-10-31'), '2026-10-31') - paidToDate(upTo('2026-09-30'), '2026-09-30'),
    ).toBe(5000);
  });

  it('issues one statement per agreement and period however often it runs', async () => {
    const test = app();
    const db = getDb();
    const customer = await givenAccount(db);
    await givenHistory(db, customer.agreementId, '2026-10-31', 0);

    const first = await runStatements(test.deps, { period: '2026-10' });
    const second = await runStatements(test.deps, { period: '2026-10' });
    // Even a run record lost (e.g. restored from an older backup) issues nothing twice.
    await db.deleteFrom('statement_runs').execute();
    const third = await runStatements(test.deps, { period: '2026-10' });

    expect(first.outcome).toBe('finished');
    expect(second).toMatchObject({ outcome: 'already_finished', counts: first.counts });
    expect(third.counts).toMatchObject({ statements: 0, alreadyIssued: 1, notified: 0 });
    expect(await statementsOf(db, customer.agreementId)).toHaveLength(1);
    expect(await test.outbox.messages(customer.email)).toHaveLength(1);
  });

  it('carries on where a killed run stopped: every agreement stated once, every e-mail sent once', async () => {
    const test = app();
    const db = getDb();
    const customers = [];
    for (let index = 0; index < 5; index += 1) customers.push(await givenAccount(db));

    await expect(
      runStatements(test.deps, {
        period: '2026-10',
        pageSize: 2,
        afterAgreement: (done) => {
          if (done === 3) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const stopped = await db.selectFrom('statement_runs').selectAll().executeTakeFirstOrThrow();
    expect(stopped.status).toBe('running');
    expect(stopped.last_agreement_id).not.toBeNull();

    expect(await statementRuns(db)).toEqual([
      expect.objectContaining({ period: '2026-10', status: 'running', finishedAt: null }),
    ]);

    const resumed = await runStatements(test.deps, { period: '2026-10', pageSize: 2 });

    expect(resumed.outcome).toBe('finished');
    expect((await statementRuns(db))[0]).toMatchObject({
      status: 'finished',
      counts: resumed.counts,
    });
    // The third statement was issued before the kill, in a page not yet recorded: found, not repeated.
    expect(resumed.counts).toMatchObject({
      agreements: 5,
      statements: 4,
      alreadyIssued: 1,
      notified: 4,
    });
    for (const customer of customers) {
      expect(await statementsOf(db, customer.agreementId)).toHaveLength(1);
      expect(await test.outbox.messages(customer.email)).toHaveLength(1);
    }
  });

  it('e-mails a paperless customer that a statement is ready, with no figures, numbers or attachment', async () => {
    const test = app();
    const db = getDb();
    const customer = await givenAccount(db);
    await givenHistory(db, customer.agreementId, '2026-10-31', 1);

    await runStatements(test.deps, { period: '2026-10' });

    const mail = await test.outbox.latest(customer.email);
    expect(mail.subject).toBe('Your Marque Motor Finance statement is ready');
    expect(mail.text_body).toContain('Statement for October 2026');
    expect(mail.text_body).toContain(`${test.config.publicWebUrl}/documents`);
    for (const body of [mail.text_body, mail.html_body]) {
      expect(body).not.toMatch(/£|\d+\.\d\d/);
      expect(body).not.toContain(customer.agreementNumber);
    }
  });

  it('tells a paperless customer by the channels they chose for statements: a text instead of an e-mail', async () => {
    const test = app();
    const db = getDb();
    const texts = await givenAccount(db);
    const neither = await givenAccount(db);
    await updateNotificationPreferences(
      db,
      texts.customerId,
      { statements: { email: false, sms: true } },
      test.clock.now(),
    );
    await updateNotificationPreferences(
      db,
      neither.customerId,
      { statements: { email: false, sms: false } },
      test.clock.now(),
    );

    const result = await runStatements(test.deps, { period: '2026-10' });

    expect(result.counts).toMatchObject({ statements: 2, notified: 1 });
    const phone = await db
      .selectFrom('customers')
      .select('phone')
      .where('id', '=', texts.customerId)
      .executeTakeFirstOrThrow();
    const sent = await test.outbox.messages();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ channel: 'sms', to_address: phone.phone });
    expect(sent[0]?.text_body).toContain('ready in your online account');
    expect(sent[0]?.text_body).not.toMatch(/£|\d+\.\d\d/);
  });

  it('queues paper customers’ statements for printing and exports them once, as a ZIP with a manifest', async () => {
    const test = app();
    const db = getDb();
    // No online login: paper by default. And a registered customer who chose paper.
    const offline = await givenCustomer(db);
    const chosePaper = await givenAccount(db);
    await setPaperless(db, test.clock.now(), chosePaper.customerId, false);

    const run = await runStatements(test.deps, { period: '2026-10' });
    expect(run.counts).toMatchObject({ statements: 2, queuedForPrint: 2, notified: 0 });
    expect(await test.outbox.messages()).toHaveLength(0);

    const batch = await exportPrintQueue(test.deps);
    if (batch === null) throw new Error('nothing exported');
    expect(batch).toMatchObject({ documentCount: 2, remaining: 0, contentType: 'application/zip' });
    expect(batch.content.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const names = [
      ...batch.content.toString('latin1').matchAll(/\d{4}-statement-[0-9a-f-]{36}\.pdf/g),
    ];
    expect(new Set(names.map((match) => match[0])).size).toBe(2);
    expect(batch.content.toString('latin1')).toContain('manifest.csv');
    expect(batch.content.toString('latin1').match(/%PDF-/g)).toHaveLength(2);

    const documents = await db.selectFrom('documents').selectAll().execute();
    expect(documents.map((document) => document.print_status)).toEqual(['exported', 'exported']);
    expect(new Set(documents.map((document) => document.customer_id))).toEqual(
      new Set([offline.customerId, chosePaper.customerId]),
    );
    expect(await exportPrintQueue(test.deps)).toBeNull();
    // A lost download is rebuilt byte for byte.
    expect((await printBatchFile(db, batch.batchId))?.content.equals(batch.content)).toBe(true);
  });

  it('adds the s.77A annual statement in the month that completes each year of a credit agreement', async () => {
    // The test agreement starts in January 2026: December 2026 is its 12th month.
    const test = app(new FakeClock('2027-01-05T12:00:00.000Z'));
    const db = getDb();
    const customer = await givenAccount(db);
    await givenHistory(db, customer.agreementId, '2026-12-31', 2);

    const result = await runStatements(test.deps, { period: '2026-12' });

    expect(result.counts).toMatchObject({ statements: 1, annualStatements: 1, notified: 1 });
    const annual = (await statementsOf(db, customer.agreementId)).find(
      (document) => document.kind === 'annual_statement',
    );
    if (annual === undefined) throw new Error('no annual statement');
    const record = await loadCustomerAgreement(db, customer.customerId, customer.agreementId);
    if (record === undefined) throw new Error('missing');
    const figures = annualStatementFigures(record, '2026-12');
    expect(figures.arrears.installmentsMissed).toBe(2);
    const pdf = await readPdfText(annual.content);
    expect(pdf.title).toBe('Annual statement to December 2026');
    expect(pdf.text).toContain('section 77A of the Consumer Credit Act 1974');
    expect(pdf.text).toContain(`Amounts paid in the year ${money(figures.paidInYear)}`);
    expect(pdf.text).toContain(`Amounts that fell due in the year ${money(figures.dueInYear)}`);
    expect(pdf.text).toContain(`Arrears on 31 December 2026 ${money(figures.arrears.amount)}`);
    expect(pdf.text).toContain(
      `Amount remaining to be paid on 31 December 2026 ${money(figures.amountRemaining)}`,
    );
    expect(figures.dueInYear - figures.paidInYear).toBe(figures.arrears.amount);
    // One e-mail names both documents.
    const mail = await test.outbox.latest(customer.email);
    expect(mail.text_body).toContain(
      'Statement for December 2026, Annual statement to December 2026',
    );
  });

  it('refuses a month that has not ended, or is not a month, writing nothing', async () => {
    const test = app();
    await givenAccount(getDb());
    await expect(runStatements(test.deps, { period: '2026-11' })).rejects.toThrow(
      StatementPeriodError,
    );
    await expect(runStatements(test.deps, { period: '2026-13' })).rejects.toThrow(
      StatementPeriodError,
    );
    expect(await getDb().selectFrom('statement_runs').selectAll().execute()).toHaveLength(0);
    expect(await getDb().selectFrom('documents').selectAll().execute()).toHaveLength(0);
  });
});
