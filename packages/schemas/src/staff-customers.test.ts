import { describe, expect, it } from 'vitest';
import {
  customerActionInput,
  identityVerificationInput,
  staffContactChangeInput,
} from './staff-customers.js';

const customerId = 'c0ffee00-0000-4000-8000-000000000001';

describe('the identity check input', () => {
  it('reads the last payment as the caller says it, in minor units, and a blank as no answer', () => {
    const parse = (lastPaymentAmount: string) =>
      identityVerificationInput.parse({ customerId, answers: { lastPaymentAmount } }).answers
        .lastPaymentAmount;
    expect(parse('£1,245.50')).toBe(124_550);
    expect(parse('245.5')).toBe(24_550);
    expect(parse('  ')).toBeNull();
  });

  it('refuses an amount it cannot read, and answers longer than any real one', () => {
    expect(
      identityVerificationInput.safeParse({ customerId, answers: { lastPaymentAmount: 'lots' } })
        .success,
    ).toBe(false);
    expect(
      identityVerificationInput.safeParse({
        customerId,
        answers: { agreementNumber: 'x'.repeat(33) },
      }).success,
    ).toBe(false);
  });
});

describe('sensitive action inputs', () => {
  it('require a reason of at least 10 characters', () => {
    const result = customerActionInput.safeParse({ customerId, reason: ' too short ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'Say why you are doing this, in at least 10 characters.',
    );
  });

  it('require at least one contact detail to change', () => {
    const reason = 'The customer asked on the phone';
    expect(staffContactChangeInput.safeParse({ customerId, reason }).success).toBe(false);
    expect(
      staffContactChangeInput.safeParse({ customerId, reason, phone: '07700 900123' }).success,
    ).toBe(true);
  });
});
