import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-staff-api.js';
import { renderConsole } from '../test/render-console.js';

async function signIn(answer: () => unknown) {
  const user = userEvent.setup();
  const view = renderConsole({ at: '/sign-in', answers: { 'staffAuth.login': answer } });
  await user.type(await screen.findByLabelText('Username'), 'sam.super');
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'Drive-Safely-2026');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  return view;
}

describe('staff sign-in', () => {
  it('goes on to the authenticator code for an enrolled member', async () => {
    const { router, calls } = await signIn(() => ({ status: 'totp_required' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in/code');
    });
    expect(calls.find((call) => call.path === 'staffAuth.login')?.input).toEqual({
      username: 'sam.super',
      password: 'Drive-Safely-2026',
    });
  });

  it('goes on to set up an authenticator when the member has none', async () => {
    const { router } = await signIn(() => ({ status: 'enrolment_required' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/sign-in/enrol');
    });
  });

  it('shows the API’s one message for every failure and clears the password', async () => {
    await signIn(() => {
      throw new FakeApiError(
        'UNAUTHORIZED',
        'The username or password is incorrect, or the account is locked.',
      );
    });
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The username or password is incorrect, or the account is locked.',
    );
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveProperty('value', '');
  });
});
