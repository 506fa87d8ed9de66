import { screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const SENT =
  'Thank you. If your details match one of our agreements, we have sent an e-mail to pat@example.com with what to do next.';

async function passIdentityStep(user: UserEvent) {
  await user.type(await screen.findByLabelText('Agreement number'), 'MQ20240101');
  await user.type(screen.getByLabelText('Day'), '12');
  await user.type(screen.getByLabelText('Month'), '4');
  await user.type(screen.getByLabelText('Year'), '1988');
  await user.type(screen.getByLabelText('Postcode'), 'sw1a 1aa');
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  const heading = await screen.findByRole('heading', {
    level: 1,
    name: 'Choose your sign-in details',
  });
  // The step changed without a route change: focus starts again at the new heading.
  expect(document.activeElement).toBe(heading);
}

describe('registration', () => {
  it('checks the agreement details are complete and well formed before going on', async () => {
    const user = userEvent.setup();
    renderApp({ at: '/register' });
    await user.type(await screen.findByLabelText('Postcode'), 'NOT A CODE');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(
      'Enter your agreement number as it appears on your agreement.',
    );
    expect(summary.textContent).toContain('Enter your date of birth as a real date');
    expect(summary.textContent).toContain('Enter a real postcode, like SW1A 1AA.');
    expect(document.activeElement).toBe(screen.getByLabelText('Agreement number'));
  });

  it('shows live why a password would be refused, with the strength', async () => {
    const user = userEvent.setup();
    renderApp({ at: '/register' });
    await passIdentityStep(user);
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    await user.type(password, 'password123');
    expect(await screen.findByText(/Use at least 12 characters/)).toBeTruthy();
    expect(screen.getByText(/commonly used or have appeared in data breaches/)).toBeTruthy();
    expect(screen.getByText(/Password strength:/).textContent).toBe(
      'Password strength: Very weak — this password cannot be used yet',
    );
    expect(password.getAttribute('aria-describedby')).toContain(
      screen.getByText(/Password strength:/).parentElement?.id,
    );
  });

  it('refuses a password built from the customer’s own details', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({ at: '/register' });
    await passIdentityStep(user);
    await user.type(screen.getByLabelText('Username'), 'patrick.long');
    await user.type(screen.getByLabelText('E-mail address'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'patrick.long-12041988');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'contains your name, username, e-mail address, date of birth or postcode',
    );
    expect(calls.some((call) => call.path === 'auth.register')).toBe(false);
  });

  it('sends the identity, username, e-mail and password, then says to check the e-mail', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp({
      at: '/register',
      api: { auth: { register: () => ({ status: 'check_email', message: SENT }) } },
    });
    await passIdentityStep(user);
    await user.type(screen.getByLabelText('Username'), 'pat.long');
    await user.type(screen.getByLabelText('E-mail address'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'copper kettle lantern meadow');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' });
    expect(screen.getByText(SENT)).toBeTruthy();
    expect(calls.find((call) => call.path === 'auth.register')?.input).toEqual({
      identity: {
        market: 'UK',
        agreementNumber: 'MQ20240101',
        dateOfBirth: '1988-04-12',
        postcode: 'sw1a 1aa',
      },
      username: 'pat.long',
      email: 'pat@example.com',
      password: 'copper kettle lantern meadow',
    });
  });

  it('puts the API’s field messages under their fields', async () => {
    const user = userEvent.setup();
    renderApp({
      at: '/register',
      api: {
        auth: {
          register: () => {
            throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
              fieldErrors: { username: 'This username is already taken. Please choose another.' },
            });
          },
        },
      },
    });
    await passIdentityStep(user);
    await user.type(screen.getByLabelText('Username'), 'hp.demo');
    await user.type(screen.getByLabelText('E-mail address'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'copper kettle lantern meadow');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    const username = screen.getByLabelText('Username');
    expect(
      (await screen.findAllByText('This username is already taken. Please choose another.')).length,
    ).toBe(2);
    expect(username.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(username);
  });

  it('goes back to the agreement step when the API refuses an identity field', async () => {
    const user = userEvent.setup();
    renderApp({
      at: '/register',
      api: {
        auth: {
          register: () => {
            throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
              fieldErrors: { 'identity.postcode': 'Enter your postcode, e.g. SW1A 1AA.' },
            });
          },
        },
      },
    });
    await passIdentityStep(user);
    await user.type(screen.getByLabelText('Username'), 'pat.long');
    await user.type(screen.getByLabelText('E-mail address'), 'pat@example.com');
    await user.type(screen.getByLabelText('Password'), 'copper kettle lantern meadow');
    await user.click(screen.getByRole('button', { name: 'Register' }));
    await screen.findByRole('heading', { level: 1, name: 'Register for online access' });
    const postcode = await screen.findByLabelText<HTMLInputElement>('Postcode');
    expect(postcode.value).toBe('sw1a 1aa');
    expect(postcode.getAttribute('aria-invalid')).toBe('true');
  });
});
