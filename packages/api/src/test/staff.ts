import { generate } from 'otplib';
import type { StaffRole } from '../db/staff-tables.js';
import { hashPassword } from '../services/credentials/password-hash.js';
import { secondFactorKeys } from '../services/mfa/second-factor-store.js';
import { newTotpSecret } from '../services/mfa/totp.js';
import { insertStaff } from '../services/staff/staff-store.js';
import { storeStaffTotpSecret } from '../services/staff/staff-totp.js';
import { TEST_START, type ClientOptions, type TestApp, type TestClient } from './app.js';
import { TEST_PASSWORD } from './customers.js';

export interface GivenStaff {
  id: string;
  username: string;
  password: string;
  role: StaffRole;
  /** The enrolled authenticator's secret; null when the member has not enrolled. */
  totpSecret: string | null;
}

let passwordHash: Promise<string> | null = null;
let counter = 0;

/** A staff member with a password and (unless `enrolled: false`) a proved authenticator. */
export async function givenStaff(
  app: TestApp,
  options: { role: StaffRole; username?: string; enrolled?: boolean },
): Promise<GivenStaff> {
  const db = app.deps.db;
  counter += 1;
  const username = options.username ?? `${options.role}${counter}`;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const staff = await insertStaff(
    db,
    {
      username,
      displayName: `Test ${options.role} ${counter}`,
      email: `${username}@staff.example`,
      role: options.role,
      passwordHash: await passwordHash,
      createdBy: null,
    },
    new Date(TEST_START),
  );
  const totpSecret = options.enrolled === false ? null : newTotpSecret();
  if (totpSecret !== null) {
    await storeStaffTotpSecret(
      db,
      secondFactorKeys(app.config.secretKey),
      staff.id,
      totpSecret,
      new Date(TEST_START),
      { confirmed: true },
    );
  }
  return { id: staff.id, username, password: TEST_PASSWORD, role: options.role, totpSecret };
}

/** The code an authenticator with `secret` shows at the app's clock now. */
export function staffCode(app: TestApp, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(app.clock.now().getTime() / 1000) });
}

/**
 * Signs a staff browser in with password and code, then moves the clock to the next 30-second
 * step so the member's next code is not refused as already used.
 */
export async function signInStaff(
  app: TestApp,
  browser: TestClient,
  staff: GivenStaff,
): Promise<void> {
  const login = await browser.mutation('staffAuth.login', {
    username: staff.username,
    password: staff.password,
  });
  if (login.status !== 200 || staff.totpSecret === null) {
    throw new Error(`staff sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
  }
  const verified = await browser.mutation('staffAuth.verifyTotp', {
    code: await staffCode(app, staff.totpSecret),
  });
  if (verified.status !== 200) {
    throw new Error(`staff code refused: ${verified.status} ${JSON.stringify(verified.body)}`);
  }
  app.clock.advance({ seconds: 30 });
}

/** A new staff browser already signed in as a new member of `role`. */
export async function staffBrowser(
  app: TestApp,
  role: StaffRole,
  options: ClientOptions = {},
): Promise<{ browser: TestClient; staff: GivenStaff }> {
  const staff = await givenStaff(app, { role });
  const browser = app.staffClient(options);
  await signInStaff(app, browser, staff);
  return { browser, staff };
}
