import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const RESET_SENT =
  'If we have an account with those details, we have sent an e-mail with a link to reset your password.';
const USERNAME_SENT =
  'If your details match one of our accounts, we have sent your username to the e-mail address on it.';
const LINK_USED = 'This link has expired or has already been used. Please ask for a new one.';

describe('forgot password', () => {
  it('asks for the username or e-mail and shows the API’s one confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: '/forgot-password',
      api: { auth: { requestPasswordReset: () => ({ status: 'sent', message: RESET_SENT }) } },
    });
    await user.type(
      await screen.findByLabelText('Username or e-mail address'),
      'nobody@example.com',
    );
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' });
    expect(screen.getByText(RESET_SENT)).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.requestPasswordReset')?.input).toEqual({
      usernameOrEmail: 'nobody@example.com',
    });
  });
});

describe('reset password', () => {
  it('sets the new password from the link and leads to sign in, not into the account', async () => {
    const user = userEvent.setup();
    const { router, calls } = renderApp({
      at: '/reset-password?token=reset-token-abcdefghijkl',
      api: { auth: { resetPassword: () => ({ status: 'password_reset' }) } },
    });
    const password = await screen.findByLabelText('New password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    await user.type(password, 'copper kettle lantern meadow');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(
      screen.getByText('Your password has been changed. Sign in with your new password.'),
    ).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.resetPassword')?.input).toEqual({
      token: 'reset-token-abcdefghijkl',
      password: 'copper kettle lantern meadow',
    });
  });

  it('explains a used or expired link and offers a new one', async () => {
    const user = userEvent.setup();
    renderApp({
      at: '/reset-password?token=reset-token-abcdefghijkl',
      api: {
        auth: {
          resetPassword: () => {
            throw new FakeApiError('BAD_REQUEST', LINK_USED);
          },
        },
      },
    });
    await user.type(await screen.findByLabelText('New password'), 'copper kettle lantern meadow');
    await user.click(screen.getByRole('button', { name: 'Change my password' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(LINK_USED);
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
  });

  it('says the link is incomplete when it has no token', async () => {
    renderApp({ at: '/reset-password' });
    expect(await screen.findByText('This link is not complete')).toBeTruthy();
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});

describe('verify e-mail', () => {
  it('confirms the address only when the customer asks, then leads to sign in', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: '/verify-email?token=verify-token-abcdefghijkl',
      api: { auth: { verifyEmail: () => ({ status: 'verified' }) } },
    });
    const confirm = await screen.findByRole('button', { name: 'Confirm my e-mail address' });
    expect(calls.some((call) => call.path === 'auth.verifyEmail')).toBe(false);
    await user.click(confirm);
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(screen.getByText('Your e-mail address is confirmed. You can now sign in.')).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.verifyEmail')?.input).toEqual({
      token: 'verify-token-abcdefghijkl',
    });
  });
});

describe('forgot username', () => {
  it('sends the identity check and shows the API’s one confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: '/forgot-username',
      api: { auth: { recoverUsername: () => ({ status: 'sent', message: USERNAME_SENT }) } },
    });
    await user.type(await screen.findByLabelText('Agreement number'), 'MQ20240101');
    await user.type(screen.getByLabelText('Day'), '12');
    await user.type(screen.getByLabelText('Month'), '04');
    await user.type(screen.getByLabelText('Year'), '1988');
    await user.type(screen.getByLabelText('Postcode'), 'SW1A 1AA');
    await user.click(screen.getByRole('button', { name: 'E-mail my username' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' });
    expect(screen.getByText(USERNAME_SENT)).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.recoverUsername')?.input).toEqual({
      market: 'UK',
      agreementNumber: 'MQ20240101',
      dateOfBirth: '1988-04-12',
      postcode: 'SW1A 1AA',
    });
  });
});
