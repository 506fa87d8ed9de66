import type { Market } from '@marque/domain';
import { directDebitGuarantee } from '../direct-debit/direct-debit-guarantee.js';
import type { Recipient } from '../mail/account-mails.js';
import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { OutgoingMail } from '../mail/mailer.js';

/** What the customer's own bank can do about a collection taken in error, by market. */
function bankRole(brand: MailBrand, market: Market | null): string[] {
  if (market === null) return [];
  if (market === 'US') {
    return [
      'If an autopay payment was taken without your authorization or for the wrong amount, your bank can also return it to you: tell your bank promptly, and within 60 days of the statement that shows it.',
    ];
  }
  // The Guarantee's own words on errors: the refund comes from the bank, at once.
  const onErrors = directDebitGuarantee(brand.brandName)[3] ?? '';
  return [
    onErrors,
    'You can ask your bank or building society for that refund at any time; we will still look into what happened.',
  ];
}

/**
 * The acknowledgement of a reported problem: its reference and what happens next, but neither the
 * transaction nor what the customer wrote, since e-mail is no place for account details. A Direct
 * Debit taken in error also gets the Guarantee's promise of a refund from the customer's bank (in
 * the US, the bank's part in returning an unauthorised ACH debit).
 */
export function transactionCaseAcknowledgementMail(
  brand: MailBrand,
  to: Recipient,
  report: { reference: string; directDebitError: Market | null },
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `We have received your report (${report.reference})`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `Thank you for telling us about a transaction on your account. Your reference is ${report.reference}.`,
      'We will look into it and aim to reply within five working days. You can follow it in your secure messages.',
      ...bankRole(brand, report.directDebitError),
    ],
    action: { label: 'Sign in to follow it', url: `${brand.publicWebUrl}/messages` },
  });
}

/** A reported problem has been decided: the customer signs in to read the outcome. */
export function transactionCaseDecidedMail(
  brand: MailBrand,
  to: Recipient,
  reference: string,
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: `An update on your report (${reference})`,
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `We have finished looking into the transaction you reported (${reference}). For your security we do not include the details in this e-mail.`,
    ],
    action: { label: 'Sign in to read it', url: `${brand.publicWebUrl}/messages` },
  });
}
