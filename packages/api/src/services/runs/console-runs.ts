import { compareDates } from '@marque/domain';
import type { ConsoleRunKindName } from '@marque/schemas';
import { TRPCError } from '@trpc/server';
import type { ConsoleRunRow, ConsoleRunStatus } from '../../db/staff-money-tables.js';
import type { AppDeps } from '../../deps.js';
import { runCollections } from '../../jobs/collection-run.js';
import { runReminders } from '../../jobs/payment-reminders.js';
import { runStatements } from '../../jobs/statement-run.js';
import type { Context } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { businessDate } from '../agreements/business-date.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { periodHasEnded } from '../documents/statement-period.js';
import { reconcileCardPayments } from '../payments/card-reconciliation.js';
import { instant, secondsAfter } from '../time/instant.js';
import {
  acquireLease,
  keepLeaseWhile,
  releaseLease,
  runLease,
  type HeldLease,
} from './job-lease.js';

type StaffContext = Context & { staff: StaffActor };

/** A run whose heartbeat is older than this stopped with its server (the lease lasts 60 s). */
const STALLED_AFTER_SECONDS = 120;
/** Progress is written every this many items, so watching a run costs the run little. */
const PROGRESS_EVERY = 25;

export type StartRun =
  | { kind: 'collection'; runDate: string }
  | { kind: 'reminders'; runDate: string }
  | { kind: 'statement'; period: string };

/** A run as the console shows it; 'interrupted' is a run whose server stopped mid-way (retry it). */
export interface ConsoleRunView {
  id: string;
  kind: ConsoleRunKindName;
  /** The day, or the month for statements. */
  runKey: string;
  status: ConsoleRunStatus | 'interrupted';
  startedBy: string;
  startedAt: string;
  finishedAt: string | null;
  progress: number;
  /** The job's own answer: its outcome and counts. */
  result: Record<string, unknown> | null;
  error: string | null;
}

/** Runs in this process, so tests (and a graceful shutdown) can wait for them. */
const inFlight = new Set<Promise<void>>();

/** Resolves once every run this process started has finished or failed. */
export async function settledRuns(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

function keyOf(input: StartRun): string {
  return input.kind === 'statement' ? input.period : input.runDate;
}

const KIND_WORDS: Record<ConsoleRunKindName, string> = {
  collection: 'Direct Debit collection run',
  statement: 'statement run',
  reminders: 'payment reminders run',
};

function view(row: ConsoleRunRow & { started_by_name: string }, now: Date): ConsoleRunView {
  const stalled =
    row.status === 'running' && row.heartbeat_at < secondsAfter(now, -STALLED_AFTER_SECONDS);
  return {
    id: row.id,
    kind: row.kind,
    runKey: row.run_key,
    status: stalled ? 'interrupted' : row.status,
    startedBy: row.started_by_name,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    progress: row.progress,
    result: row.result === null ? null : (JSON.parse(row.result) as Record<string, unknown>),
    error: row.error,
  };
}

function runsQuery(deps: Pick<AppDeps, 'db'>) {
  return deps.db
    .selectFrom('console_runs as r')
    .innerJoin('staff as s', 's.id', 'r.started_by')
    .selectAll('r')
    .select('s.display_name as started_by_name');
}

/** The latest runs, newest first. */
export async function listRuns(
  ctx: StaffContext,
  input: { limit: number },
): Promise<ConsoleRunView[]> {
  const rows = await runsQuery(ctx.deps)
    .orderBy('r.started_at', 'desc')
    .orderBy('r.id')
    .limit(input.limit)
    .execute();
  const now = ctx.deps.clock();
  return rows.map((row) => view(row, now));
}

/** One run, for watching its progress. */
export async function getRun(ctx: StaffContext, input: { runId: string }): Promise<ConsoleRunView> {
  const row = await runsQuery(ctx.deps).where('r.id', '=', input.runId).executeTakeFirst();
  if (row === undefined) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that run.' });
  }
  return view(row, ctx.deps.clock());
}

/** Refuses a run for a day or month that is not over yet, with a message under its field. */
function checkRunnable(ctx: StaffContext, input: StartRun): void {
  const today = businessDate(ctx.deps.clock(), ctx.deps.config.market);
  if (input.kind === 'statement') {
    if (!periodHasEnded(input.period, today)) {
      throw fieldError({
        period: `${input.period} has not ended yet: statements are for whole months.`,
      });
    }
  } else if (compareDates(input.runDate, today) > 0) {
    throw fieldError({ runDate: 'Runs are for today or an earlier day (to finish one).' });
  }
}

