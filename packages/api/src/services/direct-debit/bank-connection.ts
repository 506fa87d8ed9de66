import type { IsoDate, Minor } from '@marque/domain';
import type { SandboxReportKind } from '../../db/direct-debit-tables.js';

/** One item a bank reports back: accepted (INPUT) or returned with a Bacs reason code. */
export interface BankReport {
  id: string;
  report: SandboxReportKind;
  /** The Bacs reason code; null on the input report. */
  code: string | null;
  transactionCode: string;
  /** The mandate reference the item carried. */
  reference: string;
  amount: Minor;
  /** The entry day (day 3) of the item reported on. */
  processingDate: IsoDate;
}

/** What the collection run needs of the lender's bank: take a submission, hand back reports. */
export interface BankConnection {
  /** Takes a Standard 18 file; giving the same file id again changes nothing. */
  submit(fileId: string, content: string, inputDate: IsoDate): Promise<void>;
  /** Reports available by `asOf` that have not been acknowledged, oldest first. */
  reports(asOf: IsoDate): Promise<BankReport[]>;
  /** Marks a report as read, so it is not handed over again. */
  acknowledge(reportId: string, at: Date): Promise<void>;
}
