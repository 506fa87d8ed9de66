import { addDays, sumMinor, type IsoDate } from '@marque/domain';
import { anHpAgreement } from '@marque/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementRow } from '../../db/customer-agreement-tables.js';
import { agreedSchedule } from '../agreements/agreed-schedule.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import { agreementTermsColumns } from '../agreements/agreement-row.js';
import type { LedgerAmount } from '../agreements/ledger-totals.js';
import { statementFigures, type StatementEntry } from './statement-figures.js';

const agreement = anHpAgreement();
const schedule = agreedSchedule(agreement);
const row: AgreementRow = {
  cash_price: null,
  deposit: null,
  amount_of_credit: null,
  annual_rate_bp: null,
  option_to_purchase_fee: null,
  optional_final_payment: null,
  annual_mileage_allowance: null,
  excess_mileage_rate: null,
  monthly_rental: null,
  initial_rental_months: null,
  ...agreementTermsColumns(agreement),
  id: 'agreement-1',
  customer_id: 'customer-1',
  status: 'active',
  vehicle_description: 'Hatchback',
  vehicle_registration: 'AB24 CDE',
  dealer_name: 'Northgate Motors',
  created_at: '2026-01-15T00:00:00.000Z',
};
const monthly = schedule[0]?.amount ?? 0;

function recordWith(ledger: LedgerAmount[]): AgreementRecord {
  return { row, agreement, schedule, ledger };
}

function asEntries(ledger: readonly LedgerAmount[]): StatementEntry[] {
  return ledger.map((entry) => ({
    date: entry.entryDate,
    kind: entry.kind,
    amount: entry.amount,
    description: entry.kind,
    reference: null,
    side: entry.kind === 'payment_received' || entry.kind === 'adjustment' ? 'credit' : 'debit',
  }));
}

/** A day of 2026 from its number (0 = 1 January). */
const day = (offset: number): IsoDate => addDays('2026-01-01', offset);

const ledgerEntry = fc.record({
  entryDate: fc.integer({ min: 0, max: 364 }).map(day),
  kind: fc.constantFrom('payment_received' as const, 'fee' as const, 'reversal' as const),
  amount: fc.integer({ min: 1, max: monthly }),
});

describe('statementFigures', () => {
  it('closes at the opening balance plus the month’s fees less what it received, for any ledger', () => {
    fc.assert(
      fc.property(fc.array(ledgerEntry, { maxLength: 30 }), (ledger) => {
        const figures = statementFigures(recordWith(ledger), asEntries(ledger), '2026-10');
        // Credit held back (an overpayment) is outside the balance; these ledgers never overpay.
        expect(figures.credit).toBe(0);
        expect(figures.closingBalance).toBe(
          figures.openingBalance + figures.charges - figures.received,
        );
      }),
    );
  });

  it('lists only the month’s entries, oldest first, and the next unpaid instalments after it', () => {
    const ledger: LedgerAmount[] = [
      { entryDate: '2026-11-02', kind: 'payment_received', amount: 500 },
      { entryDate: '2026-10-20', kind: 'fee', amount: 1200 },
      { entryDate: '2026-10-01', kind: 'payment_received', amount: 700 },
      { entryDate: '2026-09-30', kind: 'payment_received', amount: 900 },
    ];
    const figures = statementFigures(recordWith(ledger), asEntries(ledger), '2026-10');
    expect(figures.entries.map((entry) => entry.date)).toEqual(['2026-10-01', '2026-10-20']);
    expect(figures).toMatchObject({
      received: 700,
      charges: 1200,
      start: '2026-10-01',
      end: '2026-10-31',
    });
    expect(figures.upcoming.map((payment) => payment.dueDate)).toEqual([
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
    ]);
    expect(sumMinor(figures.upcoming.map((payment) => payment.amount))).toBe(3 * monthly);
    // 1,600 received by the end of October meets no instalment in full: the nine due and the fee are missed.
    expect(figures.arrears.installmentsMissed).toBe(10);
  });
});
