import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountChoices, chosenAmount } from './payment-amount.js';

const upToDate = { nextPayment: { amount: 40_000 }, arrears: { amount: 0 } };
const behind = { nextPayment: { amount: 40_000 }, arrears: { amount: 80_000 } };

describe('the amount to pay', () => {
  it('offers the arrears first when behind, then the next payment', () => {
    expect(amountChoices(behind)).toEqual([
      { choice: 'arrears', amount: 80_000 },
      { choice: 'next', amount: 40_000 },
    ]);
    expect(amountChoices(upToDate)).toEqual([{ choice: 'next', amount: 40_000 }]);
    expect(amountChoices({ nextPayment: null, arrears: { amount: 0 } })).toEqual([]);
  });

  it('charges the offered figure for a suggested amount, ignoring anything typed', () => {
    expect(chosenAmount('arrears', '5', behind, 1_000_000)).toEqual({ ok: true, amount: 80_000 });
    expect(chosenAmount('arrears', '', upToDate, 1_000_000)).toEqual({
      ok: false,
      error: 'Choose how much to pay.',
    });
  });

  it('reads a typed amount in pence and refuses zero, nonsense and more than the settlement figure', () => {
    expect(chosenAmount('other', '£1,250.5', upToDate, 1_000_000)).toEqual({
      ok: true,
      amount: 125_050,
    });
    expect(chosenAmount('other', '0', upToDate, null).ok).toBe(false);
    expect(chosenAmount('other', 'ten', upToDate, null).ok).toBe(false);
    expect(chosenAmount('other', '10000.01', upToDate, 1_000_000)).toEqual({
      ok: false,
      error: 'Enter no more than the amount that settles your agreement.',
    });
  });

  it('accepts every whole-penny amount from 1p up to the settlement figure and nothing above', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (amount, settlement) => {
          const text = `${String(Math.trunc(amount / 100))}.${String(amount % 100).padStart(2, '0')}`;
          const answer = chosenAmount('other', text, upToDate, settlement);
          expect(answer.ok).toBe(amount <= settlement);
          if (answer.ok) expect(answer.amount).toBe(amount);
        },
      ),
    );
  });
});
