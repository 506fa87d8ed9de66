import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReportedEntry } from '../features/transaction-cases/transaction-case-types.js';
import { testCustomer } from '../features/security/test-customer.js';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const PAYMENT = 'a1b2c3d4-0000-4000-8000-000000000001';

function directDebitPayment(): ReportedEntry {
  return {
    entryType: 'payment',
    entryId: PAYMENT,
    agreementId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
    agreementNumber: 'MQ20240101',
    date: '2026-11-02',
    amount: 25_000,
    currency: 'GBP',
    description: 'Direct Debit (paid)',
    side: 'credit',
    paymentMethod: 'direct_debit',
  };
}

const GUARANTEE = [
  'The Direct Debit Guarantee',
  'This Guarantee is offered by all banks and building societies.',
];

describe('reporting a problem with a payment', () => {
  it('shows the payment, asks what is wrong, explains the Guarantee, and gives a reference', async () => {
    const user = userEvent.setup();
    const reports: unknown[] = [];
    renderApp({
      at: `/report-a-problem/payment/${PAYMENT}`,
      api: {
        auth: { me: () => testCustomer() },
        transactionCases: {
          entry: () => directDebitPayment(),
          report: (input) => {
            reports.push(input);
            return { caseId: 'c1', reference: 'R-7K2M9Q4X', alreadyReported: false };
          },
          list: () => [],
        },
        directDebit: { guarantee: () => ({ paragraphs: GUARANTEE }) },
      },
    });

    expect(await screen.findByText('Direct Debit (paid)')).toBeTruthy();
    expect(screen.getByText('£250.00')).toBeTruthy();

    // Nothing chosen: the summary says so and links to the first choice.
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose what is wrong.' })).toBeTruthy();
    expect(reports).toEqual([]);

    await user.click(screen.getByRole('radio', { name: /A Direct Debit was taken in error/ }));
    const bankRole = await screen.findByRole('region', {
      name: 'Your bank will refund you at once',
    });
    expect(within(bankRole).getByText(/full and\s+immediate refund/)).toBeTruthy();
    expect(await within(bankRole).findByText('The Direct Debit Guarantee')).toBeTruthy();

    await user.type(
      screen.getByRole('textbox', { name: /Anything else we should know/ }),
      'Taken twice this month',
    );
    await user.click(screen.getByRole('button', { name: 'Send report' }));

    expect(await screen.findByText('R-7K2M9Q4X')).toBeTruthy();
    expect(reports).toEqual([
      {
        entryType: 'payment',
        entryId: PAYMENT,
        reason: 'direct_debit_error',
        details: 'Taken twice this month',
      },
    ]);
  });

  it('offers no Direct Debit choice for a card payment', async () => {
    renderApp({
      at: `/report-a-problem/payment/${PAYMENT}`,
      api: {
        auth: { me: () => testCustomer() },
        transactionCases: {
          entry: () => ({
            ...directDebitPayment(),
            description: 'Card payment (paid)',
            paymentMethod: 'card',
          }),
        },
      },
    });
    expect(await screen.findByText('Card payment (paid)')).toBeTruthy();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'not_recognised',
      'wrong_amount',
      'paid_not_shown',
    ]);
  });

  it('says when the transaction cannot be found, whoever it belongs to', async () => {
    renderApp({
      at: `/report-a-problem/ledger_entry/${PAYMENT}`,
      api: {
        auth: { me: () => testCustomer() },
        transactionCases: {
          entry: () => {
            throw new FakeApiError('NOT_FOUND', 'We could not find that transaction.');
          },
        },
      },
    });
    expect(await screen.findByText('We could not find that transaction')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send report' })).toBeNull();
  });
});
