import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app.js';
import { testCustomer } from '../security/test-customer.js';
import type { Transaction } from './agreement-api-types.js';
import { TEST_AGREEMENT_ID, testDetail } from './test-agreements.js';

function transaction(index: number): Transaction {
  return {
    id: `t${String(index).padStart(3, '0')}`,
    date: `2026-${String(12 - (index % 12)).padStart(2, '0')}-01`,
    kind: index % 2 === 0 ? 'payment_received' : 'installment_due',
    amount: 40_000,
    side: index % 2 === 0 ? 'credit' : 'debit',
    description: index % 2 === 0 ? 'Direct Debit payment received' : 'Monthly payment due',
    reference: null,
  };
}

const ALL = Array.from({ length: 25 }, (_, index) => transaction(index));

/** agreements.transactions over ALL, newest first, with the cursor as the next index. */
function page({ cursor, limit }: { cursor?: string | null; limit?: number }) {
  const start = cursor ? Number(cursor) : 0;
  const end = start + (limit ?? 20);
  return {
    currency: 'GBP' as const,
    items: ALL.slice(start, end),
    nextCursor: end < ALL.length ? String(end) : null,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the transactions section', () => {
  it('shows ten at a time and more on request', async () => {
    const user = userEvent.setup();
    renderApp({
      at: `/agreements/${TEST_AGREEMENT_ID}/transactions`,
      api: {
        auth: { me: () => testCustomer() },
        agreements: { get: () => testDetail(), transactions: page },
      },
    });
    await screen.findByRole('button', { name: 'Show older transactions' });
    expect(screen.getAllByRole('row')).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Show older transactions' }));
    await waitFor(() => {
      expect(screen.getAllByRole('row')).toHaveLength(21);
    });
  });

  it('downloads every page, not just the ones shown, as one CSV file', async () => {
    const user = userEvent.setup();
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return 'blob:transactions';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { calls } = renderApp({
      at: `/agreements/${TEST_AGREEMENT_ID}/transactions`,
      api: {
        auth: { me: () => testCustomer() },
        agreements: { get: () => testDetail(), transactions: page },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Download all as CSV' }));
    await waitFor(() => {
      expect(files).toHaveLength(1);
    });
    const csv = await (files[0] as Blob).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(ALL.length + 1);
    expect(files[0]?.type).toBe('text/csv;charset=utf-8');
    expect(
      calls.some(
        (call) =>
          call.path === 'agreements.transactions' &&
          (call.input as { limit?: number }).limit === 100,
      ),
    ).toBe(true);
  });
});
