import { expect, it } from 'vitest';
import { seedDemoAgreements, type SeededCustomer } from '../../seed/seed-demo-agreements.js';
import { describeEachDatabase } from '../../test/databases.js';
import { loadCustomerAgreement, loadCustomerAgreements } from './agreement-queries.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const TODAY = '2026-11-23';

function byUsername(seeded: SeededCustomer[], username: string): SeededCustomer {
  const found = seeded.find((customer) => customer.demo.username === username);
  if (found === undefined) throw new Error(`no demo customer ${username}`);
  return found;
}

describeEachDatabase('agreement queries', (getDb) => {
  it("loads every one of the customer's agreements with its schedule and ledger", async () => {
    const multi = byUsername(await seedDemoAgreements(getDb(), TODAY, NOW), 'multi.demo');
    const records = await loadCustomerAgreements(getDb(), multi.customerId);
    expect(records.map((record) => record.row.id).sort()).toEqual([...multi.agreementIds].sort());
    for (const record of records) {
      expect(record.row.customer_id).toBe(multi.customerId);
      expect(record.schedule.length).toBeGreaterThan(0);
      expect(record.ledger.length).toBeGreaterThan(0);
    }
  });

  it('reads the stored money back as whole numbers on every database', async () => {
    const hp = byUsername(await seedDemoAgreements(getDb(), TODAY, NOW), 'hp.demo');
    const [record] = await loadCustomerAgreements(getDb(), hp.customerId);
    expect(record?.agreement).toMatchObject({
      type: 'HP',
      cashPrice: 1_849_500,
      annualRatePercent: 7.9,
    });
    expect(typeof record?.schedule[0]?.amount).toBe('number');
    expect(typeof record?.ledger[0]?.amount).toBe('number');
  });

  it("never returns another customer's agreement, as if it did not exist", async () => {
    const seeded = await seedDemoAgreements(getDb(), TODAY, NOW);
    const hp = byUsername(seeded, 'hp.demo');
    const pcp = byUsername(seeded, 'pcp.demo');
    const pcpAgreement = pcp.agreementIds[0] ?? '';
    expect(await loadCustomerAgreement(getDb(), hp.customerId, pcpAgreement)).toBeUndefined();
    expect(await loadCustomerAgreement(getDb(), pcp.customerId, pcpAgreement)).toBeDefined();
  });

  it('has no agreements for a customer id that holds none', async () => {
    await seedDemoAgreements(getDb(), TODAY, NOW);
    expect(await loadCustomerAgreements(getDb(), crypto.randomUUID())).toEqual([]);
  });
});
