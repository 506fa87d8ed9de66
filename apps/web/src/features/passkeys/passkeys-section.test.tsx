import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../../test/fake-api.js';
import { renderApp } from '../../test/render-app.js';
import { testCustomer } from '../security/test-customer.js';

const PHONE = {
  id: 'passkey-1',
  name: 'My phone',
  createdAt: '2026-11-20T09:30:00.000Z',
  lastUsedAt: null,
  synced: true,
};

describe('passkeys on the security page', () => {
  it('lists each passkey with when it was added and last used', async () => {
    renderApp({
      at: '/security',
      api: {
        auth: { me: () => testCustomer() },
        sessions: { list: () => [] },
        activity: { list: () => ({ items: [], nextCursor: null }) },
        passkeys: {
          list: () => ({
            passkeys: [
              PHONE,
              { ...PHONE, id: 'passkey-2', name: 'Laptop', lastUsedAt: '2026-11-22T18:05:00.000Z' },
            ],
          }),
        },
      },
    });
    const section = await screen.findByRole('region', { name: 'Passkeys' });
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^My phoneAdded 20 Nov 2026, \d\d:30 · not used yet/),
      expect.stringMatching(/^LaptopAdded 20 Nov 2026, \d\d:30 · last used 22 Nov 2026, \d\d:05/),
    ]);
  });

  it("renames a passkey, showing the API's message under the name", async () => {
    const user = userEvent.setup();
    let name = 'My phone';
    const { calls } = renderApp({
      at: '/security',
      api: {
        auth: { me: () => testCustomer() },
        sessions: { list: () => [] },
        activity: { list: () => ({ items: [], nextCursor: null }) },
        passkeys: {
          list: () => ({ passkeys: [{ ...PHONE, name }] }),
          rename: (input) => {
            if (input.name === 'Taken') {
              throw new FakeApiError('BAD_REQUEST', 'Please check the highlighted details.', {
                fieldErrors: { name: 'Choose another name.' },
              });
            }
            name = input.name;
            return { passkey: { ...PHONE, name } };
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Rename My phone' }));
    const field = screen.getByLabelText('New name for "My phone"');
    await user.clear(field);
    await user.type(field, 'Taken');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Choose another name.')).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'Work phone');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByText('Passkey renamed "Work phone".');
    expect(calls.filter((call) => call.path === 'passkeys.rename').at(-1)?.input).toEqual({
      passkeyId: 'passkey-1',
      name: 'Work phone',
    });
  });

  it('removes a passkey only after asking, and after the password when the API wants it', async () => {
    const user = userEvent.setup();
    let recentlyAuthenticated = false;
    let passkeys = [PHONE];
    const { calls } = renderApp({
      at: '/security',
      api: {
        auth: {
          me: () => testCustomer(),
          reauthenticate: () => {
            recentlyAuthenticated = true;
            return { status: 'reauthenticated' };
          },
        },
        sessions: { list: () => [] },
        activity: { list: () => ({ items: [], nextCursor: null }) },
        passkeys: {
          list: () => ({ passkeys }),
          remove: () => {
            if (!recentlyAuthenticated) {
              throw new FakeApiError('FORBIDDEN', 'Please enter your password again.', {
                reauthenticationRequired: true,
              });
            }
            passkeys = [];
            return { status: 'removed' };
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Remove My phone' }));
    expect(calls.some((call) => call.path === 'passkeys.remove')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Remove passkey' }));
    const heading = await screen.findByRole('heading', { name: 'Enter your password to continue' });
    const prompt = within(heading.closest('dialog') ?? document.body);
    await user.type(prompt.getByLabelText('Password', { exact: true }), 'Drive-Safely-2026');
    await user.click(prompt.getByRole('button', { name: 'Continue' }));
    await screen.findByText(
      'Passkey "My phone" removed. It can no longer sign in to your account.',
    );
    await waitFor(() => {
      expect(screen.getByText('You have no passkeys yet.')).toBeTruthy();
    });
  });
});
