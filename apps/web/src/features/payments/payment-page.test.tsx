import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app.js';
import { paymentsApi, TEST_PAYMENT_ID, testPayment } from './test-payments.js';

describe('the payment page the bank’s challenge returns to', () => {
  it('keeps asking while the payment is pending, then shows the receipt', async () => {
    let asked = 0;
    renderApp({
      at: `/payments/${TEST_PAYMENT_ID}`,
      api: paymentsApi({
        payments: {
          get: () => {
            asked += 1;
            return testPayment({ status: asked === 1 ? 'pending' : 'paid' });
          },
        },
      }),
    });
    await screen.findByText(/Waiting for your bank to confirm/);
    await screen.findByText('Thank you, your payment has been made', {}, { timeout: 4000 });
    expect(screen.getByText('Amount').nextElementSibling?.textContent).toBe('£400.00');
    expect(screen.getByText('Payment reference').nextElementSibling?.textContent).toBe(
      TEST_PAYMENT_ID,
    );
  });

  it('says why a payment failed and offers to try again', async () => {
    renderApp({
      at: `/payments/${TEST_PAYMENT_ID}`,
      api: paymentsApi({
        payments: {
          get: () => testPayment({ status: 'failed', failureReason: 'authentication_failed' }),
        },
      }),
    });
    await screen.findByText(/could not confirm it was you/);
    expect(screen.getByRole('link', { name: 'Try again' }).getAttribute('href')).toMatch(/\/pay$/);
  });
});
