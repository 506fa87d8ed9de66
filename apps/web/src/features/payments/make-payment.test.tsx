import { act, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TEST_AGREEMENT_ID } from '../agreements/test-agreements.js';
import { FakeApiError } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import type { CardPaymentAnswer } from './payment-api-types.js';
import { paymentsApi, postCardToken, SANDBOX_ORIGIN, TEST_PAYMENT_ID } from './test-payments.js';

type PayInput = { amount?: number; paymentToken: string; idempotencyKey: string };

function renderPay(answer: (input: PayInput) => CardPaymentAnswer) {
  return renderApp({
    at: `/agreements/${TEST_AGREEMENT_ID}/pay`,
    api: paymentsApi({ payments: { makeCardPayment: answer } }),
  });
}

async function continueToCard() {
  await userEvent.click(await screen.findByRole('button', { name: 'Continue to card details' }));
  const frame = await screen.findByTitle('Card details');
  expect(frame.getAttribute('src')).toBe(`${SANDBOX_ORIGIN}/hosted-fields`);
}

function payCalls(calls: { path: string; input: unknown }[]): PayInput[] {
  return calls
    .filter((call) => call.path === 'payments.makeCardPayment')
    .map((call) => call.input as PayInput);
}

describe('making a card payment', () => {
  it('charges the next payment with the token from the hosted fields and shows the receipt page', async () => {
    const { router, calls } = renderPay(() => ({ paymentId: TEST_PAYMENT_ID, status: 'paid' }));
    expect((await screen.findByLabelText<HTMLInputElement>(/Your next payment/)).checked).toBe(
      true,
    );
    await continueToCard();
    act(() => {
      postCardToken('tok_approve_1234');
    });
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/payments/${TEST_PAYMENT_ID}`);
    });
    expect(payCalls(calls)).toEqual([
      expect.objectContaining({ amount: 40_000, paymentToken: 'tok_approve_1234' }),
    ]);
  });

  it('ignores a token posted from any other origin', async () => {
    const { calls } = renderPay(() => ({ paymentId: TEST_PAYMENT_ID, status: 'paid' }));
    await continueToCard();
    act(() => {
      postCardToken('tok_forged_12345', 'https://evil.example');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(payCalls(calls)).toEqual([]);
  });

  it('refuses another amount above the settlement figure before asking for the card', async () => {
    renderPay(() => ({ paymentId: TEST_PAYMENT_ID, status: 'paid' }));
    await userEvent.click(await screen.findByLabelText('Another amount'));
    await userEvent.type(screen.getByLabelText('Amount'), '12500.01');
    await userEvent.click(screen.getByRole('button', { name: 'Continue to card details' }));
    const field = screen.getByLabelText('Amount');
    const described = (field.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toMatch(/Enter no more than the amount that settles/);
    expect(document.activeElement).toBe(field);
    expect(screen.queryByTitle('Card details')).toBeNull();
  });

  it('shows the decline reason and uses a fresh idempotency key for the next card', async () => {
    let attempt = 0;
    const { calls } = renderPay(() => {
      attempt += 1;
      return attempt === 1
        ? { paymentId: TEST_PAYMENT_ID, status: 'failed', failureReason: 'card_declined' }
        : { paymentId: TEST_PAYMENT_ID, status: 'paid' };
    });
    await continueToCard();
    act(() => {
      postCardToken('tok_decline_1234');
    });
    await screen.findByText(/Your bank declined the payment/);
    await screen.findByTitle('Card details');
    act(() => {
      postCardToken('tok_approve_5678');
    });
    await waitFor(() => {
      expect(payCalls(calls)).toHaveLength(2);
    });
    const [first, second] = payCalls(calls);
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });

  it('retries a payment whose answer was lost with the same key and token', async () => {
    let attempt = 0;
    const { calls, router } = renderPay(() => {
      attempt += 1;
      if (attempt === 1) throw new TypeError('network down');
      return { paymentId: TEST_PAYMENT_ID, status: 'paid' };
    });
    await continueToCard();
    act(() => {
      postCardToken('tok_lost_answer1');
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/payments/${TEST_PAYMENT_ID}`);
    });
    const [first, second] = payCalls(calls);
    expect(second).toEqual(first);
  });

  it('explains the API’s refusal in its own words', async () => {
    renderPay(() => {
      throw new FakeApiError('BAD_REQUEST', 'This agreement is closed.');
    });
    await continueToCard();
    act(() => {
      postCardToken('tok_closed_12345');
    });
    await screen.findByText('This agreement is closed.');
  });
});
