import { expect, it } from 'vitest';
import { createTestApp } from '../../test/app.js';
import { givenAccount, givenCustomer, type GivenCustomer } from '../../test/customers.js';
import { describeEachDatabase } from '../../test/databases.js';

const NEW_PASSWORD = 'Copper-Kettle-Morning-88';

function ukIdentity(customer: GivenCustomer, overrides: Record<string, string> = {}) {
  return {
    market: 'UK',
    agreementNumber: customer.agreementNumber,
    dateOfBirth: customer.dateOfBirth,
    postcode: customer.postcode,
    ...overrides,
  };
}

describeEachDatabase('auth.register and auth.verifyEmail', (getDb) => {
  it('registers against an agreement typed in any format, then signs in once the e-mail link is followed', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb(), { postcode: 'SW1A 1AA' });
    const browser = client();
    const spaced = customer.agreementNumber.toLowerCase().replace(/(.{4})/, '$1 ');
    const result = await browser.mutation('auth.register', {
      identity: ukIdentity(customer, { agreementNumber: spaced, postcode: ' sw1a1aa ' }),
      username: 'Sarah.W',
      email: 'Sarah.W@Example.com',
      password: NEW_PASSWORD,
    });
    expect(result.status).toBe(200);
    expect(result.data).toMatchObject({ status: 'check_email' });

    const before = await browser.mutation('auth.login', {
      username: 'sarah.w',
      password: NEW_PASSWORD,
    });
    expect(before.status).toBe(403);

    const mail = await outbox.latest('sarah.w@example.com');
    expect(mail.subject).toMatch(/Confirm your e-mail/);
    const verified = await browser.mutation('auth.verifyEmail', { token: outbox.tokenIn(mail) });
    expect(verified.data).toEqual({ status: 'verified' });

    const after = await browser.mutation('auth.login', {
      username: 'SARAH.W',
      password: NEW_PASSWORD,
    });
    expect(after.data).toEqual({ status: 'signed_in' });
    expect((await browser.query('auth.me')).data).toMatchObject({
      customerId: customer.customerId,
      email: 'sarah.w@example.com',
    });
  });

  it('answers the same whether the agreement is unknown, the details are wrong, or it is already registered', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const fresh = await givenCustomer(getDb());
    const registered = await givenAccount(getDb());
    const attempt = (identity: object, username: string) =>
      client().mutation('auth.register', {
        identity,
        username,
        email: 'someone@example.net',
        password: NEW_PASSWORD,
      });
    const unknown = await attempt(ukIdentity(fresh, { agreementNumber: 'MQ99999999' }), 'try.one');
    const wrongBirth = await attempt(ukIdentity(fresh, { dateOfBirth: '1970-01-01' }), 'try.two');
    const wrongPostcode = await attempt(ukIdentity(fresh, { postcode: 'EC1A 1BB' }), 'try.three');
    const already = await attempt(ukIdentity(registered), 'try.four');
    for (const result of [unknown, wrongBirth, wrongPostcode, already]) {
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.body)).toBe(JSON.stringify(unknown.body));
    }
    expect(await outbox.messages('someone@example.net')).toHaveLength(0);
    const ownerMail = await outbox.latest(registered.email);
    expect(ownerMail.subject).toMatch(/tried to register/);
    const accounts = await getDb().selectFrom('accounts').select('username').execute();
    expect(accounts.map((row) => row.username)).toEqual([registered.username]);
  });

  it('refuses a username that is taken, whatever its case, as a field error', async () => {
    const { client } = createTestApp({ db: getDb() });
    await givenAccount(getDb(), { username: 'Taken.Name' });
    const customer = await givenCustomer(getDb());
    const result = await client().mutation('auth.register', {
      identity: ukIdentity(customer),
      username: 'taken.NAME',
      email: 'new@example.com',
      password: NEW_PASSWORD,
    });
    expect(result.status).toBe(400);
    expect(result.error?.data.fieldErrors).toEqual({
      username: expect.stringMatching(/taken/) as unknown,
    });
  });

  it('returns the domain’s password problems under the password field', async () => {
    const { client } = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const attempt = (password: string, username = 'sarah.w') =>
      client().mutation('auth.register', {
        identity: ukIdentity(customer),
        username,
        email: 'sarah@example.com',
        password,
      });
    const common = await attempt('Password123!');
    expect(common.status).toBe(400);
    expect(common.error?.data.fieldErrors?.password).toMatch(/commonly used/);
    const short = await attempt('short');
    expect(short.error?.data.fieldErrors?.password).toMatch(/at least 12 characters/);
    const personal = await attempt('sarah.w-garden-gate', 'sarah.w');
    expect(personal.error?.data.fieldErrors?.password).toMatch(/username/);
  });

  it('checks usernames and e-mail addresses with messages a customer understands', async () => {
    const { client } = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const result = await client().mutation('auth.register', {
      identity: ukIdentity(customer, { dateOfBirth: '31/12/1980' }),
      username: 'a b',
      email: 'not-an-address',
      password: NEW_PASSWORD,
    });
    expect(result.status).toBe(400);
    expect(result.error?.data.fieldErrors).toEqual({
      'identity.dateOfBirth': 'Enter your date of birth as YYYY-MM-DD.',
      username: 'Use 3 to 32 letters, numbers, dots, hyphens or underscores.',
      email: 'Enter an e-mail address like name@example.com.',
    });
  });

  it('lets a verification link work once, for 24 hours', async () => {
    const { client, outbox, clock } = createTestApp({ db: getDb() });
    const first = await givenCustomer(getDb());
    const second = await givenCustomer(getDb());
    for (const [customer, username] of [
      [first, 'first.user'],
      [second, 'second.user'],
    ] as const) {
      await client().mutation('auth.register', {
        identity: ukIdentity(customer),
        username,
        email: `${username}@example.com`,
        password: NEW_PASSWORD,
      });
    }
    const token = outbox.tokenIn(await outbox.latest('first.user@example.com'));
    expect((await client().mutation('auth.verifyEmail', { token })).status).toBe(200);
    const again = await client().mutation('auth.verifyEmail', { token });
    expect(again.status).toBe(400);
    expect(again.error?.message).toMatch(/expired or has already been used/);

    clock.advance({ hours: 24, seconds: 1 });
    const late = outbox.tokenIn(await outbox.latest('second.user@example.com'));
    expect((await client().mutation('auth.verifyEmail', { token: late })).status).toBe(400);
  });

  it('lets a customer register again while the first registration is unconfirmed', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    for (const email of ['typo@exmaple.com', 'right@example.com']) {
      await client().mutation('auth.register', {
        identity: ukIdentity(customer),
        username: 'sarah.w',
        email,
        password: NEW_PASSWORD,
      });
    }
    const accounts = await getDb().selectFrom('accounts').select('email').execute();
    expect(accounts).toEqual([{ email: 'right@example.com' }]);
    const stale = outbox.tokenIn(await outbox.latest('typo@exmaple.com'));
    expect((await client().mutation('auth.verifyEmail', { token: stale })).status).toBe(400);
  });

  it('checks a US customer by account number, SSN last four and date of birth', async () => {
    const { client, outbox } = createTestApp({ db: getDb(), env: { MARKET: 'US' } });
    const customer = await givenCustomer(getDb(), { country: 'US', ssnLast4: '4321' });
    const identity = {
      market: 'US',
      accountNumber: customer.agreementNumber,
      ssnLast4: '4321',
      dateOfBirth: customer.dateOfBirth,
    };
    await client().mutation('auth.register', {
      identity: { ...identity, ssnLast4: '1234' },
      username: 'wrong.ssn',
      email: 'us@example.com',
      password: NEW_PASSWORD,
    });
    expect(await outbox.messages('us@example.com')).toHaveLength(0);
    await client().mutation('auth.register', {
      identity,
      username: 'right.ssn',
      email: 'us@example.com',
      password: NEW_PASSWORD,
    });
    expect((await outbox.latest('us@example.com')).subject).toMatch(/Confirm your e-mail/);
  });

  it('treats a claim for the other market as not matching', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const customer = await givenCustomer(getDb());
    const result = await client().mutation('auth.register', {
      identity: {
        market: 'US',
        accountNumber: customer.agreementNumber,
        ssnLast4: '1234',
        dateOfBirth: customer.dateOfBirth,
      },
      username: 'other.market',
      email: 'other@example.com',
      password: NEW_PASSWORD,
    });
    expect(result.status).toBe(200);
    expect(await outbox.messages('other@example.com')).toHaveLength(0);
  });

  it('limits registrations per IP address', async () => {
    const { client } = createTestApp({ db: getDb(), env: { RATE_LIMIT_REGISTER_IP: '2/3600' } });
    const customer = await givenCustomer(getDb());
    const browser = client();
    const attempt = () =>
      browser.mutation('auth.register', {
        identity: ukIdentity(customer, { dateOfBirth: '1970-01-01' }),
        username: 'guess.er',
        email: 'guess@example.com',
        password: NEW_PASSWORD,
      });
    await attempt();
    await attempt();
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.error?.data.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describeEachDatabase('identity checks against one agreement', (getDb) => {
  it('are limited from any address, so a date of birth cannot be guessed by rotating IPs', async () => {
    const { client } = createTestApp({
      db: getDb(),
      env: { RATE_LIMIT_IDENTITY_AGREEMENT: '3/3600' },
    });
    const customer = await givenCustomer(getDb());
    const guesses = ['1970-01-01', '1970-01-02', '1970-01-03'];
    for (const [index, dateOfBirth] of guesses.entries()) {
      const result = await client({ ip: `192.0.2.${index + 1}` }).mutation(
        'auth.recoverUsername',
        ukIdentity(customer, { dateOfBirth }),
      );
      expect(result.status).toBe(200);
    }
    const next = await client({ ip: '192.0.2.50' }).mutation('auth.register', {
      identity: ukIdentity(customer, { agreementNumber: customer.agreementNumber.toLowerCase() }),
      username: 'late.guess',
      email: 'late@example.com',
      password: NEW_PASSWORD,
    });
    expect(next.status).toBe(429);
  });
});

describeEachDatabase('auth.recoverUsername', (getDb) => {
  it('e-mails the username after a matching identity check, and answers the same when nothing matches', async () => {
    const { client, outbox } = createTestApp({ db: getDb() });
    const account = await givenAccount(getDb(), { username: 'Forgetful.Fred' });
    const matching = await client().mutation('auth.recoverUsername', ukIdentity(account));
    const wrong = await client().mutation(
      'auth.recoverUsername',
      ukIdentity(account, { postcode: 'EC1A 1BB' }),
    );
    const unknown = await client().mutation(
      'auth.recoverUsername',
      ukIdentity(account, { agreementNumber: 'MQ99999999' }),
    );
    expect(matching.status).toBe(200);
    expect(JSON.stringify(wrong.body)).toBe(JSON.stringify(matching.body));
    expect(JSON.stringify(unknown.body)).toBe(JSON.stringify(matching.body));
    const mails = await outbox.messages(account.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text_body).toContain('Forgetful.Fred');
  });

  it('limits username reminders per IP address', async () => {
    const { client } = createTestApp({ db: getDb(), env: { RATE_LIMIT_RECOVER_IP: '1/3600' } });
    const customer = await givenCustomer(getDb());
    const browser = client();
    expect((await browser.mutation('auth.recoverUsername', ukIdentity(customer))).status).toBe(200);
    expect((await browser.mutation('auth.recoverUsername', ukIdentity(customer))).status).toBe(429);
  });
});
