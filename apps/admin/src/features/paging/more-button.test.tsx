import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderConsole, signedInAs } from '../../test/render-console.js';

function mail(seq: number) {
  return {
    id: `mail-${String(seq)}`,
    seq,
    to: `person${String(seq)}@example.com`,
    subject: `Message ${String(seq)}`,
    status: 'sent',
    createdAt: '2026-11-03T09:00:00.000Z',
  };
}

describe('showing older pages of a list (the mailbox)', () => {
  it('asks for the page after the last cursor, then offers no more once the list ends', async () => {
    const user = userEvent.setup();
    const { calls } = renderConsole({
      at: '/mailbox',
      answers: {
        'staffAuth.me': () => signedInAs('admin'),
        'mailbox.list': (input) =>
          (input as { before?: number }).before === 7
            ? { delivery: 'outbox_only', messages: [mail(6)], nextCursor: null }
            : { delivery: 'outbox_only', messages: [mail(8), mail(7)], nextCursor: 7 },
      },
    });
    await screen.findByRole('link', { name: 'Message 7' });

    await user.click(screen.getByRole('button', { name: 'Show older messages' }));
    await screen.findByRole('link', { name: 'Message 6' });
    expect(screen.getByRole('link', { name: 'Message 8' })).toBeTruthy();
    expect(calls.filter((call) => call.path === 'mailbox.list').map((call) => call.input)).toEqual([
      { limit: 50 },
      { limit: 50, before: 7 },
    ]);
    expect(screen.queryByRole('button', { name: 'Show older messages' })).toBeNull();
  });
});
