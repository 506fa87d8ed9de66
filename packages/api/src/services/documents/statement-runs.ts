import type { Kysely } from 'kysely';
import type { StatementRunStatus } from '../../db/document-tables.js';
import type { Database } from '../../db/schema.js';
import type { StatementRunCounts } from '../../jobs/statement-run-counts.js';

/** A statement run as staff see it: which month, whether it finished, and what it did so far. */
export interface StatementRunSummary {
  period: string;
  status: StatementRunStatus;
  startedAt: string;
  finishedAt: string | null;
  counts: StatementRunCounts;
}

/** The latest statement runs, newest month first: a run still 'running' stopped and can be resumed. */
export async function statementRuns(
  db: Kysely<Database>,
  { limit = 12 }: { limit?: number } = {},
): Promise<StatementRunSummary[]> {
  const rows = await db
    .selectFrom('statement_runs')
    .select(['period', 'status', 'started_at', 'finished_at', 'counts'])
    .orderBy('period', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    period: row.period,
    status: row.status,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    counts: JSON.parse(row.counts) as StatementRunCounts,
  }));
}
