export * from './account-mails.js';
export { composeMail, mailBrandOf, type MailBrand, type MailContent } from './compose-mail.js';
export { createMailer } from './create-mailer.js';
export { escapeHtml } from './html-escape.js';
export type { Mailer, OutgoingMail } from './mailer.js';
export { latestMail } from './outbox-reader.js';
export { OutboxMailer } from './outbox-mailer.js';
export { SmtpMailer } from './smtp-mailer.js';
export { formatMailboxEntry } from './mailbox-format.js';
