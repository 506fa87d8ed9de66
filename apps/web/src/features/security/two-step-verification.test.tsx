import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import { testCustomer } from './test-customer.js';

const CODES = Array.from({ length: 10 }, (_, index) => `code-${String(index).padStart(4, '0')}`);

const noSessions = {
  sessions: { list: () => [] },
  passkeys: { list: () => ({ passkeys: [] }) },
  activity: { list: () => ({ items: [], nextCursor: null }) },
};

describe('two-step verification on the security page', () => {
  it('asks for the password when the API wants it, then shows the QR code, then the recovery codes once', async () => {
    const user = userEvent.setup();
    let recentlyAuthenticated = false;
    let mfaEnabled = false;
    const { calls } = renderApp({
      at: '/security',
      api: {
        ...noSessions,
        auth: {
          me: () => testCustomer({ mfaEnabled, recoveryCodesLeft: mfaEnabled ? 10 : 0 }),
          reauthenticate: ({ password }) => {
            if (password !== 'Drive-Safely-2026') {
              throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
                fieldErrors: { password: 'That is not your current password.' },
              });
            }
            recentlyAuthenticated = true;
            return { status: 'reauthenticated' };
          },
        },
        mfa: {
          startTotp: () => {
            if (!recentlyAuthenticated) {
              throw new FakeApiError(
                'FORBIDDEN',
                'For your security, please enter your password again to continue.',
                { reauthenticationRequired: true },
              );
            }
            return {
              otpauthUrl: 'otpauth://totp/Marque:hp.demo?secret=JBSWY3DPEHPK3PXP',
              qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
              secret: 'JBSWY3DPEHPK3PXP',
            };
          },
          confirmTotp: ({ code }) => {
            if (code !== '123456') {
              throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
                fieldErrors: { code: 'That code is not right.' },
              });
            }
            mfaEnabled = true;
            return { recoveryCodes: CODES };
          },
        },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Set up two-step verification' }));
    const heading = await screen.findByRole('heading', { name: 'Enter your password to continue' });
    const prompt = within(heading.closest('dialog') ?? document.body);
    await user.type(prompt.getByLabelText('Password', { exact: true }), 'wrong-password');
    await user.click(prompt.getByRole('button', { name: 'Continue' }));
    expect(await prompt.findByText('That is not your current password.')).toBeDefined();
    await user.clear(prompt.getByLabelText('Password', { exact: true }));
    await user.type(prompt.getByLabelText('Password', { exact: true }), 'Drive-Safely-2026');
    await user.click(prompt.getByRole('button', { name: 'Continue' }));

    const qr = await screen.findByRole('img', {
      name: 'QR code to scan with your authenticator app',
    });
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/);
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP')).toBeDefined();
    expect(calls.filter((call) => call.path === 'mfa.startTotp')).toHaveLength(2);

    const code = screen.getByLabelText('Enter the 6-digit code the app shows');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    expect(await screen.findByText('That code is not right.')).toBeDefined();
    await user.clear(code);
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(list.textContent).toContain('code-0000');
    expect(list.textContent).toContain('code-0009');
    await user.click(screen.getByRole('button', { name: 'I have saved my codes' }));
    await waitFor(() => {
      expect(screen.queryByRole('list', { name: 'Recovery codes' })).toBeNull();
    });
    expect(await screen.findByText('You have 10 recovery codes left.')).toBeDefined();
  });

  it('does nothing when the customer closes the password prompt', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: '/security',
      api: {
        ...noSessions,
        auth: { me: () => testCustomer({ mfaEnabled: true, recoveryCodesLeft: 3 }) },
        mfa: {
          disable: () => {
            throw new FakeApiError('FORBIDDEN', 'Please enter your password again.', {
              reauthenticationRequired: true,
            });
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Turn off two-step verification' }));
    await user.click(screen.getByRole('button', { name: 'Yes, turn it off' }));
    await screen.findByRole('heading', { name: 'Enter your password to continue' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Enter your password to continue' })).toBeNull();
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls.filter((call) => call.path === 'mfa.disable')).toHaveLength(1);
  });
});
