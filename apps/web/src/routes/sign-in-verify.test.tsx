import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp, type RenderAppOptions } from '../test/render-app.js';

const CHALLENGE = 'challenge-token-1234567890';

async function openSecondStep(api: RenderAppOptions['api']) {
  const view = renderApp({ at: '/sign-in', api });
  await view.router.navigate('/sign-in/verify', { state: { challenge: CHALLENGE, next: '/help' } });
  await screen.findByRole('heading', { level: 1, name: 'Enter your security code' });
  return view;
}

describe('the second sign-in step', () => {
  it('asks for a numeric one-time code that phones can fill in', async () => {
    await openSecondStep({});
    const code = screen.getByLabelText('Security code');
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
  });

  it('switches to a recovery code, which is sent as typed', async () => {
    const user = userEvent.setup();
    const { calls } = await openSecondStep({
      auth: { verifyMfa: () => ({ status: 'signed_in', recoveryCodesLeft: 7 }) },
    });
    await user.click(screen.getByRole('button', { name: 'Use a recovery code instead' }));
    const code = screen.getByLabelText('Recovery code');
    expect(code.getAttribute('autocomplete')).toBe('off');
    await user.type(code, 'abcd-efgh-jk');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: 'You are signed in' });
    expect(screen.getByText(/You have 7 recovery codes left/)).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.verifyMfa')?.input).toEqual({
      challenge: CHALLENGE,
      code: 'abcd-efgh-jk',
    });
  });

  it('refuses a code that is not 6 digits before sending it', async () => {
    const user = userEvent.setup();
    const { calls } = await openSecondStep({});
    await user.type(screen.getByLabelText('Security code'), '1234');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      (await screen.findAllByText('Enter the 6-digit code your authenticator app shows.')).length,
    ).toBeGreaterThan(0);
    expect(calls.some((call) => call.path === 'auth.verifyMfa')).toBe(false);
  });

  it('shows the API’s message for a wrong code and clears the field', async () => {
    const user = userEvent.setup();
    await openSecondStep({
      auth: {
        verifyMfa: () => {
          throw new FakeApiError(
            'UNAUTHORIZED',
            'That code is not right. Check your authenticator app and try again.',
          );
        },
      },
    });
    const code = screen.getByLabelText<HTMLInputElement>('Security code');
    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That code is not right. Check your authenticator app and try again.',
    );
    expect(code.value).toBe('');
    expect(document.activeElement).toBe(code);
  });

  it('sends the customer back to sign in when opened without a sign-in in progress', async () => {
    renderApp({ at: '/sign-in/verify' });
    await screen.findByRole('heading', { level: 1, name: 'Enter your security code' });
    expect(screen.getByText('Please sign in again')).toBeTruthy();
    expect(screen.queryByLabelText('Security code')).toBeNull();
  });
});
