import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole, signedInAs } from '../../test/render-console.js';

const CASE_ID = '6a1b2c3d-0000-4000-8000-000000000001';

function reportedCase(status: 'open' | 'investigating' | 'resolved') {
  return {
    id: CASE_ID,
    reference: 'R-7K2M9Q4X',
    agreementId: 'a1',
    entryType: 'payment',
    entryId: 'p1',
    entry: {
      date: '2026-11-02',
      amount: 25_000,
      currency: 'GBP',
      description: 'Direct Debit (paid)',
    },
    reason: 'direct_debit_error',
    details: 'Taken twice.',
    status,
    outcome: status === 'resolved' ? 'Refunded.' : null,
    createdAt: '2026-11-03T09:00:00.000Z',
    updatedAt: '2026-11-03T09:00:00.000Z',
    closedAt: null,
    customerId: 'c1',
    customerName: 'Sarah Whitfield',
    agreementNumber: 'MQ00000001',
    assignedStaffId: null,
    assignedStaffName: null,
    updates: [],
  };
}

describe('deciding a reported problem', () => {
  it('asks for the outcome the customer will read before resolving, then sends it', async () => {
    const user = userEvent.setup();
    const { calls } = renderConsole({
      at: `/cases/${CASE_ID}`,
      answers: {
        'staffAuth.me': () => signedInAs('agent'),
        'transactionCases.get': () => reportedCase('investigating'),
        'transactionCases.update': () => undefined,
        'colleagues.list': () => [],
      },
    });
    await screen.findByRole('heading', { level: 1, name: 'Reported problem R-7K2M9Q4X' });
    expect(screen.getByText('Taken twice.')).toBeTruthy();

    await user.type(screen.getByLabelText('Note for the case history'), 'Duplicate collection.');
    await user.click(screen.getByRole('button', { name: 'Decide the case' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Write the outcome the customer will read.' }),
    ).toBeTruthy();
    expect(calls.filter((call) => call.path === 'transactionCases.update')).toEqual([]);

    await user.type(screen.getByLabelText('Outcome for the customer'), 'We have refunded you.');
    await user.click(screen.getByRole('button', { name: 'Decide the case' }));
    await screen.findByText('Case updated.');
    expect(
      calls.filter((call) => call.path === 'transactionCases.update').map((c) => c.input),
    ).toEqual([
      {
        caseId: CASE_ID,
        status: 'resolved',
        note: 'Duplicate collection.',
        outcome: 'We have refunded you.',
      },
    ]);
  });

  it('offers no changes once a case is decided', async () => {
    renderConsole({
      at: `/cases/${CASE_ID}`,
      answers: {
        'staffAuth.me': () => signedInAs('agent'),
        'transactionCases.get': () => reportedCase('resolved'),
      },
    });
    await screen.findByText('Refunded.');
    expect(screen.queryByRole('button', { name: 'Decide the case' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Assign to me' })).toBeNull();
  });
});
