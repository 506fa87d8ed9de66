import type { IsoDate } from '@marque/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { createAccount } from '../services/accounts/account-store.js';
import { secondFactorKeys, storeTotpSecret } from '../services/mfa/second-factor-store.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-customers.js';
import { seedDemoAgreements } from './seed-demo-agreements.js';
import { seedDemoMessages } from './seed-demo-messages.js';

export interface SeedOptions {
  now: Date;
  /** The lender's date at `now`: agreements start and payments fall relative to it. */
  today: IsoDate;
  /** The API's password hasher (argon2id): demo logins are stored like any other. */
  hashPassword: (password: string) => Promise<string>;
  /** MARQUE_SECRET_KEY: mfa.demo's TOTP secret is stored encrypted like any other. */
  secretKey: Buffer;
}

/**
 * Fills an empty database with the demo customers, their agreements, ledger history and logins
 * (mfa.demo with TOTP on), all in one transaction; does nothing when any customer exists, so
 * running it twice seeds once. Returns whether it seeded.
 */
export async function seedDemoData(db: Kysely<Database>, options: SeedOptions): Promise<boolean> {
  if (await hasCustomers(db)) return false;
  // Hashed once, before the transaction: argon2 is deliberately slow and the hash has a random salt.
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const keys = secondFactorKeys(options.secretKey);
  try {
    await db.transaction().execute(async (trx) => {
      const seeded = await seedDemoAgreements(trx, options.today, options.now);
      for (const { demo, customerId } of seeded) {
        if (demo.username === null) continue;
        const account = await createAccount(
          trx,
          {
            customerId,
            username: demo.username,
            email: demo.customer.email,
            passwordHash,
            emailVerified: true,
          },
          options.now,
        );
        if (demo.totp) {
          await storeTotpSecret(trx, keys, account.id, DEMO_TOTP_SECRET, options.now, {
            confirmed: true,
          });
        }
      }
      await seedDemoMessages(trx, seeded, options.now);
    });
  } catch (error) {
    // Two instances starting together on one PostgreSQL both found it empty: the unique agreement
    // numbers let one seed, and the other's transaction rolls back with nothing half-written.
    if (await hasCustomers(db)) return false;
    throw error;
  }
  return true;
}

async function hasCustomers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('customers').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
