import { expect, it } from 'vitest';
import { seedDemoAgreements } from '../../seed/seed-demo-agreements.js';
import { describeEachDatabase } from '../../test/databases.js';
import { InvalidCursorError, transactionsPage, type Transaction } from './transactions.js';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const TODAY = '2026-11-23';

describeEachDatabase('transactions', (getDb) => {
  async function hpAgreementId(): Promise<string> {
    const seeded = await seedDemoAgreements(getDb(), TODAY, NOW);
    const hp = seeded.find((customer) => customer.demo.username === 'hp.demo');
    return hp?.agreementIds[0] ?? '';
  }

  it('pages through the whole ledger newest first, without repeating or skipping an entry', async () => {
    const agreementId = await hpAgreementId();
    const seen: Transaction[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await transactionsPage(getDb(), agreementId, { cursor, limit: 5 });
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 100);
    // hp.demo has 13 instalments due so far, each paid.
    expect(seen).toHaveLength(26);
    expect(new Set(seen.map((t) => t.id)).size).toBe(26);
    expect(pages).toBe(6);
    const dates = seen.map((t) => t.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(seen[0]).toMatchObject({ kind: 'payment_received', side: 'credit' });
    expect(seen[1]).toMatchObject({ kind: 'installment_due', side: 'debit' });
  });

  it('ends with no next cursor when the page is not full', async () => {
    const page = await transactionsPage(getDb(), await hpAgreementId(), {
      cursor: null,
      limit: 100,
    });
    expect(page.items).toHaveLength(26);
    expect(page.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue', async () => {
    const agreementId = await hpAgreementId();
    await expect(
      transactionsPage(getDb(), agreementId, { cursor: 'not-a-cursor', limit: 5 }),
    ).rejects.toThrow(InvalidCursorError);
  });
});
