import type { OutboxRow } from '../../db/account-security-tables.js';

/**
 * One message as the developer mailbox (`npm run mailbox`) prints it: headers, then the text part.
 * A text message kept in the outbox is marked SMS and has no subject.
 */
export function formatMailboxEntry(message: OutboxRow): string {
  const sms = message.channel === 'sms';
  return [
    `── ${message.created_at}  [${message.status}]${sms ? '  SMS' : ''}`,
    `To:      ${message.to_address}`,
    ...(sms ? [] : [`Subject: ${message.subject}`]),
    '',
    message.text_body,
    '',
  ].join('\n');
}
