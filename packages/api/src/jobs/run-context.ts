import type { IsoDate } from '@marque/domain';
import type { MandateScheme } from '../db/direct-debit-tables.js';
import type { AppDeps } from '../deps.js';
import type { BankConnection } from '../services/direct-debit/bank-connection.js';
import type { CollectionCalendar } from '../services/direct-debit/collection-date.js';
import type { CollectionRunCounts } from './collection-run-counts.js';

/** What every step of a collection run works with. */
export interface RunContext {
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer'>;
  runId: string;
  runDate: IsoDate;
  bank: BankConnection;
  calendar: CollectionCalendar;
  /** The market's scheme: only its mandates are collected by this run. */
  scheme: MandateScheme;
  counts: CollectionRunCounts;
  /** Called after each collection a step creates; a test throws here to simulate a crash. */
  afterCollection: (done: number) => void;
}
