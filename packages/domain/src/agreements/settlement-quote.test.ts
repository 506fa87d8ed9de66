import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, DateError } from '../calendar/iso-date.js';
import { MoneyError, sumMinor } from '../money/minor.js';
import { anHpAgreement, aPcpAgreement } from '../testing/agreement-factories.js';
import { aprOf } from './apr.js';
import { FinanceError } from './finance-error.js';
import { buildSchedule, scheduleTermsOf } from './schedule.js';
import {
  settlementQuote,
  settlementQuoteFor,
  type DatedAmount,
  type SettlementQuoteInput,
} from './settlement-quote.js';

/** 1,200.00 advanced on 15 January 2025, twelve payments of 105.50 from 15 February, APR 10 %. */
const loan: SettlementQuoteInput = {
  advances: [{ date: '2025-01-15', amount: 120_000 }],
  scheduled: Array.from({ length: 12 }, (_, index) => ({
    dueDate: addMonths('2025-02-15', index),
    amount: 10_550,
  })),
  paid: [],
  aprPercent: 10,
  requestDate: '2025-07-01',
  deferByOneMonth: false,
};

/** The first `count` scheduled payments, each made on its due date. */
function paidOnTime(input: SettlementQuoteInput, count: number): DatedAmount[] {
  return input.scheduled
    .slice(0, count)
    .map((payment) => ({ date: payment.dueDate, amount: payment.amount }));
}

