import type { StaffRouterOutputs } from '@marque/api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole, signedInAs } from '../test/render-console.js';

type View = StaffRouterOutputs['customers']['get'];

const CUSTOMER_ID = 'c0ffee00-0000-4000-8000-000000000001';

function aView(overrides: { verified?: boolean; locked?: boolean } = {}): View {
  const verified = overrides.verified ?? false;
  return {
    id: CUSTOMER_ID,
    name: 'Miss Chloe Davies',
    market: 'UK',
    customerSince: '2026-01-05T09:00:00.000Z',
    email: 'chloe.davies@example.com',
    phone: '07700 900105',
    town: 'Swansea',
    postcode: verified ? 'SA1 6PF' : 'SA1',
    dateOfBirth: verified ? '1996-06-21' : null,
    addressLines: verified ? ['41 Wellington Terrace'] : null,
    agreements: [
      {
        id: 'agreement-1',
        number: verified ? 'MQ20240106' : '••••0106',
        type: 'HP',
        status: 'active',
        vehicle: '2021 hatchback (CP21 WNF)',
      },
    ],
    account: {
      id: 'account-1',
      username: 'arrears.demo',
      email: 'chloe.davies@example.com',
      emailVerified: true,
      createdAt: '2026-01-05T09:00:00.000Z',
      passwordChangedAt: '2026-01-05T09:00:00.000Z',
      twoFactor: true,
      passkeys: 0,
      signInBlockedAt: null,
      flaggedAt: null,
      flagReason: null,
      locked: overrides.locked ?? true,
      lockouts: [],
      sessions: [],
      signInHistory: [],
    },
    verification: {
      questions: ['agreementNumber', 'dateOfBirth', 'postcode', 'lastPaymentAmount'],
      current: verified
        ? {
            id: 'verification-1',
            at: '2026-11-23T12:00:00.000Z',
            validUntil: '2026-11-23T12:15:00.000Z',
          }
        : null,
      recent: [],
    },
    documents: [],
    messages: [],
  };
}

function render(
  role: 'agent' | 'supervisor',
  view: View,
  answers: Record<string, (input: unknown) => unknown> = {},
) {
  return renderConsole({
    at: `/customers/${CUSTOMER_ID}`,
    answers: {
      'staffAuth.me': () => signedInAs(role),
      'customers.get': () => view,
      'customers.auditTrail': () => ({ entries: [], nextCursor: null }),
      'customers.financials': () => ({ agreements: [], payments: [], morePayments: false }),
      ...answers,
    },
  });
}

describe('the customer view', () => {
  it('hides the identity answers and every action until the caller is verified', async () => {
    render('supervisor', aView());
    await screen.findByRole('heading', { level: 1, name: 'Miss Chloe Davies' });
    expect(screen.getByText('Hidden until the caller is verified')).toBeTruthy();
    expect(
      screen.getByText('Complete the identity check first: every action here needs it.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unlock sign-in' })).toBeNull();
    expect(document.body.textContent).not.toContain('MQ20240106');
  });

  it('sends what the agent typed, and says only that the caller failed', async () => {
    const { calls } = render('agent', aView(), {
      'customers.verify': () => ({ verificationId: 'v-1', outcome: 'failed', validUntil: null }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Agreement number'), 'mq20240106');
    const dateOfBirth = screen.getByRole('group', { name: 'Date of birth' });
    await user.type(within(dateOfBirth).getByLabelText('Day'), '21');
    await user.type(within(dateOfBirth).getByLabelText('Month'), '6');
    await user.type(within(dateOfBirth).getByLabelText('Year'), '1996');
    await user.type(screen.getByLabelText('Postcode'), 'SA1 6PF');
    await user.type(screen.getByLabelText(/^Amount of the last payment/), '235.25');
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    await screen.findByText(/Not verified: the answers do not match our records/);
    expect(calls.find((call) => call.path === 'customers.verify')?.input).toEqual({
      customerId: CUSTOMER_ID,
      answers: {
        agreementNumber: 'mq20240106',
        dateOfBirth: '1996-06-21',
        postcode: 'SA1 6PF',
        ssnLast4: '',
        lastPaymentAmount: '235.25',
      },
    });
  });

  it('lets a supervisor unlock a verified caller with a reason, which is required', async () => {
    const { calls } = render('supervisor', aView({ verified: true }), {
      'customers.unlock': () => ({ countersCleared: 2 }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Unlock sign-in' }));
    const dialog = screen.getByRole('dialog', { name: 'Unlock sign-in' });
    await user.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    expect(
      within(dialog).getByText('Say why you are doing this, in at least 10 characters.'),
    ).toBeTruthy();
    expect(calls.some((call) => call.path === 'customers.unlock')).toBe(false);
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Caller locked out after a holiday');
    await user.click(within(dialog).getByRole('button', { name: 'Unlock' }));
    await screen.findByText('Sign-in unlocked (2 lockouts cleared). The customer can sign in now.');
    expect(calls.find((call) => call.path === 'customers.unlock')?.input).toEqual({
      customerId: CUSTOMER_ID,
      reason: 'Caller locked out after a holiday',
    });
  });

  it('changes contact details with only what was filled in, and a whole address', async () => {
    const { calls } = render('agent', aView({ verified: true }), {
      'customers.changeContact': () => ({ status: 'updated', emailChangePending: false }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change contact details' }));
    const dialog = screen.getByRole('dialog', { name: 'Change contact details' });
    await user.type(within(dialog).getByLabelText('New phone number'), '07700 900123');
    await user.type(within(dialog).getByLabelText('Address line 1'), '2 Quay Street');
    await user.type(within(dialog).getByLabelText('Town or city'), 'Swansea');
    await user.type(within(dialog).getByLabelText('Postcode'), 'SA1 1AA');
    await user.type(within(dialog).getByLabelText(/^Reason/), 'Customer moved house last week');
    await user.click(within(dialog).getByRole('button', { name: 'Save the change' }));
    await screen.findByText('Contact details changed.');
    expect(calls.find((call) => call.path === 'customers.changeContact')?.input).toEqual({
      customerId: CUSTOMER_ID,
      reason: 'Customer moved house last week',
      phone: '07700 900123',
      address: { line1: '2 Quay Street', town: 'Swansea', postcode: 'SA1 1AA' },
    });
  });

  it('shows an agent the actions of their role only', async () => {
    render('agent', aView({ verified: true }));
    await screen.findByRole('button', { name: 'Send a password-reset link' });
    expect(screen.getByRole('button', { name: 'Sign out everywhere' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Change contact details' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Unlock sign-in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset two-step verification' })).toBeNull();
  });
});
