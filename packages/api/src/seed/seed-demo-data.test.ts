import { expect, it } from 'vitest';
import { generate } from 'otplib';
import { loadTotp, secondFactorKeys } from '../services/mfa/second-factor-store.js';
import { verifyTotp } from '../services/mfa/totp.js';
import { TEST_SECRET_KEY } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { DEMO_CUSTOMERS, DEMO_TOTP_SECRET } from './demo-customers.js';
import { seedDemoData } from './seed-demo-data.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
// A stand-in hasher keeps the test fast; the server passes the real argon2id one.
const secretKey = Buffer.from(TEST_SECRET_KEY, 'hex');
const options = {
  secretKey,
  now: NOW,
  today: '2026-11-23',
  hashPassword: (p: string) => Promise.resolve(`hashed:${p}`),
};

describeEachDatabase('seedDemoData', (getDb) => {
  async function count(table: 'customers' | 'agreements' | 'accounts' | 'ledger_entries') {
    const row = await getDb()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return row.n;
  }

  it('seeds an empty database once: running it again changes nothing', async () => {
    expect(await seedDemoData(getDb(), options)).toBe(true);
    const before = await Promise.all([
      count('customers'),
      count('agreements'),
      count('accounts'),
      count('ledger_entries'),
    ]);
    expect(await seedDemoData(getDb(), options)).toBe(false);
    const after = await Promise.all([
      count('customers'),
      count('agreements'),
      count('accounts'),
      count('ledger_entries'),
    ]);
    expect(after).toEqual(before);
    expect(before[0]).toBe(DEMO_CUSTOMERS.length);
  });

  it('seeds once when two servers start together on the same empty database', async () => {
    const results = await Promise.all([
      seedDemoData(getDb(), options),
      seedDemoData(getDb(), options),
    ]);
    expect([...results].sort()).toEqual([false, true]);
    expect(await count('customers')).toBe(DEMO_CUSTOMERS.length);
    expect(await count('accounts')).toBe(6);
  });

  it('creates a verified login for each demo username with the hashed demo password', async () => {
    await seedDemoData(getDb(), options);
    const accounts = await getDb()
      .selectFrom('accounts')
      .select(['username', 'password_hash', 'email_verified_at'])
      .orderBy('username')
      .execute();
    expect(accounts.map((a) => a.username)).toEqual([
      'arrears.demo',
      'hp.demo',
      'lease.demo',
      'mfa.demo',
      'multi.demo',
      'pcp.demo',
    ]);
    for (const account of accounts) {
      expect(account.password_hash).toBe('hashed:Drive-Safely-2026');
      expect(account.email_verified_at).not.toBeNull();
    }
  });

  it('gives multi.demo an HP and a PCP agreement', async () => {
    await seedDemoData(getDb(), options);
    const types = await getDb()
      .selectFrom('agreements')
      .innerJoin('accounts', 'accounts.customer_id', 'agreements.customer_id')
      .where('accounts.username', '=', 'multi.demo')
      .select('agreements.type')
      .orderBy('agreements.type')
      .execute();
    expect(types.map((t) => t.type)).toEqual(['HP', 'PCP']);
  });

  it('turns TOTP on for mfa.demo only, with the printed secret stored encrypted', async () => {
    await seedDemoData(getDb(), options);
    const rows = await getDb()
      .selectFrom('totp')
      .innerJoin('accounts', 'accounts.id', 'totp.account_id')
      .select(['accounts.id', 'accounts.username', 'totp.secret_encrypted', 'totp.confirmed_at'])
      .execute();
    expect(rows.map((r) => r.username)).toEqual(['mfa.demo']);
    const [row] = rows;
    expect(row?.secret_encrypted).not.toContain(DEMO_TOTP_SECRET);
    expect(row?.confirmed_at).not.toBeNull();
    const stored = await loadTotp(getDb(), secondFactorKeys(secretKey), row?.id ?? '');
    expect(stored?.secret).toBe(DEMO_TOTP_SECRET);
    const code = await generate({ secret: DEMO_TOTP_SECRET, epoch: NOW.getTime() / 1000 });
    expect(await verifyTotp(DEMO_TOTP_SECRET, code, NOW, null)).toMatchObject({ ok: true });
  });
});