describe('settlementQuote', () => {
  it('settles 28 days after the request', () => {
    expect(settlementQuote({ ...loan, requestDate: '2025-03-10' }).settlementDate).toBe(
      '2025-04-07',
    );
  });

  it('settles a month later still when the lender defers', () => {
    expect(
      settlementQuote({ ...loan, requestDate: '2025-03-10', deferByOneMonth: true }).settlementDate,
    ).toBe('2025-05-07');
  });

  it('accumulates the credit at the APR in days/365: 1,000.00 at 10 % for 179 days is 1,047.85', () => {
    const quote = settlementQuote({
      advances: [{ date: '2025-01-01', amount: 100_000 }],
      scheduled: [{ dueDate: '2026-01-01', amount: 110_000 }],
      paid: [],
      aprPercent: 10,
      requestDate: '2025-06-01',
      deferByOneMonth: false,
    });
    expect(quote).toEqual({
      settlementDate: '2025-06-29',
      amount: 104_785,
      rebate: 110_000 - 104_785,
      arrears: 0,
    });
  });

  it('takes off every payment made, accumulated the same way', () => {
    const quote = settlementQuote({ ...loan, paid: [...paidOnTime(loan, 6)] });
    // 120,000·1.1^(195/365) − Σ 10,550·1.1^(days from each due date to 29 July / 365)
    expect(quote).toEqual({
      settlementDate: '2025-07-29',
      amount: 61_463,
      rebate: 6 * 10_550 - 61_463,
      arrears: 0,
    });
  });

  it('keeps an instalment falling due before the settlement date in the amount until it is paid', () => {
    const quote = settlementQuote({ ...loan, paid: paidOnTime(loan, 5) });
    expect(quote.amount).toBe(72_052);
    expect(quote.rebate).toBe(7 * 10_550 - 72_052);
    expect(quote.arrears).toBe(0);
  });

  it('reports unpaid payments due on or before the request date as arrears, and charges for the delay', () => {
    const missedJune = paidOnTime(loan, 5).filter((payment) => payment.date !== '2025-06-15');
    const onTime = settlementQuote({ ...loan, paid: paidOnTime(loan, 5) });
    const inArrears = settlementQuote({ ...loan, paid: missedJune });
    expect(inArrears.arrears).toBe(10_550);
    expect(settlementQuote({ ...loan, requestDate: '2025-07-15', paid: missedJune }).arrears).toBe(
      2 * 10_550,
    );
    // June's 105.50 stays owing with 44 days' interest at 10 %: 106.72 more than when paid on time.
    expect(onTime.amount).toBe(72_052);
    expect(inArrears.amount).toBe(82_724);
  });

  it('counts a part payment against the oldest arrears', () => {
    const partPaid = [...paidOnTime(loan, 4), { date: '2025-06-20', amount: 5_000 }];
    expect(settlementQuote({ ...loan, paid: partPaid }).arrears).toBe(5_550);
  });

  it('ignores payments dated after the settlement date', () => {
    const later = { date: '2025-09-01', amount: 20_000 };
    expect(settlementQuote({ ...loan, paid: [...paidOnTime(loan, 5), later] })).toEqual(
      settlementQuote({ ...loan, paid: paidOnTime(loan, 5) }),
    );
  });

  it('asks nothing and rebates nothing once everything has been paid', () => {
    const quote = settlementQuote({ ...loan, paid: [{ date: '2025-06-01', amount: 200_000 }] });
    expect(quote.amount).toBe(0);
    expect(quote.rebate).toBe(0);
  });

  it('rebates nothing at 0 % APR: the amount is simply what is left to pay', () => {
    const quote = settlementQuote({
      ...loan,
      advances: [{ date: '2025-01-15', amount: 126_600 }],
      aprPercent: 0,
      paid: paidOnTime(loan, 5),
    });
    expect(quote.amount).toBe(7 * 10_550);
    expect(quote.rebate).toBe(0);
  });

  it('refuses fractional or negative money, unreal dates and a negative APR', () => {
    expect(() => settlementQuote({ ...loan, paid: [{ date: '2025-02-15', amount: 1.5 }] })).toThrow(
      MoneyError,
    );
    expect(() => settlementQuote({ ...loan, paid: [{ date: '2025-02-15', amount: -1 }] })).toThrow(
      FinanceError,
    );
    expect(() => settlementQuote({ ...loan, requestDate: '2025-02-30' })).toThrow(DateError);
    expect(() => settlementQuote({ ...loan, aprPercent: -1 })).toThrow(FinanceError);
  });

  it('never asks more than the payments still unpaid, nor less than nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 5_000_000 }),
        fc.integer({ min: 0, max: 3_000 }).map((hundredths) => hundredths / 100),
        fc.integer({ min: 6, max: 60 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.array(fc.boolean(), { maxLength: 60 }),
        fc.integer({ min: 0, max: 62 * 31 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4_000 }).map((hundredths) => hundredths / 100),
        (
          amountOfCredit,
          annualRatePercent,
          termMonths,
          balloonShare,
          madePayments,
          days,
          defer,
          aprPercent,
        ) => {
          const schedule = buildSchedule({
            amountOfCredit,
            annualRatePercent,
            termMonths,
            firstPaymentDate: '2026-02-15',
            optionalFinalPayment: Math.floor(amountOfCredit * balloonShare),
          });
          const requestDate = addDays('2026-01-15', days);
          const paid = schedule.installments
            .filter(
              (installment, index) => madePayments[index] && installment.dueDate <= requestDate,
            )
            .map((installment) => ({ date: installment.dueDate, amount: installment.amount }));
          const quote = settlementQuote({
            advances: [{ date: '2026-01-15', amount: amountOfCredit }],
            scheduled: schedule.installments,
            paid,
            aprPercent,
            requestDate,
            deferByOneMonth: defer,
          });
          const unpaid = schedule.totalRepayable - sumMinor(paid.map((payment) => payment.amount));
          expect(quote.amount).toBeGreaterThanOrEqual(0);
          expect(quote.amount).toBeLessThanOrEqual(unpaid);
          expect(quote.rebate).toBe(unpaid - quote.amount);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('settlementQuoteFor', () => {
  it('quotes an HP agreement from its schedule at its disclosed APR', () => {
    const agreement = anHpAgreement();
    const schedule = buildSchedule(scheduleTermsOf(agreement));
    const paid = schedule.installments
      .slice(0, 12)
      .map((installment) => ({ date: installment.dueDate, amount: installment.amount }));
    expect(settlementQuoteFor(agreement, paid, '2027-01-20')).toEqual(
      settlementQuote({
        advances: [{ date: '2026-01-15', amount: agreement.amountOfCredit }],
        scheduled: schedule.installments,
        paid,
        aprPercent: aprOf(agreement).rounded,
        requestDate: '2027-01-20',
        deferByOneMonth: false,
      }),
    );
  });

  it('includes the PCP optional final payment in what is still to pay, and rebates on it', () => {
    const agreement = aPcpAgreement();
    const { installments } = buildSchedule(scheduleTermsOf(agreement));
    const paid = installments
      .slice(0, 36)
      .map((installment) => ({ date: installment.dueDate, amount: installment.amount }));
    const stillToPay = installments.slice(36);
    const quote = settlementQuoteFor(agreement, paid, installments[35]?.dueDate ?? '');
    const monthlyStillToPay = sumMinor(
      stillToPay.filter((installment) => installment.kind === 'monthly').map((i) => i.amount),
    );
    expect(quote.amount).toBeGreaterThan(monthlyStillToPay + agreement.optionalFinalPayment * 0.9);
    expect(quote.amount + quote.rebate).toBe(sumMinor(stillToPay.map((i) => i.amount)));
    expect(quote.rebate).toBeGreaterThan(0);
  });

  it('asks no more than the optional final payment days before it falls due, though the rounded-up APR would', () => {
    const agreement = aPcpAgreement();
    expect(aprOf(agreement)).toMatchObject({ rounded: 9.2 });
    const { installments } = buildSchedule(scheduleTermsOf(agreement));
    const paid = installments
      .filter((installment) => installment.kind === 'monthly')
      .map((installment) => ({ date: installment.dueDate, amount: installment.amount }));
    const quote = settlementQuoteFor(agreement, paid, paid.at(-1)?.date ?? '');
    expect(quote).toMatchObject({ amount: agreement.optionalFinalPayment, rebate: 0 });
  });

  it('is lower once a year of payments has been made than at the start', () => {
    const agreement = anHpAgreement();
    const schedule = buildSchedule(scheduleTermsOf(agreement));
    const paid = schedule.installments
      .slice(0, 12)
      .map((installment) => ({ date: installment.dueDate, amount: installment.amount }));
    const atStart = settlementQuoteFor(agreement, [], '2026-01-16');
    const afterAYear = settlementQuoteFor(agreement, paid, '2027-01-16');
    expect(afterAYear.amount).toBeLessThan(atStart.amount);
  });

  it('defers the settlement date by a month only for agreements of more than a year', () => {
    const long = anHpAgreement({ termMonths: 13 });
    expect(
      settlementQuoteFor(long, [], '2026-03-01', { deferByOneMonth: true }).settlementDate,
    ).toBe('2026-04-29');
    expect(() =>
      settlementQuoteFor(anHpAgreement({ termMonths: 12 }), [], '2026-03-01', {
        deferByOneMonth: true,
      }),
    ).toThrow(expect.objectContaining({ code: 'deferral_not_allowed' }));
  });

  it('counts a 12-month PCP as over a year: its optional final payment falls in the thirteenth month', () => {
    const pcp = aPcpAgreement({ termMonths: 12 });
    expect(
      settlementQuoteFor(pcp, [], '2026-03-01', { deferByOneMonth: true }).settlementDate,
    ).toBe('2026-04-29');
  });
});
