import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';
import { TEST_BRAND } from '../test/test-brand.js';

const LINK = '/not-me?token=not-me-token-abcdefghijkl';

describe('"this wasn\'t me"', () => {
  it('asks before acting, so that opening the link alone changes nothing', async () => {
    const { calls } = renderApp({ at: LINK });
    await screen.findByRole('heading', { level: 1, name: 'Secure your account' });
    expect(
      screen.getByRole('button', { name: 'Sign everyone out and lock my account' }),
    ).toBeTruthy();
    expect(calls.some((call) => call.path === 'auth.reportNotMe')).toBe(false);
  });

  it('secures the account and says what happened and what to do next', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: LINK,
      api: {
        auth: {
          reportNotMe: () => ({ status: 'secured', sessionsEnded: 2, passkeysRemoved: 1 }),
        },
      },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Sign everyone out and lock my account' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'We have secured your account' });
    expect(calls.find((call) => call.path === 'auth.reportNotMe')?.input).toEqual({
      token: 'not-me-token-abcdefghijkl',
    });
    expect(screen.getByText(/We also removed your passkey/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Choose a new password' }).getAttribute('href')).toBe(
      '/forgot-password',
    );
    expect(screen.getByText(/Secure your e-mail account/)).toBeTruthy();
    const steps = screen.getByRole('region', { name: 'What to do next' });
    expect(within(steps).getByRole('link', { name: TEST_BRAND.support.phone })).toBeTruthy();
  });

  it('explains a link that was already used, with the way to reset the password', async () => {
    const user = userEvent.setup();
    renderApp({
      at: LINK,
      api: {
        auth: {
          reportNotMe: () => {
            throw new FakeApiError(
              'BAD_REQUEST',
              'This link has expired or has already been used. If you are worried about your account, reset your password now or call us.',
            );
          },
        },
      },
    });
    await user.click(
      await screen.findByRole('button', { name: 'Sign everyone out and lock my account' }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/already been used/);
  });

  it('explains an incomplete link', async () => {
    renderApp({ at: '/not-me' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/This link is not complete/);
  });
});
