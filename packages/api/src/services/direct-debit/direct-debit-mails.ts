import { formatMoney, type Currency, type IsoDate, type Minor } from '@marque/domain';
import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { Recipient } from '../mail/account-mails.js';
import type { OutgoingMail } from '../mail/mailer.js';
import { directDebitGuarantee } from './direct-debit-guarantee.js';

/** What every Direct Debit message says about the mandate, never more than the last four digits. */
export interface MandateSummary {
  agreementNumber: string;
  accountHolderName: string;
  /** '08-99-99' or the routing number. */
  bankCode: string;
  maskedAccountNumber: string;
  reference: string;
  collectionDay: number;
}

function mandateLines(mandate: MandateSummary): string[] {
  return [
    `Agreement: ${mandate.agreementNumber}`,
    `Account holder: ${mandate.accountHolderName}`,
    `Bank: ${mandate.bankCode}, account ${mandate.maskedAccountNumber}`,
    `Reference on your bank statement: ${mandate.reference}`,
    `Collection day: the ${String(mandate.collectionDay)} of each month (the next working day when that is a weekend or bank holiday)`,
  ];
}

/** Confirms a new or changed mandate with its details and the Guarantee, as the Bacs rules require. */
export function mandateConfirmationMail(
  brand: MailBrand,
  to: Recipient,
  mandate: MandateSummary,
  change: 'set_up' | 'bank_changed' | 'day_changed',
): OutgoingMail {
  const subjects = {
    set_up: 'Your Direct Debit is set up',
    bank_changed: 'Your Direct Debit bank details have changed',
    day_changed: 'Your Direct Debit collection day has changed',
  } as const;
  return composeMail(brand, to.email, {
    subject: subjects[change],
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      'These are the details of your Direct Debit Instruction. We will tell you the amount and date of each payment before we collect it.',
      ...mandateLines(mandate),
    ],
    afterAction: directDebitGuarantee(brand.brandName),
  });
}

/** Advance notice of a collection: amount and date, at least the agreed working days ahead. */
export function advanceNoticeMail(
  brand: MailBrand,
  to: Recipient,
  notice: {
    agreementNumber: string;
    reference: string;
    amount: Minor;
    currency: Currency;
    collectionDate: IsoDate;
    representation: boolean;
  },
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: notice.representation
      ? 'We will try your Direct Debit payment again'
      : 'Your next Direct Debit payment',
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `We will collect ${formatMoney(notice.amount, notice.currency)} by Direct Debit on ${notice.collectionDate} for agreement ${notice.agreementNumber}.`,
      `It will show on your bank statement with the reference ${notice.reference}.`,
    ],
  });
}

/** A collection came back unpaid: the account is in arrears, and whether we will try again. */
export function collectionFailedMail(
  brand: MailBrand,
  to: Recipient,
  failure: {
    agreementNumber: string;
    amount: Minor;
    currency: Currency;
    reason: string;
    retryOn: IsoDate | null;
  },
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: 'Your Direct Debit payment was not made',
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `Your bank returned the Direct Debit payment of ${formatMoney(failure.amount, failure.currency)} for agreement ${failure.agreementNumber} (${failure.reason}). Your account is now in arrears.`,
      failure.retryOn === null
        ? 'We will not collect this payment again by Direct Debit. Please make the payment another way, or call us if you are in financial difficulty.'
        : `We will try to collect it once more on ${failure.retryOn}. You can also pay it now by card or bank transfer.`,
    ],
  });
}

/** The bank ended or refused the mandate: no more collections until the customer acts. */
export function mandateEndedMail(
  brand: MailBrand,
  to: Recipient,
  ended: { agreementNumber: string; reason: string },
): OutgoingMail {
  return composeMail(brand, to.email, {
    subject: 'Your Direct Debit has ended',
    greeting: `Hello ${to.givenName},`,
    paragraphs: [
      `Your bank has told us that the Direct Debit for agreement ${ended.agreementNumber} has ended: ${ended.reason}.`,
      'We will not collect any more payments by Direct Debit. Please set up a new Direct Debit or pay another way, so that your account does not fall into arrears.',
    ],
  });
}
