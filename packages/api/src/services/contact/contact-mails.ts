import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { OutgoingMail } from '../mail/mailer.js';

/**
 * The acknowledgement of a contact-form message. Anyone can type any address into the form, so
 * this repeats nothing they wrote (not even the name): it cannot carry someone else's text to a
 * stranger's inbox.
 */
export function contactAcknowledgementMail(
  brand: MailBrand,
  to: string,
  reference: string,
): OutgoingMail {
  return composeMail(brand, to, {
    subject: `We have received your message (${reference})`,
    greeting: 'Hello,',
    paragraphs: [
      `Thank you for contacting ${brand.brandName}. Your reference is ${reference}.`,
      'A member of our team will reply within two working days. If you did not write to us, you can ignore this e-mail.',
      'If you have an online account, signing in and sending a secure message is the safest way to discuss your agreement.',
    ],
  });
}

/**
 * Staff's answer to a contact-form message. It goes to an address nobody has verified, so staff
 * write nothing about an agreement here until they have checked who they are talking to.
 */
export function contactReplyMail(
  brand: MailBrand,
  to: string,
  reply: { reference: string; body: string },
): OutgoingMail {
  return composeMail(brand, to, {
    subject: `Re: your message to ${brand.brandName} (${reply.reference})`,
    greeting: 'Hello,',
    paragraphs: reply.body.split(/\n{2,}/),
    afterAction: [`Please quote ${reply.reference} if you contact us again about this.`],
  });
}
