import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { loadCustomerAgreements } from '../services/agreements/agreement-queries.js';
import { accountPosition } from '../services/agreements/account-position.js';
import { seedDemoAgreements } from './seed-demo-agreements.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const TODAY = '2026-11-23';

describeEachDatabase('demo agreements', (getDb) => {
  async function seedPositions() {
    const seeded = await seedDemoAgreements(getDb(), TODAY, NOW);
    return async (username: string) => {
      const customer = seeded.find((c) => c.demo.username === username);
      const records = await loadCustomerAgreements(getDb(), customer?.customerId ?? '');
      return records.map((record) => ({
        record,
        position: accountPosition(record.schedule, record.ledger, TODAY),
      }));
    };
  }

  it('puts arrears.demo two monthly payments behind', async () => {
    const positionsOf = await seedPositions();
    const [agreement] = await positionsOf('arrears.demo');
    const monthly = agreement?.record.schedule[0]?.amount ?? 0;
    expect(monthly).toBeGreaterThan(0);
    expect(agreement?.position.arrears).toMatchObject({
      installmentsMissed: 2,
      amount: 2 * monthly,
    });
  });

  it('keeps every other demo agreement up to date', async () => {
    const positionsOf = await seedPositions();
    for (const username of ['hp.demo', 'pcp.demo', 'lease.demo', 'multi.demo', 'mfa.demo']) {
      for (const { position } of await positionsOf(username)) {
        expect(position.arrears.amount, username).toBe(0);
        expect(position.progress.paid, username).toBeGreaterThan(0);
      }
    }
  });

  it('started hp.demo about 14 months ago, 13 payments made and the next due in 9 days', async () => {
    const positionsOf = await seedPositions();
    const [hp] = await positionsOf('hp.demo');
    expect(hp?.record.agreement).toMatchObject({
      startDate: '2025-10-02',
      firstPaymentDate: '2025-11-02',
    });
    expect(hp?.record.ledger.filter((entry) => entry.kind === 'payment_received')).toHaveLength(13);
    expect(hp?.position.nextPayment?.dueDate).toBe('2026-12-02');
  });

  it("ends a PCP schedule with the optional final payment and starts a lease's with the initial rental", async () => {
    const positionsOf = await seedPositions();
    const [pcp] = await positionsOf('pcp.demo');
    expect(pcp?.record.schedule.at(-1)).toMatchObject({
      kind: 'optional_final_payment',
      principal: 1_325_000,
    });
    const [lease] = await positionsOf('lease.demo');
    expect(lease?.record.schedule[0]).toMatchObject({ kind: 'initial_rental', amount: 6 * 32_900 });
  });
});
