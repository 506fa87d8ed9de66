import { isWorkingDay, type IsoDate } from '@marque/domain';
import type { AppDeps } from '../deps.js';
import type { BankConnection } from '../services/direct-debit/bank-connection.js';
import { schemeOfMarket } from '../services/direct-debit/mandate-store.js';
import { instant } from '../services/time/instant.js';
import { metrics } from '../operations/metrics.js';
import { SandboxBank } from '../sandbox-bank/sandbox-bank.js';
import { sendAdvanceNotices } from './advance-notices.js';
import { addCounts, emptyCounts, type CollectionRunCounts } from './collection-run-counts.js';
import { importBankReports } from './import-bank-reports.js';
import type { RunContext } from './run-context.js';
import { deliverSubmissions, writeSubmission } from './submission.js';

export interface CollectionRunOptions {
  runDate: IsoDate;
  /** Defaults to the sandbox bank over the same database. */
  bank?: BankConnection;
  /** Working days of advance notice; defaults to the configured DIRECT_DEBIT_ADVANCE_NOTICE_DAYS. */
  advanceNoticeWorkingDays?: number;
  /** Called after each advance notice; a test throws here to stop the run halfway. */
  afterCollection?: (done: number) => void;
}

export interface CollectionRunResult {
  runDate: IsoDate;
  outcome: 'finished' | 'already_finished' | 'not_a_working_day';
  counts: CollectionRunCounts;
}

/**
 * The daily Direct Debit run on the Bacs cycle: import the bank's reports, send advance notices,
 * write and deliver the submission file. Keyed by run date: a finished run is not repeated, and a
 * run that stopped halfway is finished by the next call, every step being guarded by the state it
 * changes (unique collection per instalment and attempt, one file per run, reports acknowledged).
 */
export async function runCollections(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'mailer'>,
  options: CollectionRunOptions,
): Promise<CollectionRunResult> {
  const { runDate } = options;
  const market = deps.config.market;
  if (!isWorkingDay(runDate, market)) {
    return { runDate, outcome: 'not_a_working_day', counts: emptyCounts() };
  }
  await deps.db
    .insertInto('collection_runs')
    .values({
      id: crypto.randomUUID(),
      kind: 'collection',
      run_date: runDate,
      status: 'running',
      started_at: instant(deps.clock()),
      finished_at: null,
      counts: JSON.stringify(emptyCounts()),
    })
    .onConflict((conflict) => conflict.columns(['kind', 'run_date']).doNothing())
    .execute();
  const record = await deps.db
    .selectFrom('collection_runs')
    .selectAll()
    .where('kind', '=', 'collection')
    .where('run_date', '=', runDate)
    .executeTakeFirstOrThrow();
  const earlier = JSON.parse(record.counts) as CollectionRunCounts;
  if (record.status === 'finished')
    return { runDate, outcome: 'already_finished', counts: earlier };

  const run: RunContext = {
    deps,
    runId: record.id,
    runDate,
    bank: options.bank ?? new SandboxBank(deps.db),
    calendar: {
      market,
      advanceNoticeWorkingDays:
        options.advanceNoticeWorkingDays ?? deps.config.directDebitAdvanceNoticeDays,
    },
    scheme: schemeOfMarket(market),
    counts: emptyCounts(),
    afterCollection: options.afterCollection ?? (() => undefined),
  };
  const save = (status: 'running' | 'finished'): Promise<unknown> =>
    deps.db
      .updateTable('collection_runs')
      .set({
        status,
        counts: JSON.stringify(addCounts(earlier, run.counts)),
        ...(status === 'finished' ? { finished_at: instant(deps.clock()) } : {}),
      })
      .where('id', '=', run.runId)
      .execute();
  try {
    await importBankReports(run);
    await sendAdvanceNotices(run);
    await writeSubmission(run);
    await deliverSubmissions(run);
  } catch (error) {
    await save('running');
    metrics.runProgress('collection', run.counts);
    metrics.runEnded('collection', 'stopped');
    throw error;
  }
  await save('finished');
  metrics.runProgress('collection', run.counts);
  metrics.runEnded('collection', 'finished');
  return { runDate, outcome: 'finished', counts: addCounts(earlier, run.counts) };
}
