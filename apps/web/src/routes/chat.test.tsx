import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { testCustomer } from '../features/security/test-customer.js';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

const HOURS = 'Mon-Fri 08:00-20:00, Sat 09:00-17:00';

describe('chat with us', () => {
  it('leads to a secure message instead when the desk is closed, saying when it opens', async () => {
    renderApp({
      at: '/chat',
      api: {
        auth: { me: () => testCustomer() },
        chat: {
          current: () => null,
          availability: () => ({ available: false, reason: 'closed', hours: HOURS }),
        },
      },
    });
    expect(await screen.findByText(/Live chat is open Mon-Fri 08:00-20:00/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Send a secure message' }).getAttribute('href')).toBe(
      '/messages/new',
    );
    const header = await screen.findByRole('navigation', { name: 'Main' });
    const entry = within(header).getByRole('link', { name: /Chat with us/ });
    expect(entry.getAttribute('href')).toBe('/messages/new');
    expect(entry.textContent).toContain('closed now: send a secure message');
  });

  it('starts a chat with the first message while someone is online', async () => {
    const user = userEvent.setup();
    let started: unknown = null;
    const { calls } = renderApp({
      at: '/chat',
      api: {
        auth: { me: () => testCustomer() },
        chat: {
          current: () => null,
          availability: () => ({ available: true, reason: 'open', hours: HOURS }),
          start: (input) => {
            started = input;
            throw new FakeApiError('CONFLICT', 'Nobody is free to chat just now.');
          },
        },
      },
    });
    const header = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      (await within(header).findByRole('link', { name: 'Chat with us' })).getAttribute('href'),
    ).toBe('/chat');
    await user.click(await screen.findByRole('button', { name: 'Start chat' }));
    expect(await screen.findByRole('alert')).toBeDefined();
    expect(started).toBeNull();
    await user.type(screen.getByLabelText('How can we help?'), 'A payment I do not know');
    await user.click(screen.getByRole('button', { name: 'Start chat' }));
    expect(await screen.findByText('Nobody is free to chat just now.')).toBeDefined();
    expect(started).toEqual({ body: 'A payment I do not know' });
    expect(calls.some((call) => call.path === 'chat.start')).toBe(true);
  });
});
