import { testDetail } from '../agreements/test-agreements.js';
import { testCustomer } from '../security/test-customer.js';
import type { FakeApi } from '../../test/fake-api.js';
import type { PaymentView } from './payment-api-types.js';

export const SANDBOX_ORIGIN = 'http://sandbox.test';
export const TEST_PAYMENT_ID = '5e0f2a7c-3b9d-4c1e-8f6a-2d4b6c8e0a13';

/** A stored card payment as payments.get answers for component tests. */
export function testPayment(overrides: Partial<PaymentView> = {}): PaymentView {
  return {
    paymentId: TEST_PAYMENT_ID,
    agreementId: testDetail().id,
    method: 'card',
    amount: 40_000,
    currency: 'GBP',
    status: 'paid',
    failureReason: null,
    createdAt: '2026-11-23T10:15:00.000Z',
    settledOn: '2026-11-23',
    ...overrides,
  };
}

/** A signed-in customer on the HP agreement, its settlement figure and the provider's card form. */
export function paymentsApi(api: FakeApi = {}): FakeApi {
  return {
    ...api,
    auth: { me: () => testCustomer(), ...api.auth },
    agreements: {
      get: testDetail,
      settlementQuote: () => ({
        available: true,
        requestDate: '2026-11-23',
        deferred: false,
        settlementDate: '2026-12-21',
        amount: 1_250_000,
        rebate: 90_000,
        arrears: 0,
      }),
      ...api.agreements,
    },
    brand: {
      cardFields: () => ({ url: `${SANDBOX_ORIGIN}/hosted-fields`, origin: SANDBOX_ORIGIN }),
      ...api.brand,
    },
  };
}

/** What the hosted fields post to the page once the card is tokenised. */
export function postCardToken(token: string, origin = SANDBOX_ORIGIN): void {
  window.dispatchEvent(
    new MessageEvent('message', {
      origin,
      data: { type: 'marque-payment-token', token, brand: 'visa', last4: '4242' },
    }),
  );
}
