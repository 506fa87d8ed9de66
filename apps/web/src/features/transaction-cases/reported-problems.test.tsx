import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { testCustomer } from '../security/test-customer.js';
import { renderApp } from '../../test/render-app.js';
import type { TransactionCase } from './transaction-case-types.js';

function aCase(overrides: Partial<TransactionCase>): TransactionCase {
  return {
    id: 'c1',
    reference: 'R-7K2M9Q4X',
    agreementId: '3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c',
    entryType: 'payment',
    entryId: 'p1',
    entry: {
      date: '2026-11-02',
      amount: 25_000,
      currency: 'GBP',
      description: 'Direct Debit (paid)',
    },
    reason: 'direct_debit_error',
    details: null,
    status: 'open',
    outcome: null,
    createdAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

describe('problems the customer reported, on the Messages page', () => {
  it('lists each with where it stands and, once decided, our answer', async () => {
    renderApp({
      at: '/messages',
      api: {
        auth: { me: () => testCustomer() },
        messages: { list: () => [], unreadCount: () => ({ unread: 0 }) },
        transactionCases: {
          list: () => [
            aCase({
              id: 'c2',
              reference: 'R-22222222',
              reason: 'wrong_amount',
              status: 'resolved',
              outcome: 'We have refunded the difference.',
            }),
            aCase({}),
          ],
        },
      },
    });
    const list = await screen.findByRole('list', { name: 'Problems you reported' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'The amount is wrong · R-22222222',
      'A Direct Debit was taken in error · R-7K2M9Q4X',
    ]);
    expect(within(items[0] as HTMLElement).getByText('Resolved')).toBeTruthy();
    expect(
      within(items[0] as HTMLElement).getByText('We have refunded the difference.'),
    ).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('Received')).toBeTruthy();
  });

  it('shows nothing when the customer has reported nothing', async () => {
    renderApp({
      at: '/messages',
      api: {
        auth: { me: () => testCustomer() },
        messages: { list: () => [], unreadCount: () => ({ unread: 0 }) },
        transactionCases: { list: () => [] },
      },
    });
    expect(await screen.findByText('You have no messages yet.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Problems you reported' })).toBeNull();
  });
});
