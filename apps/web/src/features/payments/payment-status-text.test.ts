import { describe, expect, it } from 'vitest';
import { failureText, isUnsettled, paymentStatusText } from './payment-status-text.js';

describe('payment status in words', () => {
  it('names each status the history shows', () => {
    expect(paymentStatusText('paid')).toBe('Paid');
    expect(paymentStatusText('failed')).toBe('Not taken');
    expect(paymentStatusText('requires_action')).toBe('Waiting for your bank');
  });

  it('explains a decline and a failed bank check, and keeps an unknown reason readable', () => {
    expect(failureText('card_declined')).toMatch(/declined/);
    expect(failureText('authentication_failed')).toMatch(/could not confirm it was you/);
    expect(failureText('not_charged')).toMatch(/nothing was taken/);
    expect(failureText('expired_card')).toBe('The payment was not taken (expired card).');
    expect(failureText(null)).toBe('The payment was not taken.');
  });

  it('keeps asking only while the provider has not decided', () => {
    expect(isUnsettled('pending')).toBe(true);
    expect(isUnsettled('requires_action')).toBe(true);
    expect(isUnsettled('paid')).toBe(false);
    expect(isUnsettled('failed')).toBe(false);
  });
});
