import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { Notification } from '../notifications/notify-customer.js';

/**
 * Tells a paperless customer a statement is waiting online. It carries no figures, no agreement
 * number and no attachment: an e-mail or a text can be read by anyone who sees the screen.
 */
export function statementReadyNotification(
  brand: MailBrand,
  titles: readonly string[],
): Notification {
  const what = titles.length === 1 ? 'A new statement is' : 'New statements are';
  const url = `${brand.publicWebUrl}/documents`;
  return {
    mail: (to) =>
      composeMail(brand, to.email, {
        subject: `Your ${brand.brandName} statement is ready`,
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          `${what} ready to view in your online account: ${titles.join(', ')}.`,
          'Sign in and open Documents to read or download it. We do not attach statements to e-mails.',
        ],
        action: { label: 'View your documents', url },
        afterAction: [
          'You chose paperless statements. You can switch to paper at any time on the Documents page.',
        ],
      }),
    smsText: `${brand.brandName}: ${what.toLowerCase()} ready in your online account. Sign in and open Documents: ${url}`,
  };
}
