import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { OutgoingMail } from '../mail/mailer.js';

/** An invitation to the staff console: a single-use link to choose a password (valid 72 hours). */
export function staffInvitationMail(
  brand: MailBrand,
  to: { email: string; displayName: string; username: string; role: string },
  invitedBy: string,
  link: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `You are invited to the ${brand.brandName} staff console`,
    greeting: `Hello ${to.displayName},`,
    paragraphs: [
      `${invitedBy} has invited you to the staff console as ${/^[aeiou]/.test(to.role) ? 'an' : 'a'} ${to.role}. Your username is ${to.username}.`,
      'Follow the link to choose your password. You will then set up an authenticator app, which the console asks for at every sign-in.',
    ],
    action: { label: 'Accept the invitation', url: link },
    afterAction: [
      'The link works once and expires in 72 hours.',
      'If you did not expect this invitation, do not follow the link; tell your administrator.',
    ],
  });
}
