import { brandOf } from '../brand/configured-brand.js';
import { withSchedulesAndLedgers } from '../services/agreements/agreement-queries.js';
import { businessDate } from '../services/agreements/business-date.js';
import type { StatementDeps } from '../services/documents/document-deps.js';
import { documentRecipients } from '../services/documents/document-recipient.js';
import { issueStatements, type StatementBatch } from '../services/documents/issue-statements.js';
import { statementEntry, type StatementEntry } from '../services/documents/statement-figures.js';
import {
  isStatementPeriod,
  periodDates,
  periodHasEnded,
  type StatementPeriod,
} from '../services/documents/statement-period.js';
import { metrics } from '../operations/metrics.js';
import { mailBrandOf } from '../services/mail/compose-mail.js';
import { instant } from '../services/time/instant.js';
import {
  addStatementCounts,
  emptyStatementCounts,
  type StatementRunCounts,
} from './statement-run-counts.js';

/** Agreements read per page: memory holds one page, whatever the number of agreements. */
const PAGE_SIZE = 200;

export interface StatementRunOptions {
  /** The month stated, 'YYYY-MM'; it must have ended. */
  period: StatementPeriod;
  pageSize?: number;
  /** Called after each agreement; a test throws here to stop the run halfway. */
  afterAgreement?: (done: number) => void;
}

export interface StatementRunResult {
  period: StatementPeriod;
  outcome: 'finished' | 'already_finished';
  counts: StatementRunCounts;
}

/** A period that is not 'YYYY-MM' or has not ended yet: nothing is written. */
export class StatementPeriodError extends Error {
  override readonly name = 'StatementPeriodError';
}

/**
 * The monthly statement run: a statement for every active agreement that had started by the end of
 * the period (and the s.77A annual statement in the month completing each year of a credit
 * agreement), e-mailing paperless customers and queueing paper ones for printing.
 *
 * Keyed by period: a finished run is not repeated. Agreements are read in id order, a page at a
 * time (keyset), and the run records the last agreement of each finished page, so a run that
 * stopped carries on from there; a statement already issued for an agreement and period is never
 * issued twice (unique source key), so the page it stopped in is safe to do again.
 */
export async function runStatements(
  deps: StatementDeps,
  options: StatementRunOptions,
): Promise<StatementRunResult> {
  try {
    const result = await statementRun(deps, options);
    if (result.outcome === 'finished') metrics.runEnded('statement', 'finished');
    return result;
  } catch (error) {
    if (!(error instanceof StatementPeriodError)) metrics.runEnded('statement', 'stopped');
    throw error;
  }
}

async function statementRun(
  deps: StatementDeps,
  options: StatementRunOptions,
): Promise<StatementRunResult> {
  const { period } = options;
  if (!isStatementPeriod(period)) {
    throw new StatementPeriodError('The period must be a month written YYYY-MM.');
  }
  const today = businessDate(deps.clock(), deps.config.market);
  if (!periodHasEnded(period, today)) {
    throw new StatementPeriodError(`${period} has not ended yet: statements are for whole months.`);
  }
  await deps.db
    .insertInto('statement_runs')
    .values({
      id: crypto.randomUUID(),
      period,
      status: 'running',
      last_agreement_id: null,
      counts: JSON.stringify(emptyStatementCounts()),
      started_at: instant(deps.clock()),
      finished_at: null,
    })
    .onConflict((conflict) => conflict.column('period').doNothing())
    .execute();
  const record = await deps.db
    .selectFrom('statement_runs')
    .selectAll()
    .where('period', '=', period)
    .executeTakeFirstOrThrow();
  let counts = JSON.parse(record.counts) as StatementRunCounts;
  if (record.status === 'finished') return { period, outcome: 'already_finished', counts };

  const batch: StatementBatch = {
    deps,
    brand: brandOf(deps.config),
    mailBrand: mailBrandOf(deps.config),
    period,
    issuedOn: today,
  };
  const { start, end } = periodDates(period);
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const afterAgreement = options.afterAgreement ?? (() => undefined);
  let cursor = record.last_agreement_id;
  let done = 0;
  for (;;) {
    let query = deps.db
      .selectFrom('agreements')
      .selectAll()
      .where('status', '=', 'active')
      .where('start_date', '<=', end);
    if (cursor !== null) query = query.where('id', '>', cursor);
    const rows = await query.orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) break;
    const ids = rows.map((row) => row.id);
    const [records, entries, recipients] = await Promise.all([
      withSchedulesAndLedgers(deps.db, rows),
      deps.db
        .selectFrom('ledger_entries')
        .select(['agreement_id', 'entry_date', 'kind', 'amount', 'description', 'reference'])
        .where('agreement_id', 'in', ids)
        .where('entry_date', '>=', start)
        .where('entry_date', '<=', end)
        .orderBy('agreement_id')
        .orderBy('entry_date')
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
      documentRecipients(
        deps.db,
        rows.map((row) => row.customer_id),
      ),
    ]);
    const entriesBy = new Map<string, StatementEntry[]>();
    for (const entry of entries) {
      const list = entriesBy.get(entry.agreement_id) ?? [];
      list.push(statementEntry(entry));
      entriesBy.set(entry.agreement_id, list);
    }
    const page = emptyStatementCounts();
    for (const agreement of records) {
      const recipient = recipients.get(agreement.row.customer_id);
      if (recipient === undefined) throw new Error(`no customer for agreement ${agreement.row.id}`);
      const issued = await issueStatements(
        batch,
        agreement,
        entriesBy.get(agreement.row.id) ?? [],
        recipient,
      );
      page.agreements += 1;
      for (const document of [issued.statement, issued.annualStatement]) {
        if (document === null) continue;
        if (!document.created) page.alreadyIssued += 1;
        else if (document.document.kind === 'annual_statement') page.annualStatements += 1;
        else page.statements += 1;
        if (document.created && document.document.delivery === 'print') page.queuedForPrint += 1;
      }
      if (issued.notified) page.notified += 1;
      done += 1;
      afterAgreement(done);
    }
    counts = addStatementCounts(counts, page);
    cursor = rows.at(-1)?.id ?? cursor;
    await deps.db
      .updateTable('statement_runs')
      .set({ last_agreement_id: cursor, counts: JSON.stringify(counts) })
      .where('id', '=', record.id)
      .execute();
    metrics.runProgress('statement', page);
  }
  await deps.db
    .updateTable('statement_runs')
    .set({ status: 'finished', finished_at: instant(deps.clock()), counts: JSON.stringify(counts) })
    .where('id', '=', record.id)
    .execute();
  return { period, outcome: 'finished', counts };
}
