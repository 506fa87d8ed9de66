import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { StaffRole } from '../db/staff-tables.js';
import { secondFactorKeys } from '../services/mfa/second-factor-store.js';
import { insertStaff } from '../services/staff/staff-store.js';
import { storeStaffTotpSecret } from '../services/staff/staff-totp.js';
import { DEMO_PASSWORD } from './demo-customers.js';

export interface DemoStaff {
  username: string;
  displayName: string;
  email: string;
  role: StaffRole;
  /** Known, so `npm start` can print it for an authenticator app: development only. */
  totpSecret: string;
}

/** One demo staff member per role, enrolled with a known TOTP secret; password DEMO_PASSWORD. */
export const DEMO_STAFF: readonly DemoStaff[] = [
  {
    username: 'agent.demo',
    displayName: 'Amira Agent',
    email: 'agent.demo@staff.marque.example',
    role: 'agent',
    totpSecret: 'MARQUEAGENTDEMOSECRETFORDEVONLYA',
  },
  {
    username: 'supervisor.demo',
    displayName: 'Sam Supervisor',
    email: 'supervisor.demo@staff.marque.example',
    role: 'supervisor',
    totpSecret: 'MARQUESUPERVISORDEMOSECRETDEVONL',
  },
  {
    username: 'admin.demo',
    displayName: 'Ada Admin',
    email: 'admin.demo@staff.marque.example',
    role: 'admin',
    totpSecret: 'MARQUEADMINDEMOSECRETFORDEVONLYA',
  },
];

/**
 * Adds the demo staff when there are no staff at all (never in production: the caller checks),
 * in one transaction; returns whether it did.
 */
export async function seedDemoStaff(
  db: Kysely<Database>,
  options: { now: Date; hashPassword: (password: string) => Promise<string>; secretKey: Buffer },
): Promise<boolean> {
  if (await hasStaff(db)) return false;
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  const keys = secondFactorKeys(options.secretKey);
  try {
    await db.transaction().execute(async (trx) => {
      for (const demo of DEMO_STAFF) {
        const staff = await insertStaff(
          trx,
          { ...demo, passwordHash, createdBy: null },
          options.now,
        );
        await storeStaffTotpSecret(trx, keys, staff.id, demo.totpSecret, options.now, {
          confirmed: true,
        });
      }
    });
  } catch (error) {
    // Two instances starting together on one PostgreSQL: the unique usernames let one seed.
    if (await hasStaff(db)) return false;
    throw error;
  }
  return true;
}

async function hasStaff(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('staff').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** The demo staff logins as printed at start in development, with their TOTP secrets. */
export function demoStaffLoginsText(staffUrl: string): string {
  return [
    `Demo staff on ${staffUrl} (password for all: ${DEMO_PASSWORD}; add the TOTP secret to an authenticator app)`,
    ...DEMO_STAFF.map(
      (demo) =>
        `  ${demo.username.padEnd(16)}  ${demo.role.padEnd(10)}  TOTP secret ${demo.totpSecret}`,
    ),
  ].join('\n');
}
