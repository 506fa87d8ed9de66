import { describe, expect, it } from 'vitest';
import {
  agreementInput,
  endOfTermOptionsInput,
  settlementQuoteInput,
  transactionsPageInput,
} from './agreements.js';

const agreementId = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('choosing an agreement', () => {
  it('takes an agreement id and refuses anything else with the same message', () => {
    expect(agreementInput.parse({ agreementId })).toEqual({ agreementId });
    expect(agreementInput.safeParse({ agreementId: '1' }).error?.issues[0]?.message).toBe(
      'Choose one of your agreements.',
    );
  });
});

describe('a page of transactions', () => {
  it('starts at the first page of 20', () => {
    expect(transactionsPageInput.parse({ agreementId })).toEqual({ agreementId, limit: 20 });
  });

  it('shows between 1 and 100 transactions, in whole numbers', () => {
    const message = (limit: number) =>
      transactionsPageInput.safeParse({ agreementId, limit }).error?.issues[0]?.message;
    expect(message(0)).toBe('Show at least one transaction.');
    expect(message(101)).toBe('Show at most 100 transactions at a time.');
    expect(message(2.5)).toBe('Choose how many transactions to show.');
    expect(message(100)).toBeUndefined();
  });
});

describe('a settlement quote', () => {
  it('is for today unless the customer asks to defer by a month', () => {
    expect(settlementQuoteInput.parse({ agreementId }).deferByOneMonth).toBe(false);
  });
});

describe('the end-of-term options', () => {
  it('take the expected mileage in whole, non-negative miles', () => {
    const message = (estimatedMileage: unknown) =>
      endOfTermOptionsInput.safeParse({ agreementId, estimatedMileage }).error?.issues[0]?.message;
    expect(message(-1)).toBe('The mileage cannot be negative.');
    expect(message(1000.5)).toBe('Enter the mileage you expect at the end, in whole miles.');
    expect(message('30000')).toBe('Enter the mileage you expect at the end, in whole miles.');
    expect(message(30_000)).toBeUndefined();
  });
});
