import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { OutgoingMail } from '../mail/mailer.js';

/**
 * Tells a paperless customer a statement is waiting online. It carries no figures, no agreement
 * number and no attachment: an e-mail can be read by anyone with access to the mailbox.
 */
export function statementReadyMail(
  brand: MailBrand,
  to: { email: string; givenName: string },
  titles: readonly string[],
): OutgoingMail {
  const what = titles.length === 1 ? 'A new statement is' : 'New statements are';
  return composeMail(brand, to.email, {
    subject: `Your ${brand.brandName} statement is ready`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `${what} ready to view in your online account: ${titles.join(', ')}.`,
      'Sign in and open Documents to read or download it. We do not attach statements to e-mails.',
    ],
    action: { label: 'View your documents', url: `${brand.publicWebUrl}/documents` },
    afterAction: [
      'You chose paperless statements. You can switch to paper at any time on the Documents page.',
    ],
  });
}