/**
 * Starts a run in the background and answers at once, for the console to watch. One run of each
 * kind at a time, across every API instance: the run holds a database lease on its kind, renewed
 * while it goes. Each job is idempotent and resumable, so starting the same day or month again
 * (a retry after a failure or an interruption) finishes what is left and repeats nothing.
 */
export async function startRun(ctx: StaffContext, input: StartRun): Promise<ConsoleRunView> {
  checkRunnable(ctx, input);
  const runId = crypto.randomUUID();
  const lease = runLease(input.kind, runId);
  const now = ctx.deps.clock();
  if (!(await acquireLease(ctx.deps.db, lease, now))) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `A ${KIND_WORDS[input.kind]} is already going. Watch it below; start another once it has finished.`,
    });
  }
  try {
    await ctx.deps.db
      .insertInto('console_runs')
      .values({
        id: runId,
        kind: input.kind,
        run_key: keyOf(input),
        status: 'running',
        started_by: ctx.staff.id,
        started_at: instant(now),
        heartbeat_at: instant(now),
        finished_at: null,
        progress: 0,
        result: null,
        error: null,
      })
      .execute();
    await auditStaffAction(ctx, {
      event: 'run.started',
      customerId: null,
      details: { runId, kind: input.kind, for: keyOf(input) },
    });
  } catch (error) {
    await releaseLease(ctx.deps.db, lease);
    throw error;
  }
  const running = execute(ctx.deps, runId, input, lease).finally(() => inFlight.delete(running));
  inFlight.add(running);
  return getRun(ctx, { runId });
}

/**
 * As `npm run collect` does: card payments left pending are settled with the provider first, so
 * the collection neither holds back nor collects what a card has already paid.
 */
async function collectAfterReconciling(deps: AppDeps, runDate: string, progress: () => void) {
  const cardPaymentsReconciled = await reconcileCardPayments(deps);
  const collection = await runCollections(deps, { runDate, afterCollection: progress });
  return { ...collection, cardPaymentsReconciled };
}

/** Runs the job under its lease, recording progress, heartbeats and the outcome on the run's row; never throws. */
async function execute(
  deps: AppDeps,
  runId: string,
  input: StartRun,
  lease: HeldLease,
): Promise<void> {
  const { db } = deps;
  let done = 0;
  let writes: Promise<unknown> = Promise.resolve();
  const record = (write: () => Promise<unknown>) => {
    writes = writes.then(write).catch((error: unknown) => {
      deps.logger.warn({ err: error, runId }, 'run progress not recorded');
    });
  };
  const progress = () => {
    done += 1;
    if (done % PROGRESS_EVERY !== 0) return;
    const value = done;
    record(() =>
      db.updateTable('console_runs').set({ progress: value }).where('id', '=', runId).execute(),
    );
  };
  const heartbeat = async (now: Date) => {
    await db
      .updateTable('console_runs')
      .set({ heartbeat_at: instant(now) })
      .where('id', '=', runId)
      .execute();
  };
  const job = async (): Promise<void> => {
    let outcome: { status: 'finished'; result: object } | { status: 'failed'; error: string };
    try {
      const result =
        input.kind === 'collection'
          ? await collectAfterReconciling(deps, input.runDate, progress)
          : input.kind === 'statement'
            ? await runStatements(deps, { period: input.period, afterAgreement: progress })
            : await runReminders(deps, { today: input.runDate });
      outcome = { status: 'finished', result };
    } catch (error) {
      deps.logger.error({ err: error, runId, kind: input.kind }, 'console run failed');
      const reason = (error instanceof Error ? error.message : String(error))
        .replace(/\s+/g, ' ')
        .slice(0, 200);
      outcome = {
        status: 'failed',
        error: `Stopped: ${reason}. Fix the cause, then retry: the run carries on where it stopped.`,
      };
    }
    await writes;
    await db
      .updateTable('console_runs')
      .set({
        status: outcome.status,
        finished_at: instant(deps.clock()),
        progress: done,
        result: outcome.status === 'finished' ? JSON.stringify(outcome.result) : null,
        error: outcome.status === 'failed' ? outcome.error : null,
      })
      .where('id', '=', runId)
      .execute();
  };
  try {
    await keepLeaseWhile(deps, lease, job, heartbeat);
  } catch (error) {
    // Only the run's own bookkeeping can fail here; the row then shows it as interrupted.
    deps.logger.error({ err: error, runId }, 'console run outcome not recorded');
  }
}
