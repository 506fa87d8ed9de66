import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_AGREEMENT_ID } from '../agreements/test-agreements.js';
import { FakeApiError, type FakeApi } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import type { DirectDebitAnswer, MandateView } from './payment-api-types.js';
import { paymentsApi, testPayment } from './test-payments.js';

const mandate: MandateView = {
  id: '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  state: 'active',
  scheme: 'bacs',
  accountHolderName: 'Olivia Bennett',
  sortCode: '08-99-99',
  routingNumber: null,
  accountNumber: '****4958',
  collectionDay: 23,
  reference: 'MQ20240101-DD',
  createdAt: '2026-10-01T09:00:00.000Z',
};

const activeMandate: DirectDebitAnswer = {
  mandate,
  nextCollection: { date: '2026-12-23', amount: 40_000, status: 'expected' },
};

function renderPayments(api: FakeApi = {}) {
  return renderApp({
    at: `/agreements/${TEST_AGREEMENT_ID}/payments`,
    api: paymentsApi({
      ...api,
      payments: {
        bankTransferDetails: () => ({
          accountName: 'Marque Motor Finance Ltd',
          sortCode: '20-00-00',
          routingNumber: null,
          accountNumber: '55779911',
          reference: 'MQ20240101',
          currency: 'GBP',
        }),
        list: () => ({
          items: [
            testPayment(),
            testPayment({
              paymentId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
              status: 'failed',
              failureReason: 'card_declined',
              settledOn: null,
            }),
          ],
          nextCursor: null,
        }),
        ...api.payments,
      },
      directDebit: {
        get: () => ({ mandate: null, nextCollection: null }),
        guarantee: () => ({ paragraphs: ['This Guarantee is offered by all banks.'] }),
        ...api.directDebit,
      },
    }),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the Payments tab', () => {
  it('lists payments with their status and offers to pay by card', async () => {
    renderPayments();
    const table = await screen.findByRole('table', { name: /Your payments/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'Paid',
      'Not taken',
    ]);
    expect(screen.getByRole('link', { name: 'Pay by card' }).getAttribute('href')).toBe(
      `/agreements/${TEST_AGREEMENT_ID}/pay`,
    );
  });

  it('copies the transfer reference and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    renderPayments();
    await userEvent.click(await screen.findByRole('button', { name: 'Copy Reference' }));
    expect(writeText).toHaveBeenCalledWith('MQ20240101');
    await screen.findByText('Reference copied');
  });

  it('shows the mandate masked, with the next collection', async () => {
    renderPayments({ directDebit: { get: () => activeMandate } });
    expect((await screen.findByText('Account')).nextElementSibling?.textContent).toBe(
      'Olivia Bennett, 08-99-99 ****4958',
    );
    expect(screen.getByText('Next collection').nextElementSibling?.textContent).toMatch(
      /£400\.00 on 23 December 2026/,
    );
  });

  it('sets up a Direct Debit only with the Guarantee accepted, showing the API’s field errors', async () => {
    const setUpCalls: unknown[] = [];
    renderPayments({
      directDebit: {
        setUp: (input) => {
          setUpCalls.push(input);
          if (input.sortCode !== '08-99-99') {
            throw new FakeApiError('BAD_REQUEST', 'Check your details.', {
              fieldErrors: { sortCode: 'Check the sort code and account number.' },
            });
          }
          return mandate;
        },
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Set up a Direct Debit' }));
    await screen.findByText('This Guarantee is offered by all banks.');
    await userEvent.type(screen.getByLabelText('Name on the account'), 'Olivia Bennett');
    await userEvent.type(screen.getByLabelText(/^Sort code/), '11-11-11');
    await userEvent.type(screen.getByLabelText(/^Account number/), '66374958');
    await userEvent.type(screen.getByLabelText(/^Collection day/), '23');
    await userEvent.click(screen.getByRole('button', { name: 'Set up Direct Debit' }));
    expect(screen.getByRole('alert').textContent).toMatch(/read the Direct Debit Guarantee/);
    expect(setUpCalls).toEqual([]);

    await userEvent.click(screen.getByLabelText(/I have read the Direct Debit Guarantee/));
    await userEvent.click(screen.getByRole('button', { name: 'Set up Direct Debit' }));
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByLabelText(/^Sort code/));
    });
    expect(screen.getAllByText('Check the sort code and account number.').length).toBeGreaterThan(
      0,
    );

    await userEvent.clear(screen.getByLabelText(/^Sort code/));
    await userEvent.type(screen.getByLabelText(/^Sort code/), '08-99-99');
    await userEvent.click(screen.getByRole('button', { name: 'Set up Direct Debit' }));
    await screen.findByText(/Your Direct Debit is set up/);
    expect(setUpCalls.at(-1)).toEqual({
      agreementId: TEST_AGREEMENT_ID,
      accountHolderName: 'Olivia Bennett',
      sortCode: '08-99-99',
      accountNumber: '66374958',
      collectionDay: 23,
      guaranteeAccepted: true,
    });
  });

  it('moves the Direct Debit to another bank account only with the Guarantee accepted, keeping the day', async () => {
    const changeBank = vi.fn((input: Record<string, unknown>) => ({
      ...mandate,
      sortCode: String(input.sortCode),
      accountNumber: '****1234',
    }));
    renderPayments({ directDebit: { get: () => activeMandate, changeBank } });
    await userEvent.click(await screen.findByRole('button', { name: 'Change bank account' }));
    await screen.findByRole('heading', { name: 'Pay from another bank account' });
    await screen.findByText('This Guarantee is offered by all banks.');
    expect(screen.queryByLabelText(/^Collection day/)).toBeNull();
    await userEvent.type(screen.getByLabelText('Name on the account'), 'Olivia Bennett');
    await userEvent.type(screen.getByLabelText(/^Sort code/), '40-47-84');
    await userEvent.type(screen.getByLabelText(/^Account number/), '7012 1234');
    await userEvent.click(screen.getByRole('button', { name: 'Change bank account' }));
    expect(screen.getByRole('alert').textContent).toMatch(/read the Direct Debit Guarantee/);
    expect(changeBank).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText(/I have read the Direct Debit Guarantee/));
    await userEvent.click(screen.getByRole('button', { name: 'Change bank account' }));
    await screen.findByText(/Your new bank account is saved/);
    expect(changeBank).toHaveBeenCalledTimes(1);
    expect(changeBank.mock.calls[0]?.[0]).toEqual({
      agreementId: TEST_AGREEMENT_ID,
      accountHolderName: 'Olivia Bennett',
      sortCode: '40-47-84',
      accountNumber: '70121234',
      guaranteeAccepted: true,
    });
  });

  it('keeps the mandate when the change of bank is abandoned', async () => {
    const changeBank = vi.fn(() => mandate);
    renderPayments({ directDebit: { get: () => activeMandate, changeBank } });
    await userEvent.click(await screen.findByRole('button', { name: 'Change bank account' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Account').nextElementSibling?.textContent).toBe(
      'Olivia Bennett, 08-99-99 ****4958',
    );
    expect(changeBank).not.toHaveBeenCalled();
  });

  it('cancels the Direct Debit only after the customer confirms', async () => {
    const cancel = vi.fn(() => ({ cancelled: true as const }));
    renderPayments({ directDebit: { get: () => activeMandate, cancel } });
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel Direct Debit' }));
    expect(cancel).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cancel Direct Debit' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    await screen.findByText(/Your Direct Debit is cancelled/);
    expect(cancel).toHaveBeenCalledTimes(1);
  });
});
