import { expect, it } from 'vitest';
import type { ActivityPage } from '../../services/activity/account-activity.js';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

describeEachDatabase('activity.list', (getDb) => {
  it('lists sign-ins and security events newest first, with time, address and device', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    await app.client({ ip: '192.0.2.70' }).mutation('auth.login', {
      username: account.username,
      password: 'Not-The-Password-9',
    });
    app.clock.advance({ minutes: 1 });
    const browser = app.client({ ip: '192.0.2.71' });
    await signIn(browser, account);
    await browser.mutation('sessions.revokeOthers');
    const page = (await browser.query<ActivityPage>('activity.list', { limit: 10 })).data;
    expect(page?.items.map((item) => [item.event, item.success, item.ip])).toEqual([
      ['sessions.revoked_others', null, '192.0.2.71'],
      ['signin.succeeded', true, '192.0.2.71'],
      ['signin.failed', false, '192.0.2.70'],
    ]);
    expect(page?.items[1]).toMatchObject({
      description: 'Signed in',
      device: 'Chrome on Linux',
      at: '2026-11-23T12:01:00.000Z',
    });
    expect(page?.nextCursor).toBeNull();
  });

  it('pages with a cursor', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    for (let i = 0; i < 3; i += 1) await signIn(browser, account);
    const first = (await browser.query<ActivityPage>('activity.list', { limit: 2 })).data;
    expect(first?.items).toHaveLength(2);
    expect(first?.nextCursor).not.toBeNull();
    const second = (
      await browser.query<ActivityPage>('activity.list', { limit: 2, cursor: first?.nextCursor })
    ).data;
    expect(second?.items).toHaveLength(1);
    expect(second?.nextCursor).toBeNull();
    const ids = [...(first?.items ?? []), ...(second?.items ?? [])].map((item) => item.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('shows a customer nothing of another customer’s activity', async () => {
    const app = createTestApp({ db: getDb() });
    const alice = await givenAccount(getDb());
    const bob = await givenAccount(getDb());
    await signIn(app.client(), bob);
    await app
      .client()
      .mutation('auth.login', { username: bob.username, password: 'Not-The-Password-9' });
    const browser = app.client();
    await signIn(browser, alice);
    const page = (await browser.query<ActivityPage>('activity.list', {})).data;
    expect(page?.items).toHaveLength(1);
    expect(page?.items[0]?.event).toBe('signin.succeeded');
  });
});
