import type { OutboxRow } from '../../db/account-security-tables.js';

/** One message as the developer mailbox (`npm run mailbox`) prints it: headers, then the text part. */
export function formatMailboxEntry(message: OutboxRow): string {
  return [
    `── ${message.created_at}  [${message.status}]`,
    `To:      ${message.to_address}`,
    `Subject: ${message.subject}`,
    '',
    message.text_body,
    '',
  ].join('\n');
}
