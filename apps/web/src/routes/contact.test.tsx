import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FakeApiError } from '../test/fake-api.js';
import { renderApp } from '../test/render-app.js';

describe('the contact form', () => {
  it('works signed out and gives the case reference', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderApp({
      at: '/contact',
      api: {
        contact: {
          submit: (input) => {
            sent.push(input);
            return { reference: 'C-7K2M9Q4X' };
          },
        },
      },
    });
    await user.type(await screen.findByLabelText('Your name'), 'Sam Carter');
    await user.type(screen.getByLabelText('E-mail address'), 'sam@example.com');
    await user.type(screen.getByLabelText('Phone number'), '07700 900123');
    await user.type(screen.getByLabelText('Your message'), 'Please call me.');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thank you for your message' }),
    ).toBeDefined();
    expect(screen.getByText('Your reference is C-7K2M9Q4X')).toBeDefined();
    expect(sent).toEqual([
      {
        name: 'Sam Carter',
        email: 'sam@example.com',
        phone: '07700 900123',
        message: 'Please call me.',
      },
    ]);
  });

  it('lists what is missing, and says when to try again after too many messages', async () => {
    const user = userEvent.setup();
    renderApp({
      at: '/contact',
      api: {
        contact: {
          submit: () => {
            throw new FakeApiError(
              'TOO_MANY_REQUESTS',
              'Too many attempts. Please wait 40 minutes and try again.',
              {
                retryAfterSeconds: 2400,
              },
            );
          },
        },
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Send message' }));
    expect(await screen.findByText('Enter your name.', { selector: 'a' })).toBeDefined();
    expect(screen.getByText('Write your message.', { selector: 'a' })).toBeDefined();

    await user.type(screen.getByLabelText('Your name'), 'Sam Carter');
    await user.type(screen.getByLabelText('E-mail address'), 'sam@example.com');
    await user.type(screen.getByLabelText('Phone number'), '07700 900123');
    await user.type(screen.getByLabelText('Your message'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByRole('alert')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toMatch(/Too many attempts/);
  });

  it('is linked from the footer and the help page', async () => {
    renderApp({ at: '/help' });
    await screen.findByRole('heading', { level: 1, name: 'Help with signing in' });
    const links = screen.getAllByRole('link', { name: /send us a message/i });
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/contact', '/contact']);
  });
});
