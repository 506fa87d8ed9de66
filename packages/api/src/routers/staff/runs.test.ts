import { expect, it } from 'vitest';
import { setPaperless } from '../../services/documents/paperless.js';
import type { Mailer } from '../../services/mail/mailer.js';
import { OutboxMailer } from '../../services/mail/outbox-mailer.js';
import { acquireLease } from '../../services/runs/job-lease.js';
import { settledRuns } from '../../services/runs/console-runs.js';
import { createTestApp, FakeClock, type TestClient } from '../../test/app.js';
import { givenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface RunAnswer {
  id: string;
  kind: string;
  runKey: string;
  status: string;
  progress: number;
  result: { outcome?: string; counts?: Record<string, number> } | null;
  error: string | null;
  startedBy: string;
}

/** The run as the console sees it once the server has finished it. */
async function finished(browser: TestClient, runId: string): Promise<RunAnswer> {
  await settledRuns();
  const answer = await browser.query<RunAnswer>('runs.get', { runId });
  if (answer.data === undefined) throw new Error(`run not found: ${answer.status}`);
  return answer.data;
}

describeEachDatabase('runs from the console', (getDb) => {
  it('runs the statements for a month in the background, and a second start issues nothing again', async () => {
    const test = createTestApp({ db: getDb() });
    await givenCustomer(test.deps.db);
    await givenCustomer(test.deps.db);
    const { browser, staff } = await staffBrowser(test, 'supervisor');
    const started = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'statement',
      period: '2026-10',
    });
    expect(started.data).toMatchObject({ kind: 'statement', runKey: '2026-10', status: 'running' });
    const done = await finished(browser, started.data?.id ?? '');
    expect(done).toMatchObject({ status: 'finished', progress: 2, error: null });
    expect(done.result).toMatchObject({ outcome: 'finished', counts: { agreements: 2 } });
    expect(done.startedBy).toBe(`Test supervisor ${staff.username.replace('supervisor', '')}`);

    test.clock.advance({ minutes: 5 });
    const again = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'statement',
      period: '2026-10',
    });
    const repeated = await finished(browser, again.data?.id ?? '');
    expect(repeated.result).toMatchObject({ outcome: 'already_finished' });
    const statements = await test.deps.db
      .selectFrom('documents')
      .select('id')
      .where('kind', '=', 'statement')
      .execute();
    expect(statements).toHaveLength(2);
    const list = await browser.query<RunAnswer[]>('runs.list', {});
    expect(list.data?.map((run) => run.id)).toEqual([again.data?.id, started.data?.id]);
  });

  it('never runs a kind twice at once, whichever instance holds it', async () => {
    const test = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(test, 'supervisor');
    const elsewhere = await acquireLease(
      test.deps.db,
      { name: 'run:collection', holder: 'another-instance', seconds: 60 },
      test.clock.now(),
    );
    expect(elsewhere).toBe(true);
    const refused = await browser.mutation('runs.start', {
      kind: 'collection',
      runDate: '2026-11-23',
    });
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toBe(
      'A Direct Debit collection run is already going. Watch it below; start another once it has finished.',
    );
    const otherKind = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'reminders',
      runDate: '2026-11-23',
    });
    expect(otherKind.status).toBe(200);
    expect((await finished(browser, otherKind.data?.id ?? '')).status).toBe('finished');
    test.clock.advance({ seconds: 61 });
    const afterExpiry = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'collection',
      runDate: '2026-11-23',
    });
    expect(afterExpiry.status).toBe(200);
    // Card payments left pending are settled first, as `npm run collect` does.
    expect(await finished(browser, afterExpiry.data?.id ?? '')).toMatchObject({
      status: 'finished',
      result: { outcome: 'finished', cardPaymentsReconciled: { checked: 0 } },
    });
  });

  it('records a failed run with its reason, and a retry carries on to the end', async () => {
    const clock = new FakeClock();
    const db = getDb();
    const outbox = new OutboxMailer(db, clock.now);
    let smtpDown = true;
    const mailer: Mailer = {
      send: (mail) => {
        if (smtpDown) return Promise.reject(new Error('SMTP server not reachable'));
        return outbox.send(mail);
      },
      idle: () => outbox.idle(),
    };
    const test = createTestApp({ db, clock, mailer });
    const customer = await givenCustomer(db);
    await setPaperless(db, clock.now(), customer.customerId, true);
    const { browser } = await staffBrowser(test, 'supervisor');
    const first = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'statement',
      period: '2026-10',
    });
    const failed = await finished(browser, first.data?.id ?? '');
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe(
      'Stopped: SMTP server not reachable. Fix the cause, then retry: the run carries on where it stopped.',
    );
    smtpDown = false;
    const retry = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'statement',
      period: '2026-10',
    });
    expect((await finished(browser, retry.data?.id ?? '')).status).toBe('finished');
    const statements = await db
      .selectFrom('documents')
      .select('id')
      .where('kind', '=', 'statement')
      .execute();
    expect(statements).toHaveLength(1);
  });

  it('refuses a month that has not ended and a day still to come, under the field', async () => {
    const test = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(test, 'supervisor');
    const month = await browser.mutation('runs.start', { kind: 'statement', period: '2026-11' });
    expect(month.error?.data.fieldErrors).toEqual({
      period: '2026-11 has not ended yet: statements are for whole months.',
    });
    const day = await browser.mutation('runs.start', { kind: 'collection', runDate: '2026-11-24' });
    expect(day.error?.data.fieldErrors).toEqual({
      runDate: 'Runs are for today or an earlier day (to finish one).',
    });
    const agent = (await staffBrowser(test, 'agent')).browser;
    const byAgent = await agent.mutation('runs.start', {
      kind: 'reminders',
      runDate: '2026-11-23',
    });
    expect(byAgent.status).toBe(403);
    expect(await test.deps.db.selectFrom('console_runs').select('id').execute()).toEqual([]);
  });

  it('exports the print queue as a ZIP, once per document', async () => {
    const test = createTestApp({ db: getDb() });
    await givenCustomer(test.deps.db);
    const { browser } = await staffBrowser(test, 'supervisor');
    const run = await browser.mutation<RunAnswer>('runs.start', {
      kind: 'statement',
      period: '2026-10',
    });
    await finished(browser, run.data?.id ?? '');
    const queued = await browser.query<{ queued: number }>('runs.printQueue');
    expect(queued.data?.queued).toBeGreaterThan(0);
    const exported = await browser.mutation<{
      contentBase64: string;
      documentCount: number;
      remaining: number;
    }>('runs.exportPrintQueue');
    expect(exported.data?.documentCount).toBe(queued.data?.queued);
    expect(exported.data?.remaining).toBe(0);
    expect(
      Buffer.from(exported.data?.contentBase64 ?? '', 'base64')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const empty = await browser.mutation('runs.exportPrintQueue');
    expect(empty.data).toBeNull();
  });
});
