import { expect, it } from 'vitest';
import { formatMailboxEntry } from './mailbox-format.js';

it('prints a mailbox entry as its time, status, recipient, subject and plain-text part', () => {
  const text = formatMailboxEntry({
    seq: 1,
    id: 'm1',
    to_address: 'jane@example.com',
    subject: 'Your username',
    text_body: 'It is jane.doe',
    html_body: '<p>It is jane.doe</p>',
    status: 'stored',
    error: null,
    created_at: '2026-11-23T12:00:00.000Z',
    sent_at: null,
    channel: 'email',
  });
  expect(text).toBe(
    '── 2026-11-23T12:00:00.000Z  [stored]\nTo:      jane@example.com\nSubject: Your username\n\nIt is jane.doe\n',
  );
});

it('marks a text message kept in the outbox as SMS, with the phone number and no subject', () => {
  const text = formatMailboxEntry({
    seq: 2,
    id: 'm2',
    to_address: '07700 900123',
    subject: 'Text message',
    text_body: 'You have a new secure message.',
    html_body: '',
    status: 'stored',
    error: null,
    created_at: '2026-11-23T12:00:00.000Z',
    sent_at: null,
    channel: 'sms',
  });
  expect(text).toBe(
    '── 2026-11-23T12:00:00.000Z  [stored]  SMS\nTo:      07700 900123\n\nYou have a new secure message.\n',
  );
});
