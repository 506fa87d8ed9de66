import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { openAccountNumber } from '../services/direct-debit/bank-details.js';
import { DEVICE_COOKIE } from '../services/devices/device-cookie.js';
import { deviceCookieKeys, trustedDeviceId } from '../services/devices/trusted-device.js';
import { secondFactorKeys, storeTotpSecret } from '../services/mfa/second-factor-store.js';
import { createTestApp, FakeClock, TEST_SECRET_KEY, type TestApp } from '../test/app.js';
import { givenAccount, signIn, type GivenAccount } from '../test/customers.js';
import { describeEachDatabase } from '../test/databases.js';
import { givenStaff, signInStaff } from '../test/staff.js';
import { reencryptSecrets } from './key-rotation.js';

const OLD_KEY = TEST_SECRET_KEY;
const NEW_KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';
const UNKNOWN_KEY = 'ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100';
const ACCOUNT_NUMBER = '66374958';

function key(hex: string): Buffer {
  return Buffer.from(hex, 'hex');
}

function codeAt(test: TestApp, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(test.clock.now().getTime() / 1000) });
}

/** Password, then the authenticator's code; true when both steps let the customer in. */
async function signsInWithCode(
  test: TestApp,
  account: GivenAccount,
  code: () => Promise<string>,
): Promise<boolean> {
  const browser = test.client();
  const login = await browser.mutation<{ challenge: string }>('auth.login', {
    username: account.username,
    password: account.password,
  });
  const verified = await browser.mutation<{ status: string }>('auth.verifyMfa', {
    challenge: login.data?.challenge ?? '',
    code: await code(),
  });
  test.clock.advance({ seconds: 30 });
  return verified.data?.status === 'signed_in';
}

describeEachDatabase('rotating MARQUE_SECRET_KEY', (getDb) => {
  it('reads every secret with the retired key during the rotation, then re-encrypts it under the new one', async () => {
    const db = getDb();
    const clock = new FakeClock();
    const before = createTestApp({ db, clock, env: { MARQUE_SECRET_KEY: OLD_KEY } });
    const account = await givenAccount(db);
    const browser = before.client();
    await signIn(browser, account);
    const deviceCookie = browser.cookie(DEVICE_COOKIE) ?? '';
    const totpSecret =
      (await browser.mutation<{ secret: string }>('mfa.startTotp')).data?.secret ?? '';
    const recoveryCodes =
      (
        await browser.mutation<{ recoveryCodes: string[] }>('mfa.confirmTotp', {
          code: await codeAt(before, totpSecret),
        })
      ).data?.recoveryCodes ?? [];
    clock.advance({ seconds: 30 });
    const mandate = await browser.mutation<{ mandateId: string }>('directDebit.setUp', {
      agreementId: account.agreementId,
      accountHolderName: 'Ann Example',
      sortCode: '08-99-99',
      accountNumber: ACCOUNT_NUMBER,
      collectionDay: 15,
      guaranteeAccepted: true,
    });
    expect(mandate.status).toBe(200);
    const staff = await givenStaff(before, { role: 'agent' });
    const sealedAccountNumber = async () =>
      await db
        .selectFrom('mandates')
        .select(['id', 'account_number_encrypted'])
        .where('agreement_id', '=', account.agreementId)
        .executeTakeFirstOrThrow();

    // Every instance restarted with the new key and the old one listed as previous.
    const during = createTestApp({
      db,
      clock,
      env: { MARQUE_SECRET_KEY: NEW_KEY, MARQUE_PREVIOUS_SECRET_KEYS: OLD_KEY },
    });
    expect(await signsInWithCode(during, account, () => codeAt(during, totpSecret))).toBe(true);
    expect(
      await signsInWithCode(during, account, () => Promise.resolve(recoveryCodes[0] ?? '')),
    ).toBe(true);
    await signInStaff(during, during.staffClient(), staff);
    const stored = await sealedAccountNumber();
    expect(
      openAccountNumber(key(NEW_KEY), [key(OLD_KEY)], stored.id, stored.account_number_encrypted),
    ).toBe(ACCOUNT_NUMBER);
    expect(
      await trustedDeviceId(
        db,
        deviceCookieKeys(key(NEW_KEY), [key(OLD_KEY)]),
        deviceCookie,
        account.accountId,
      ),
    ).not.toBeNull();

    const result = await reencryptSecrets(db, during.config);
    expect(result).toEqual({
      customerTotpSecrets: { resealed: 1, current: 0, unreadable: 0 },
      staffTotpSecrets: { resealed: 1, current: 0, unreadable: 0 },
      bankAccountNumbers: { resealed: 1, current: 0, unreadable: 0 },
      unusedRecoveryCodes: 9,
    });

    // The old key can go: what was encrypted now opens with the new key alone.
    const after = createTestApp({ db, clock, env: { MARQUE_SECRET_KEY: NEW_KEY } });
    expect(await signsInWithCode(after, account, () => codeAt(after, totpSecret))).toBe(true);
    await signInStaff(after, after.staffClient(), staff);
    const resealed = await sealedAccountNumber();
    expect(
      openAccountNumber(key(NEW_KEY), [], resealed.id, resealed.account_number_encrypted),
    ).toBe(ACCOUNT_NUMBER);
    // Peppered recovery codes and signed device cookies cannot be re-keyed: they need the old key.
    expect(
      await signsInWithCode(after, account, () => Promise.resolve(recoveryCodes[1] ?? '')),
    ).toBe(false);
    expect(
      await trustedDeviceId(
        db,
        deviceCookieKeys(key(NEW_KEY), []),
        deviceCookie,
        account.accountId,
      ),
    ).toBeNull();

    expect(await reencryptSecrets(db, after.config)).toMatchObject({
      customerTotpSecrets: { resealed: 0, current: 1, unreadable: 0 },
      staffTotpSecrets: { resealed: 0, current: 1, unreadable: 0 },
      bankAccountNumbers: { resealed: 0, current: 1, unreadable: 0 },
    });
  });

  it('leaves a secret no configured key opens as it was, and counts it', async () => {
    const db = getDb();
    const test = createTestApp({
      db,
      env: { MARQUE_SECRET_KEY: NEW_KEY, MARQUE_PREVIOUS_SECRET_KEYS: OLD_KEY },
    });
    const account = await givenAccount(db);
    await storeTotpSecret(
      db,
      secondFactorKeys(key(UNKNOWN_KEY)),
      account.accountId,
      'JBSWY3DPEHPK3PXP',
      test.clock.now(),
      { confirmed: true },
    );
    const row = () => db.selectFrom('totp').select('secret_encrypted').executeTakeFirstOrThrow();
    const sealed = (await row()).secret_encrypted;
    const result = await reencryptSecrets(db, test.config);
    expect(result.customerTotpSecrets).toEqual({ resealed: 0, current: 0, unreadable: 1 });
    expect((await row()).secret_encrypted).toBe(sealed);
  });
});
