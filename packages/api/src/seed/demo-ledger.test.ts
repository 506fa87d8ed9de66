import { describe, expect, it } from 'vitest';
import type { ScheduledInstallment } from '../services/agreements/schedule-lines.js';
import { demoLedger } from './demo-ledger.js';

const schedule: ScheduledInstallment[] = [
  '2026-01-15',
  '2026-02-15',
  '2026-03-15',
  '2026-04-15',
].map((dueDate, index) => ({
  number: index + 1,
  dueDate,
  amount: 25_000,
  interest: 1_000,
  principal: 24_000,
  fee: 0,
  balanceAfter: 72_000 - index * 24_000,
  kind: 'monthly',
}));

describe('demo ledger', () => {
  it('records every instalment due up to today and a Direct Debit paying each on its due date', () => {
    const ledger = demoLedger('MQ20240101', schedule, '2026-03-15', 0);
    expect(ledger.map((entry) => [entry.entryDate, entry.kind])).toEqual([
      ['2026-01-15', 'installment_due'],
      ['2026-01-15', 'payment_received'],
      ['2026-02-15', 'installment_due'],
      ['2026-02-15', 'payment_received'],
      ['2026-03-15', 'installment_due'],
      ['2026-03-15', 'payment_received'],
    ]);
    expect(ledger[1]).toMatchObject({ amount: 25_000, reference: 'DD-MQ20240101-001' });
  });

  it('leaves the most recent instalments unpaid for an account in arrears', () => {
    const ledger = demoLedger('MQ20240106', schedule, '2026-04-20', 2);
    const paid = ledger.filter((entry) => entry.kind === 'payment_received');
    expect(paid.map((entry) => entry.entryDate)).toEqual(['2026-01-15', '2026-02-15']);
  });

  it('records the instalment before the payment on the same day, so newest-first lists the payment first', () => {
    const [due, payment] = demoLedger('MQ20240101', schedule, '2026-01-15', 0).map(
      (entry) => entry.createdAt,
    );
    expect(due).toBe('2026-01-15T00:00:00.000Z');
    expect(payment).toBe('2026-01-15T09:00:00.000Z');
  });

  it('has nothing before the first payment falls due', () => {
    expect(demoLedger('MQ20240101', schedule, '2026-01-14', 0)).toEqual([]);
  });
});
