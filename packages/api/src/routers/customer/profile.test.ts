import { expect, it } from 'vitest';
import type { Profile } from '../../services/profile/contact-details.js';
import { createTestApp } from '../../test/app.js';
import { givenAccount, signIn, TEST_PASSWORD } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const NEW_ADDRESS = { line1: '4 Quay Street', town: 'Bristol', postcode: 'bs1 4dj' };

describeEachDatabase('profile', (getDb) => {
  it('shows the customer their own contact details', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const profile = await browser.query<Profile>('profile.get');
    expect(profile.data).toMatchObject({
      email: account.email,
      dateOfBirth: account.dateOfBirth,
      pendingEmail: null,
      address: { postcode: account.postcode, country: 'GB' },
    });
  });

  it('changes address and phone after a recent password, alerting the address on file', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const result = await browser.mutation('profile.updateContact', {
      address: NEW_ADDRESS,
      phone: '07700 900777',
    });
    expect(result.data).toEqual({ status: 'updated', emailChangePending: false });
    const profile = (await browser.query<Profile>('profile.get')).data;
    expect(profile?.phone).toBe('07700 900777');
    expect(profile?.address).toMatchObject({
      line1: '4 Quay Street',
      town: 'Bristol',
      postcode: 'BS1 4DJ',
    });
    const stored = await getDb()
      .selectFrom('customers')
      .select('postcode_normalised')
      .where('id', '=', account.customerId)
      .executeTakeFirstOrThrow();
    expect(stored.postcode_normalised).toBe('BS14DJ');
    const alert = await app.outbox.latest(account.email);
    expect(alert.text_body).toMatch(/postal address was changed; your phone number was changed/);
  });

  it('asks for the password again when the last one was entered over 10 minutes ago', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    app.clock.advance({ minutes: 10, seconds: 1 });
    const stale = await browser.mutation('profile.updateContact', { phone: '07700 900111' });
    expect(stale.status).toBe(403);
    expect(stale.error?.data.reauthenticationRequired).toBe(true);
    await browser.mutation('auth.reauthenticate', { password: TEST_PASSWORD });
    expect(
      (await browser.mutation('profile.updateContact', { phone: '07700 900111' })).status,
    ).toBe(200);
  });

  it('refuses a postcode that is not a real UK postcode, under the postcode field', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const result = await browser.mutation('profile.updateContact', {
      address: { ...NEW_ADDRESS, postcode: 'NOT IT' },
    });
    expect(result.status).toBe(400);
    expect(Object.keys(result.error?.data.fieldErrors ?? {})).toEqual(['address.postcode']);
  });

  it('uses a new e-mail address only once its link is followed, alerting the old one', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    const browser = app.client();
    await signIn(browser, account);
    const result = await browser.mutation('profile.updateContact', {
      email: 'New.Address@Example.com',
    });
    expect(result.data).toEqual({ status: 'updated', emailChangePending: true });
    expect((await browser.query<Profile>('profile.get')).data).toMatchObject({
      email: account.email,
      pendingEmail: 'new.address@example.com',
    });
    expect((await app.outbox.latest(account.email)).text_body).toMatch(/change of e-mail address/);

    const link = await app.outbox.latest('new.address@example.com');
    const token = app.outbox.tokenIn(link);
    const confirmed = await app.client().mutation('profile.confirmEmailChange', { token });
    expect(confirmed.data).toEqual({ status: 'email_changed', email: 'new.address@example.com' });
    expect((await browser.query<Profile>('profile.get')).data).toMatchObject({
      email: 'new.address@example.com',
      pendingEmail: null,
    });
    expect((await app.client().mutation('profile.confirmEmailChange', { token })).status).toBe(400);

    await app
      .client()
      .mutation('auth.requestPasswordReset', { usernameOrEmail: 'new.address@example.com' });
    expect((await app.outbox.latest('new.address@example.com')).subject).toMatch(/Reset your/);
  });

  it('needs at least one change and a signed-in customer', async () => {
    const app = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb());
    expect(
      (await app.client().mutation('profile.updateContact', { phone: '07700 900111' })).status,
    ).toBe(401);
    const browser = app.client();
    await signIn(browser, account);
    const empty = await browser.mutation('profile.updateContact', {});
    expect(empty.status).toBe(400);
    expect(empty.error?.data.fieldErrors).toEqual({ input: 'Change at least one detail.' });
  });
});
