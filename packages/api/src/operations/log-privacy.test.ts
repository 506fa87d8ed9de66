import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { givenCustomer } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';

const PASSWORD = 'Quiet-Meadow-Lantern-2026';
const WRONG_PASSWORD = 'Quiet-Meadow-Lantern-2025';
const NEW_PASSWORD = 'Silver-Harbour-Evening-73';
const CARD_NUMBER = '4242424242424242';
const BANK = { accountHolderName: 'Rosalind Featherstonehaugh', sortCode: '08-99-99' };
const ACCOUNT_NUMBER = '66374958';
const MESSAGE_TEXT = 'Please call me about the bodywork repair on my Thursday off';

function codeAt(test: TestApp, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(test.clock.now().getTime() / 1000) });
}

async function cardToken(test: TestApp): Promise<string> {
  const response = await test.paymentSandbox.app.request('/v1/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: CARD_NUMBER, expMonth: 12, expYear: 2030, cvc: '123' }),
  });
  return ((await response.json()) as { id: string }).id;
}

describeEachDatabase('the logs of a realistic customer journey', (getDb) => {
  it('hold request ids and routes, and no personal data or secret, even at debug level', async () => {
    const lines: string[] = [];
    const logger = createLogger({ logLevel: 'debug' }, { write: (line) => lines.push(line) });
    const test = createTestApp({ db: getDb(), logger });
    const customer = await givenCustomer(getDb(), { postcode: 'YO24 1BP' });
    const person = await getDb()
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', customer.customerId)
      .executeTakeFirstOrThrow();
    const email = 'rosalind.f@example.net';
    const username = 'rosalind.f';
    const secrets: string[] = [
      PASSWORD,
      WRONG_PASSWORD,
      NEW_PASSWORD,
      email,
      person.email,
      person.given_name,
      person.family_name,
      person.date_of_birth,
      person.postcode,
      person.postcode.replace(' ', ''),
      person.address_line1,
      person.phone,
      customer.agreementNumber,
      CARD_NUMBER,
      BANK.accountHolderName,
      BANK.sortCode,
      BANK.sortCode.replace(/-/g, ''),
      ACCOUNT_NUMBER,
      MESSAGE_TEXT,
    ];
    const browser = test.client();

    // Register against the agreement, then confirm the e-mail address from the link.
    const registered = await browser.mutation('auth.register', {
      identity: {
        market: 'UK',
        agreementNumber: customer.agreementNumber,
        dateOfBirth: customer.dateOfBirth,
        postcode: customer.postcode,
      },
      username,
      email,
      password: PASSWORD,
    });
    expect(registered.status).toBe(200);
    const verificationToken = test.outbox.tokenIn(await test.outbox.latest(email));
    secrets.push(verificationToken);
    expect((await browser.mutation('auth.verifyEmail', { token: verificationToken })).status).toBe(
      200,
    );

    // A wrong password, then the right one.
    const wrong = await browser.mutation('auth.login', { username, password: WRONG_PASSWORD });
    expect(wrong.status).toBe(401);
    const signedIn = await browser.mutation('auth.login', { username, password: PASSWORD });
    expect(signedIn.data).toMatchObject({ status: 'signed_in' });
    secrets.push(browser.cookie('__Host-marque_session') ?? 'no session cookie');

    // A card payment, a Direct Debit and a secure message.
    const paid = await browser.mutation<{ status: string }>('payments.makeCardPayment', {
      agreementId: customer.agreementId,
      amount: 12_345,
      paymentToken: await cardToken(test),
      idempotencyKey: crypto.randomUUID().replace(/-/g, ''),
    });
    expect(paid.data?.status).toBe('paid');
    await test.paymentSandbox.idle();
    const mandate = await browser.mutation('directDebit.setUp', {
      agreementId: customer.agreementId,
      ...BANK,
      accountNumber: ACCOUNT_NUMBER,
      collectionDay: 15,
      guaranteeAccepted: true,
    });
    expect(mandate.status).toBe(200);
    const message = await browser.mutation('messages.start', {
      subject: 'Repair appointment',
      category: 'other',
      body: MESSAGE_TEXT,
      attachmentIds: [],
    });
    expect(message.status).toBe(200);

    // Two-step verification with an authenticator app.
    const started = await browser.mutation<{ secret: string }>('mfa.startTotp');
    const totpSecret = started.data?.secret ?? 'no secret';
    secrets.push(totpSecret);
    const confirmed = await browser.mutation<{ recoveryCodes: string[] }>('mfa.confirmTotp', {
      code: await codeAt(test, totpSecret),
    });
    secrets.push(...(confirmed.data?.recoveryCodes ?? ['no recovery codes']));
    test.clock.advance({ seconds: 30 });

    // Forgotten password: the e-mailed link, a new password, then both steps again.
    expect(
      (await test.client().mutation('auth.requestPasswordReset', { usernameOrEmail: email }))
        .status,
    ).toBe(200);
    const resetToken = test.outbox.tokenIn(await test.outbox.latest(email));
    secrets.push(resetToken);
    expect(
      (
        await test
          .client()
          .mutation('auth.resetPassword', { token: resetToken, password: NEW_PASSWORD })
      ).status,
    ).toBe(200);
    const again = test.client();
    const challenge = await again.mutation<{ challenge: string }>('auth.login', {
      username,
      password: NEW_PASSWORD,
    });
    const verified = await again.mutation('auth.verifyMfa', {
      challenge: challenge.data?.challenge ?? '',
      code: await codeAt(test, totpSecret),
    });
    expect(verified.data).toMatchObject({ status: 'signed_in' });
    secrets.push(challenge.data?.challenge ?? 'no challenge');
    secrets.push(again.cookie('__Host-marque_session') ?? 'no session cookie');

    const log = lines.join('');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = entries.filter((entry) => entry.msg === 'request');
    // Every one of the 14 requests above was logged with its id and route template.
    expect(requests.length).toBeGreaterThanOrEqual(14);
    for (const entry of requests) {
      expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(entry.route).toMatch(/^\/api\/|^\(/);
    }
    expect(requests.map((entry) => entry.route)).toContain('/api/trpc/auth.login');
    // Every line, whatever wrote it during a request, says which request it belongs to.
    for (const entry of entries) expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(3);
      expect(log.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });
});
