import { expect, it } from 'vitest';
import { recordAudit } from '../../services/audit/index.js';
import { createTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffBrowser } from '../../test/staff.js';

interface Page {
  entries: {
    seq: number;
    event: string;
    actorName: string | null;
    customerId: string | null;
    at: string;
  }[];
  nextCursor: number | null;
}

describeEachDatabase('the audit log viewer', (getDb) => {
  it('filters by actor, customer, event type and days, newest first, with the actor’s name', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'supervisor');
    const db = getDb();
    await recordAudit(db, new Date('2026-11-20T09:00:00Z'), null, {
      event: 'signin.succeeded',
      actorType: 'customer',
      actorId: 'account-a',
      customerId: 'customer-a',
    });
    await recordAudit(db, new Date('2026-11-21T09:00:00Z'), null, {
      event: 'password.changed',
      actorType: 'customer',
      actorId: 'account-b',
      customerId: 'customer-b',
    });
    await recordAudit(db, new Date('2026-11-22T23:59:59Z'), null, {
      event: 'account.unlocked',
      actorType: 'staff',
      actorId: staff.id,
      customerId: 'customer-a',
    });
    const search = async (filter: Record<string, string>) =>
      (await browser.query<Page>('audit.search', { filter })).data?.entries.map((e) => e.event);

    expect(await search({ customerId: 'customer-a' })).toEqual([
      'account.unlocked',
      'signin.succeeded',
    ]);
    expect(await search({ actor: staff.username.toUpperCase(), customerId: 'customer-a' })).toEqual(
      ['account.unlocked'],
    );
    expect(await search({ actor: 'account-b' })).toEqual(['password.changed']);
    expect(await search({ event: 'password.changed' })).toEqual(['password.changed']);
    expect(await search({ from: '2026-11-21', to: '2026-11-22' })).toEqual([
      'account.unlocked',
      'password.changed',
    ]);
    expect(await search({ from: '2026-11-20', to: '2026-11-20' })).toEqual(['signin.succeeded']);
    const named = await browser.query<Page>('audit.search', {
      filter: { event: 'account.unlocked' },
    });
    expect(named.data?.entries[0]?.actorName).toMatch(/^Test supervisor/);

    const backwards = await browser.query('audit.search', {
      filter: { from: '2026-11-22', to: '2026-11-21' },
    });
    expect(backwards.status).toBe(400);
    expect(backwards.error?.data.fieldErrors?.['filter.to']).toBe(
      'The end date must not be before the start date.',
    );
    const notADate = await browser.query('audit.search', { filter: { from: '22/11/2026' } });
    expect(notADate.error?.data.fieldErrors?.['filter.from']).toBe('Enter a date like 2026-11-23.');
  });

  it('pages with a cursor that stays put while new events arrive', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(app, 'supervisor');
    for (let i = 0; i < 5; i += 1) {
      await recordAudit(getDb(), app.clock.now(), null, {
        event: 'password.changed',
        actorType: 'customer',
        customerId: `page-${i}`,
      });
    }
    const filter = { event: 'password.changed' };
    const first = await browser.query<Page>('audit.search', { filter, page: { limit: 2 } });
    expect(first.data?.entries.map((e) => e.customerId)).toEqual(['page-4', 'page-3']);
    await recordAudit(getDb(), app.clock.now(), null, {
      event: 'password.changed',
      actorType: 'customer',
      customerId: 'arrived-later',
    });
    const second = await browser.query<Page>('audit.search', {
      filter,
      page: { limit: 2, before: first.data?.nextCursor },
    });
    expect(second.data?.entries.map((e) => e.customerId)).toEqual(['page-2', 'page-1']);
    const last = await browser.query<Page>('audit.search', {
      filter,
      page: { limit: 2, before: second.data?.nextCursor },
    });
    expect(last.data?.entries.map((e) => e.customerId)).toEqual(['page-0']);
    expect(last.data?.nextCursor).toBeNull();
  });

  it('exports CSV that a spreadsheet cannot run as formulas, and audits the export', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser, staff } = await staffBrowser(app, 'admin');
    // A username typed at the sign-in form lands in the log: an attacker chooses it.
    await app.staffClient().mutation('staffAuth.login', {
      username: '=HYPERLINK("http://evil.example","x")',
      password: 'Whatever-Password-1',
    });
    const exported = await browser.query<{
      filename: string;
      csv: string;
      rows: number;
      truncated: boolean;
    }>('audit.exportCsv', { event: 'staff.signin.failed' });
    expect(exported.status).toBe(200);
    expect(exported.data?.filename).toMatch(/^audit-log-2026-11-23-12-\d\d-\d\d\.csv$/);
    expect(exported.data?.rows).toBe(1);
    expect(exported.data?.truncated).toBe(false);
    const [header, line, end] = (exported.data?.csv ?? '').split('\r\n');
    expect(header).toBe(
      'at,event,description,actor_type,actor_id,actor_name,customer_id,account_id,ip,details',
    );
    expect(line).toMatch(
      /^2026-11-23T12:00:\d\d\.\d{3}Z,staff\.signin\.failed,Unsuccessful staff sign-in attempt,anonymous,,,,,203\.0\.113\.10,"/,
    );
    // The details cell is quoted JSON; the username inside it cannot start a cell.
    expect(line).toContain('""username"":""=hyperlink(\\""http://evil.example\\"",\\""x\\"")""');
    expect(end).toBe('');

    const audited = await getDb()
      .selectFrom('audit_events')
      .selectAll()
      .where('event', '=', 'audit.exported')
      .executeTakeFirstOrThrow();
    expect(audited).toMatchObject({ actor_type: 'staff', actor_id: staff.id });
    expect(JSON.parse(audited.details ?? '{}')).toMatchObject({
      rows: 1,
      event: 'staff.signin.failed',
    });
  });

  it('offers every event type with its wording', async () => {
    const app = createTestApp({ db: getDb() });
    const { browser } = await staffBrowser(app, 'supervisor');
    const types = await browser.query<{ event: string; description: string }[]>('audit.eventTypes');
    expect(types.data).toContainEqual({
      event: 'staff.disabled',
      description: 'Staff account disabled',
    });
    expect(types.data).toContainEqual({
      event: 'password.changed',
      description: 'Password changed',
    });
  });
});
