import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const CUSTOMER = {
  customerId: 'c1',
  username: 'hp.demo',
  email: 'hp@example.com',
  givenName: 'Hana',
  familyName: 'Park',
  mfaEnabled: false,
  recoveryCodesLeft: 0,
  market: 'UK' as const,
};

const SIGN_IN_FAILED =
  'The username or password is not right. Check them and try again, or reset your password.';

async function fillIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Username'), username);
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the sign-in page', () => {
  it('gives password managers the username and current-password fields, and passkey autofill', async () => {
    renderApp({ at: '/sign-in' });
    expect((await screen.findByLabelText('Username')).getAttribute('autocomplete')).toBe(
      'username webauthn',
    );
    expect(screen.getByLabelText('Password').getAttribute('autocomplete')).toBe('current-password');
  });

  it('links to recovery and registration and warns about phishing', async () => {
    renderApp({ at: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(
      screen.getByRole('link', { name: 'Forgotten your password?' }).getAttribute('href'),
    ).toBe('/forgot-password');
    expect(
      screen.getByRole('link', { name: 'Forgotten your username?' }).getAttribute('href'),
    ).toBe('/forgot-username');
    expect(screen.getByRole('link', { name: 'Register for an account' }).getAttribute('href')).toBe(
      '/register',
    );
    expect(document.body.textContent).toContain(
      'We will never ask for your password or a code by e-mail, text or phone',
    );
  });

  it('lists the empty fields, links them, and moves focus to the first', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({ at: '/sign-in' });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter your username.');
    expect(summary.textContent).toContain('Enter your password.');
    expect(document.activeElement).toBe(screen.getByLabelText('Username'));
    expect(calls.some((call) => call.path === 'auth.login')).toBe(false);
  });

  it('shows the API’s one message for any failure, keeps the username and clears the password', async () => {
    renderApp({
      at: '/sign-in',
      api: {
        auth: {
          login: () => {
            throw new FakeApiError('UNAUTHORIZED', SIGN_IN_FAILED);
          },
        },
      },
    });
    await fillIn('hp.demo', 'not-my-password');
    expect((await screen.findByRole('alert')).textContent).toBe(SIGN_IN_FAILED);
    expect(screen.getByLabelText<HTMLInputElement>('Username').value).toBe('hp.demo');
    expect(screen.getByLabelText<HTMLInputElement>('Password').value).toBe('');
  });

  it('says when to try again after too many attempts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T14:03:20'));
    renderApp({
      at: '/sign-in',
      api: {
        auth: {
          login: () => {
            throw new FakeApiError('TOO_MANY_REQUESTS', 'Too many attempts.', {
              retryAfterSeconds: 90,
            });
          },
        },
      },
    });
    await fillIn('hp.demo', 'Drive-Safely-2026');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Too many attempts — try again at 14:05.',
    );
  });

  it('signs in and goes on to the page the customer asked for', async () => {
    let signedIn = false;
    const { router, calls } = renderApp({
      at: '/sign-in?next=%2Fhelp',
      api: {
        auth: {
          login: () => {
            signedIn = true;
            return { status: 'signed_in' };
          },
          me: () => (signedIn ? CUSTOMER : null),
        },
      },
    });
    await fillIn('hp.demo', 'Drive-Safely-2026');
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    expect(router.state.location.pathname).toBe('/help');
    expect(calls.find((call) => call.path === 'auth.login')?.input).toEqual({
      username: 'hp.demo',
      password: 'Drive-Safely-2026',
    });
    expect(screen.getByRole('navigation', { name: 'Main' }).textContent).toContain('Sign out');
  });

  it('never follows a next address to another site', async () => {
    const { router } = renderApp({
      at: '/sign-in?next=https%3A%2F%2Fevil.example',
      api: { auth: { login: () => ({ status: 'signed_in' }) } },
    });
    await fillIn('hp.demo', 'Drive-Safely-2026');
    await waitFor(() => {
      expect(router.state.location.pathname).not.toBe('/sign-in');
    });
    expect(router.state.location.pathname).toBe('/');
  });

  it('asks for the security code when two-step verification is on, then signs in with it', async () => {
    const { router, calls } = renderApp({
      at: '/sign-in?next=%2Fhelp',
      api: {
        auth: {
          login: () => ({
            status: 'mfa_required',
            challenge: 'challenge-token-1234567890',
            passkey: false,
          }),
          verifyMfa: () => ({ status: 'signed_in', recoveryCodesLeft: null }),
        },
      },
    });
    const user = await fillIn('mfa.demo', 'Drive-Safely-2026');
    const code = await screen.findByLabelText('Security code');
    expect(router.state.location.pathname).toBe('/sign-in/verify');
    expect(router.state.location.search).toBe('');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    expect(calls.find((call) => call.path === 'auth.verifyMfa')?.input).toEqual({
      challenge: 'challenge-token-1234567890',
      code: '123456',
    });
  });

  it('signs out from the header, forgets the account and confirms it', async () => {
    let signedIn = true;
    const { router, queryClient } = renderApp({
      at: '/help',
      api: {
        auth: {
          me: () => (signedIn ? CUSTOMER : null),
          logout: () => {
            signedIn = false;
            return { status: 'signed_out' };
          },
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByText('You have signed out.')).toBeTruthy();
    expect(
      queryClient
        .getQueryCache()
        .findAll()
        .map((query) => query.state.data),
    ).not.toContainEqual(CUSTOMER);
  });
});
