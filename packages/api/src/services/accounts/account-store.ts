import type { Kysely } from 'kysely';
import type { AccountRow } from '../../db/account-security-tables.js';
import type { Database } from '../../db/schema.js';
import { instant } from '../time/instant.js';
import { normaliseEmail, normaliseUsername } from './username.js';

/** An account with what sign-in, alerts and password rules need from its customer. */
export interface AccountWithCustomer extends AccountRow {
  given_name: string;
  family_name: string;
  date_of_birth: string;
  postcode: string;
}

function accountsWithCustomer(db: Kysely<Database>) {
  return db
    .selectFrom('accounts')
    .innerJoin('customers', 'customers.id', 'accounts.customer_id')
    .selectAll('accounts')
    .select([
      'customers.given_name',
      'customers.family_name',
      'customers.date_of_birth',
      'customers.postcode',
    ]);
}

/** The account a username belongs to (case-insensitively), with its customer's details. */
export async function findAccountByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<AccountWithCustomer | undefined> {
  return accountsWithCustomer(db)
    .where('accounts.username_normalised', '=', normaliseUsername(username))
    .executeTakeFirst();
}

/** The account with this id, with its customer's details. */
export async function findAccountById(
  db: Kysely<Database>,
  accountId: string,
): Promise<AccountWithCustomer | undefined> {
  return accountsWithCustomer(db).where('accounts.id', '=', accountId).executeTakeFirst();
}

/** Every account whose username or e-mail address is `text` (an address may serve two customers). */
export async function findAccountsByUsernameOrEmail(
  db: Kysely<Database>,
  text: string,
): Promise<AccountWithCustomer[]> {
  return accountsWithCustomer(db)
    .where((eb) =>
      eb.or([
        eb('accounts.username_normalised', '=', normaliseUsername(text)),
        eb('accounts.email', '=', normaliseEmail(text)),
      ]),
    )
    .execute();
}

export interface NewAccount {
  customerId: string;
  username: string;
  email: string;
  passwordHash: string;
  /** Seeded and staff-created accounts start verified; registrations do not. */
  emailVerified: boolean;
}

/** Creates a customer's login (the seed uses this too). */
export async function createAccount(
  db: Kysely<Database>,
  account: NewAccount,
  now: Date,
): Promise<AccountRow> {
  const at = instant(now);
  return db
    .insertInto('accounts')
    .values({
      id: crypto.randomUUID(),
      customer_id: account.customerId,
      username: account.username.trim(),
      username_normalised: normaliseUsername(account.username),
      email: normaliseEmail(account.email),
      email_verified_at: account.emailVerified ? at : null,
      password_hash: account.passwordHash,
      password_changed_at: at,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces the password hash (change, reset or a re-hash at stronger parameters). */
export async function setPasswordHash(
  db: Kysely<Database>,
  accountId: string,
  passwordHash: string,
  now: Date,
  options: { changed: boolean },
): Promise<void> {
  await db
    .updateTable('accounts')
    .set({
      password_hash: passwordHash,
      ...(options.changed ? { password_changed_at: instant(now) } : {}),
    })
    .where('id', '=', accountId)
    .execute();
}
