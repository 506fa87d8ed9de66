import type { CallResult, TestClient } from './app.js';
import type { GivenCustomer } from './customers.js';

/** What a caller who is the customer says to each identity question (the last payment as typed). */
export function callerAnswers(customer: GivenCustomer, lastPaymentAmount = '') {
  return {
    agreementNumber: customer.agreementNumber,
    dateOfBirth: customer.dateOfBirth,
    postcode: customer.postcode,
    ssnLast4: customer.ssnLast4 ?? '',
    lastPaymentAmount,
  };
}

/** A member of staff completes the identity check with the caller's answers. */
export function verifyCallerAs(
  browser: TestClient,
  customer: GivenCustomer,
  answers: Partial<ReturnType<typeof callerAnswers>> = {},
): Promise<
  CallResult<{ verificationId: string; outcome: 'passed' | 'failed'; validUntil: string | null }>
> {
  return browser.mutation('customers.verify', {
    customerId: customer.customerId,
    answers: { ...callerAnswers(customer), ...answers },
  });
}
