import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { Recipient } from '../mail/account-mails.js';
import type { Notification } from '../notifications/notify-customer.js';

/**
 * "You have a new secure message": no subject, no text, no sender's name, since e-mail and text
 * messages are not a safe place for account details; the customer signs in to read it.
 */
export function messageWaitingNotification(brand: MailBrand): Notification {
  return {
    mail: (to: Recipient) =>
      composeMail(brand, to.email, {
        subject: `You have a new secure message from ${brand.brandName}`,
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          'There is a new message waiting for you in your secure inbox. For your security we do not include it in this e-mail.',
        ],
        action: { label: 'Sign in to read it', url: `${brand.publicWebUrl}/messages` },
      }),
    smsText: `${brand.brandName}: you have a new secure message. Sign in to your account to read it.`,
  };
}
