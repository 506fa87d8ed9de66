import { expect, it } from 'vitest';
import type { SessionSummary } from '../../services/sessions/session-list.js';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const FIREFOX_WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

describeEachDatabase('sessions', (getDb) => {
  it('lists the customer’s sessions with device, address, times and which one is this', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const phone = app.client({ userAgent: SAFARI_IPHONE, ip: '192.0.2.30' });
    await signIn(phone, account);
    app.clock.advance({ minutes: 5 });
    const laptop = app.client({ userAgent: FIREFOX_WINDOWS, ip: '192.0.2.31' });
    await signIn(laptop, account);
    const list = (await laptop.query<SessionSummary[]>('sessions.list')).data ?? [];
    expect(list).toEqual([
      {
        id: expect.any(String) as unknown,
        device: 'Firefox on Windows',
        ip: '192.0.2.31',
        createdAt: '2026-11-23T12:05:00.000Z',
        lastSeenAt: '2026-11-23T12:05:00.000Z',
        current: true,
      },
      {
        id: expect.any(String) as unknown,
        device: 'Safari on iOS',
        ip: '192.0.2.30',
        createdAt: '2026-11-23T12:00:00.000Z',
        lastSeenAt: '2026-11-23T12:00:00.000Z',
        current: false,
      },
    ]);
  });

  it('ends one chosen session', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const phone = app.client();
    const laptop = app.client();
    await signIn(phone, account);
    await signIn(laptop, account);
    const list = (await laptop.query<SessionSummary[]>('sessions.list')).data ?? [];
    const other = list.find((session) => !session.current);
    const revoked = await laptop.mutation('sessions.revoke', { sessionId: other?.id });
    expect(revoked.data).toEqual({ status: 'revoked' });
    expect((await phone.query('auth.me')).data).toBeNull();
    expect((await laptop.query('auth.me')).data).not.toBeNull();
  });

  it('answers another customer’s session id exactly like an unknown one, and leaves it alone', async () => {
    const app = createTestApp({ db: getDb() });
    const alice = await givenAccount(getDb());
    const bob = await givenAccount(getDb());
    const aliceBrowser = app.client();
    const bobBrowser = app.client();
    await signIn(aliceBrowser, alice);
    await signIn(bobBrowser, bob);
    const bobsSession = ((await bobBrowser.query<SessionSummary[]>('sessions.list')).data ?? [])[0];
    const foreign = await aliceBrowser.mutation('sessions.revoke', { sessionId: bobsSession?.id });
    const unknown = await aliceBrowser.mutation('sessions.revoke', {
      sessionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.status).toBe(404);
    expect(JSON.stringify(foreign.body)).toBe(JSON.stringify(unknown.body));
    expect((await bobBrowser.query('auth.me')).data).not.toBeNull();
  });

  it('ends every other session at once', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browsers = [app.client(), app.client(), app.client()];
    for (const browser of browsers) await signIn(browser, account);
    const [keep, ...others] = browsers;
    const result = await keep?.mutation('sessions.revokeOthers');
    expect(result?.data).toEqual({ revoked: 2 });
    for (const other of others) expect((await other.query('auth.me')).data).toBeNull();
    expect((await keep?.query('auth.me'))?.data).not.toBeNull();
  });

  it('needs a signed-in customer', async () => {
    const app = createTestApp({ db: getDb() });
    const result = await app.client().query('sessions.list');
    expect(result.status).toBe(401);
    expect(result.error?.message).toBe('Please sign in to continue.');
  });
});
