import { normalisePostcode } from '@marque/domain';
import { aCustomer, anHpAgreement } from '@marque/domain/testing';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createAccount } from '../services/accounts/account-store.js';
import { insertAgreement } from '../services/agreements/insert-agreement.js';
import { hashPassword } from '../services/credentials/password-hash.js';
import { TEST_START, type TestClient } from './app.js';

/** A password that passes the domain's rules; tests share one hash of it (argon2 is slow on purpose). */
export const TEST_PASSWORD = 'Lantern-Orchard-Velvet-42';

let testPasswordHash: Promise<string> | null = null;

function hashOf(password: string): Promise<string> {
  if (password !== TEST_PASSWORD) return hashPassword(password);
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
}

export interface GivenCustomer {
  customerId: string;
  agreementId: string;
  agreementNumber: string;
  givenName: string;
  dateOfBirth: string;
  postcode: string;
  ssnLast4: string | null;
  email: string;
}

export interface CustomerOptions {
  email?: string;
  postcode?: string;
  dateOfBirth?: string;
  country?: 'GB' | 'US';
  ssnLast4?: string;
  /** By default the next in the factory's sequence, which starts again in every test process. */
  agreementNumber?: string;
}

/** A customer with one active HP agreement, as onboarding would have stored them. */
export async function givenCustomer(
  db: Kysely<Database>,
  options: CustomerOptions = {},
): Promise<GivenCustomer> {
  const country = options.country ?? 'GB';
  const customer = aCustomer({
    ...(options.email === undefined ? {} : { email: options.email }),
    ...(options.dateOfBirth === undefined ? {} : { dateOfBirth: options.dateOfBirth }),
    address: { country, ...(options.postcode === undefined ? {} : { postcode: options.postcode }) },
  });
  const customerId = crypto.randomUUID();
  const ssnLast4 = country === 'US' ? (options.ssnLast4 ?? '6789') : null;
  await db
    .insertInto('customers')
    .values({
      id: customerId,
      title: customer.title ?? null,
      given_name: customer.givenName,
      family_name: customer.familyName,
      date_of_birth: customer.dateOfBirth,
      email: customer.email,
      phone: customer.phone,
      address_line1: customer.address.line1,
      address_line2: null,
      town: customer.address.town,
      postcode: customer.address.postcode,
      postcode_normalised:
        country === 'GB' ? normalisePostcode(customer.address.postcode) : customer.address.postcode,
      country,
      ssn_last4: ssnLast4,
      created_at: TEST_START,
    })
    .execute();
  const agreement = anHpAgreement({
    currency: country === 'GB' ? 'GBP' : 'USD',
    ...(options.agreementNumber === undefined ? {} : { agreementNumber: options.agreementNumber }),
  });
  const { id: agreementId } = await insertAgreement(
    db,
    {
      customerId,
      agreement,
      status: 'active',
      vehicleDescription: '2024 hatchback, 1.5 petrol, manual',
      vehicleRegistration: 'AB24 CDE',
      dealerName: 'Northgate Motors',
    },
    new Date(TEST_START),
  );
  return {
    customerId,
    agreementId,
    agreementNumber: agreement.agreementNumber,
    givenName: customer.givenName,
    dateOfBirth: customer.dateOfBirth,
    postcode: customer.address.postcode,
    ssnLast4,
    email: customer.email.toLowerCase(),
  };
}

export interface GivenAccount extends GivenCustomer {
  accountId: string;
  username: string;
  password: string;
}

/** A registered, verified customer login (what registration + the e-mail link produce). */
export async function givenAccount(
  db: Kysely<Database>,
  options: CustomerOptions & { username?: string; password?: string; emailVerified?: boolean } = {},
): Promise<GivenAccount> {
  const customer = await givenCustomer(db, options);
  const username = options.username ?? `user${customer.customerId.slice(0, 8)}`;
  const password = options.password ?? TEST_PASSWORD;
  const account = await createAccount(
    db,
    {
      customerId: customer.customerId,
      username,
      email: customer.email,
      passwordHash: await hashOf(password),
      emailVerified: options.emailVerified ?? true,
    },
    new Date(TEST_START),
  );
  return { ...customer, accountId: account.id, username, password };
}

/** Signs a browser in with username and password and expects no second step. */
export async function signIn(
  client: TestClient,
  account: Pick<GivenAccount, 'username' | 'password'>,
): Promise<void> {
  const result = await client.mutation('auth.login', {
    username: account.username,
    password: account.password,
  });
  if (result.status !== 200) {
    throw new Error(`sign-in failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
}
