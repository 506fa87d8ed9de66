import {
  addWorkingDays,
  isNachaFile,
  readNachaEntries,
  SCHEME_LEAD_WORKING_DAYS,
  type IsoDate,
  type Market,
} from '@marque/domain';
import type { Kysely } from 'kysely';
import type { SandboxReportKind } from '../db/direct-debit-tables.js';
import type { Database } from '../db/schema.js';
import type { BankConnection, BankReport } from '../services/direct-debit/bank-connection.js';
import { readBacsDataRecords } from '../services/direct-debit/bacs-standard-18.js';
import { instant } from '../services/time/instant.js';

interface PlannedReport {
  report: SandboxReportKind;
  code: string | null;
  /** Working days after the input day: 2 is the entry day (day 3) of the Bacs cycle. */
  afterInput: number;
}

/** An item of a submission as the sandbox reads it, from a Bacs or a NACHA file. */
interface ReceivedItem {
  transactionCode: string;
  accountNumber: string;
  reference: string;
  amount: number;
}

/**
 * The sandbox bank's deterministic rules, by the last four digits of the payer's account, so tests
 * and demos can provoke every path: '0002' returns collections unpaid the day after entry (ARUDD 0,
 * refer to payer); '0003' accepts the instruction, then the payer cancels it at their bank
 * (ADDACS 1); '0004' rejects the instruction (AUDDIS 5, no account). Everything else is accepted
 * on day 3 and collections settle then.
 */
function plannedBacsReports(record: ReceivedItem): PlannedReport[] {
  const ending = record.accountNumber.slice(-4);
  const accepted: PlannedReport = { report: 'INPUT', code: null, afterInput: 2 };
  if (record.transactionCode === '0C') return [];
  if (record.transactionCode === '0N') {
    if (ending === '0004') return [{ report: 'AUDDIS', code: '5', afterInput: 2 }];
    if (ending === '0003') return [accepted, { report: 'ADDACS', code: '1', afterInput: 3 }];
    return [accepted];
  }
  if (ending === '0002') return [accepted, { report: 'ARUDD', code: '0', afterInput: 3 }];
  return [accepted];
}

/**
 * The sandbox's ACH rules, by the same last four digits, with NACHA return codes: '0002' returns a
 * debit R01 (insufficient funds) the day after settlement; '0003' settles, then the customer tells
 * their bank the debit was not authorized (R10); '0004' returns the prenote R03 (no account).
 * Everything else settles on the effective date. Returned prenotes are stored as 'AUDDIS' reports
 * and returned debits as 'ARUDD', the sandbox's names for "instruction refused" and "unpaid".
 */
function plannedAchReports(entry: ReceivedItem): PlannedReport[] {
  const ending = entry.accountNumber.slice(-4);
  const settled: PlannedReport = { report: 'INPUT', code: null, afterInput: 1 };
  if (entry.transactionCode === '28' || entry.transactionCode === '38') {
    return ending === '0004' ? [{ report: 'AUDDIS', code: 'R03', afterInput: 2 }] : [settled];
  }
  if (ending === '0002') return [settled, { report: 'ARUDD', code: 'R01', afterInput: 2 }];
  if (ending === '0003') return [settled, { report: 'ARUDD', code: 'R10', afterInput: 3 }];
  return [settled];
}

function receivedItems(content: string): { market: Market; items: ReceivedItem[] } {
  if (isNachaFile(content)) {
    return {
      market: 'US',
      items: readNachaEntries(content).map((entry) => ({
        transactionCode: entry.transactionCode,
        accountNumber: entry.accountNumber,
        reference: entry.individualId,
        amount: entry.amount,
      })),
    };
  }
  return { market: 'UK', items: readBacsDataRecords(content) };
}

/**
 * An in-process stand-in for the lender's bank and the scheme, keeping its own state in its own
 * tables: it reads each submission once (Bacs Standard 18 or NACHA) and schedules the reports a
 * real bank would return, on the scheme's own calendar.
 */
export class SandboxBank implements BankConnection {
  constructor(private readonly db: Kysely<Database>) {}

  async submit(fileId: string, content: string, inputDate: IsoDate): Promise<void> {
    const { market, items } = receivedItems(content);
    const plannedReports = market === 'US' ? plannedAchReports : plannedBacsReports;
    await this.db.transaction().execute(async (trx) => {
      const received = await trx
        .insertInto('sandbox_bank_files')
        .values({ id: fileId, received_on: inputDate, content })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (received === undefined) return;
      const processingDate = addWorkingDays(inputDate, SCHEME_LEAD_WORKING_DAYS[market], market);
      const rows = items.flatMap((record) =>
        plannedReports(record).map((planned) => ({
          id: crypto.randomUUID(),
          file_id: fileId,
          report: planned.report,
          code: planned.code,
          transaction_code: record.transactionCode,
          reference: record.reference,
          amount: record.amount,
          processing_date: processingDate,
          available_on: addWorkingDays(inputDate, planned.afterInput, market),
          collected_at: null,
        })),
      );
      for (let start = 0; start < rows.length; start += 500) {
        await trx
          .insertInto('sandbox_bank_reports')
          .values(rows.slice(start, start + 500))
          .execute();
      }
    });
  }

  async reports(asOf: IsoDate): Promise<BankReport[]> {
    const rows = await this.db
      .selectFrom('sandbox_bank_reports')
      .selectAll()
      .where('collected_at', 'is', null)
      .where('available_on', '<=', asOf)
      .orderBy('available_on')
      .orderBy('report', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      report: row.report,
      code: row.code,
      transactionCode: row.transaction_code,
      reference: row.reference,
      amount: row.amount,
      processingDate: row.processing_date,
    }));
  }

  async acknowledge(reportId: string, at: Date): Promise<void> {
    await this.db
      .updateTable('sandbox_bank_reports')
      .set({ collected_at: instant(at) })
      .where('id', '=', reportId)
      .execute();
  }
}
