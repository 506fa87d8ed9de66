import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { renderApp } from '../../test/render-app.js';
import { testProfile } from '../profile/test-profile.js';
import { testCustomer } from '../security/test-customer.js';

const DEFAULTS = {
  payment_reminders: { email: true, sms: false },
  statements: { email: true, sms: false },
  messages: { email: true, sms: false },
};

it('shows the choices per topic and channel on the profile page, and saves a change', async () => {
  const user = userEvent.setup();
  const sent: unknown[] = [];
  renderApp({
    at: '/profile',
    api: {
      auth: { me: () => testCustomer() },
      profile: { get: () => testProfile },
      notifications: {
        get: () => DEFAULTS,
        update: (input) => {
          sent.push(input);
          return { ...DEFAULTS, messages: { email: true, sms: true } };
        },
      },
    },
  });
  const messages = await screen.findByRole('group', { name: 'Secure messages' });
  const text = within(messages).getByRole('checkbox', { name: 'Text message' });
  expect((text as HTMLInputElement).checked).toBe(false);
  await user.click(text);
  await user.click(screen.getByRole('button', { name: 'Save notification choices' }));
  expect(await screen.findByText('Your notification choices have been saved.')).toBeDefined();
  expect(sent).toEqual([{ ...DEFAULTS, messages: { email: true, sms: true } }]);
  expect(screen.getByText(/so you can act quickly if it was not you/)).toBeDefined();
  expect(screen.queryByRole('checkbox', { name: /security/i })).toBeNull();
});
