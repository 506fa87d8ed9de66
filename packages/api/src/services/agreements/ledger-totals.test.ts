import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntryKind } from '../../db/customer-agreement-tables.js';
import { feesAsInstallments, LEDGER_SIDE, paidToDate, receiptsBy } from './ledger-totals.js';

const entry = (entryDate: string, kind: LedgerEntryKind, amount: number) => ({
  entryDate,
  kind,
  amount,
});

describe('ledger totals', () => {
  it('counts payments and credit adjustments as received, less refunds and reversals', () => {
    const ledger = [
      entry('2026-01-15', 'installment_due', 30_000),
      entry('2026-01-15', 'payment_received', 30_000),
      entry('2026-02-15', 'payment_received', 30_000),
      entry('2026-02-18', 'reversal', 30_000),
      entry('2026-02-20', 'adjustment', 1_500),
      entry('2026-02-21', 'refund', 500),
      entry('2026-02-21', 'fee', 2_500),
    ];
    expect(paidToDate(ledger, '2026-03-01')).toBe(31_000);
  });

  it('ignores what is received after the day asked about', () => {
    const ledger = [
      entry('2026-01-15', 'payment_received', 30_000),
      entry('2026-02-15', 'payment_received', 30_000),
    ];
    expect(paidToDate(ledger, '2026-02-14')).toBe(30_000);
    expect(paidToDate(ledger, '2026-02-15')).toBe(60_000);
  });

  it('has received nothing on an empty ledger', () => {
    expect(paidToDate([], '2026-02-14')).toBe(0);
  });

  it('lets a reversal take back the most recent payment, keeping each receipt on its own day', () => {
    const ledger = [
      entry('2026-01-15', 'payment_received', 30_000),
      entry('2026-02-15', 'payment_received', 30_000),
      entry('2026-02-19', 'reversal', 30_000),
      entry('2026-02-20', 'payment_received', 10_000),
      entry('2026-02-21', 'refund', 12_000),
    ];
    expect(receiptsBy(ledger, '2026-03-01')).toEqual([{ date: '2026-01-15', amount: 28_000 }]);
  });

  it('turns each fee into a payable due the day it was charged, numbered after the schedule', () => {
    const fees = feesAsInstallments(
      [entry('2026-01-15', 'payment_received', 100), entry('2026-02-03', 'fee', 2_500)],
      37,
    );
    expect(fees).toEqual([
      { number: 37, dueDate: '2026-02-03', amount: 2_500, interest: 0, principal: 0, fee: 2_500 },
    ]);
  });

  it('never counts more received than the credits on the ledger', () => {
    const kinds = Object.keys(LEDGER_SIDE) as LedgerEntryKind[];
    const anEntry = fc.record({
      entryDate: fc.constantFrom('2026-01-01', '2026-02-01'),
      kind: fc.constantFrom(...kinds),
      amount: fc.integer({ min: 1, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(anEntry), (ledger) => {
        const credits = ledger
          .filter((e) => LEDGER_SIDE[e.kind] === 'credit')
          .reduce((sum, e) => sum + e.amount, 0);
        expect(paidToDate(ledger, '2026-12-31')).toBeLessThanOrEqual(credits);
      }),
    );
  });
});
