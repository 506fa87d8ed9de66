import { generate } from 'otplib';
import { expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { DEMO_PASSWORD } from './demo-customers.js';
import { DEMO_STAFF, demoStaffLoginsText, seedDemoStaff } from './demo-staff.js';
import { hashPassword } from '../services/credentials/password-hash.js';

describeEachDatabase('the demo staff', (getDb) => {
  it('are seeded once, one per role, and sign in with the printed password and TOTP secret', async () => {
    const app = createTestApp({ db: getDb() });
    const options = { now: app.clock.now(), hashPassword, secretKey: app.config.secretKey };
    expect(await seedDemoStaff(getDb(), options)).toBe(true);
    expect(await seedDemoStaff(getDb(), options)).toBe(false);
    const rows = await getDb().selectFrom('staff').select(['username', 'role']).execute();
    expect(rows.map((row) => `${row.username}:${row.role}`).sort()).toEqual([
      'admin.demo:admin',
      'agent.demo:agent',
      'supervisor.demo:supervisor',
    ]);
    for (const demo of DEMO_STAFF) {
      const browser = app.staffClient();
      const login = await browser.mutation('staffAuth.login', {
        username: demo.username,
        password: DEMO_PASSWORD,
      });
      expect(login.data).toEqual({ status: 'totp_required' });
      const code = await generate({
        secret: demo.totpSecret,
        epoch: Math.floor(app.clock.now().getTime() / 1000),
      });
      expect((await browser.mutation('staffAuth.verifyTotp', { code })).status).toBe(200);
      expect((await browser.query<{ role: string }>('staffAuth.me')).data?.role).toBe(demo.role);
    }
  });
});

it('prints each demo staff login with its role and TOTP secret', () => {
  const text = demoStaffLoginsText('http://localhost:3001');
  expect(text).toContain('http://localhost:3001');
  expect(text).toContain(DEMO_PASSWORD);
  for (const demo of DEMO_STAFF) {
    const line = text.split('\n').find((l) => l.includes(demo.username));
    expect(line).toContain(demo.role);
    expect(line).toContain(demo.totpSecret);
  }
});
