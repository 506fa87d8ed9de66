import { formatMoney, type Currency, type IsoDate, type Minor } from '@marque/domain';
import type { Recipient } from '../mail/account-mails.js';
import { composeMail, type MailBrand } from '../mail/compose-mail.js';
import type { Notification } from './notify-customer.js';

export interface InstalmentNotice {
  agreementNumber: string;
  amount: Minor;
  currency: Currency;
  dueDate: IsoDate;
}

/** "Your payment is due soon": for agreements the customer pays themselves (no Direct Debit). */
export function paymentReminderNotification(
  brand: MailBrand,
  notice: InstalmentNotice,
): Notification {
  const amount = formatMoney(notice.amount, notice.currency);
  return {
    mail: (to: Recipient) =>
      composeMail(brand, to.email, {
        subject: `Your payment of ${amount} is due on ${notice.dueDate}`,
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          `This is a reminder that your payment of ${amount} for agreement ${notice.agreementNumber} is due on ${notice.dueDate}.`,
          'You can pay by card or see our bank details for a transfer when you sign in. If you have already paid, thank you: there is nothing more to do.',
        ],
        action: { label: 'Make a payment', url: `${brand.publicWebUrl}/` },
        afterAction: [
          'You can change which reminders you get, and how, under Notifications in your account.',
        ],
      }),
    smsText: `${brand.brandName}: a payment on your agreement is due on ${notice.dueDate}. Sign in to your account to pay. Ignore this if you have paid.`,
  };
}

/** "We have not received your payment": the working day after an instalment went unpaid. */
export function missedPaymentNotification(
  brand: MailBrand,
  notice: InstalmentNotice,
): Notification {
  const amount = formatMoney(notice.amount, notice.currency);
  return {
    mail: (to: Recipient) =>
      composeMail(brand, to.email, {
        subject: 'We have not received your payment',
        greeting: `Hello ${to.givenName},`,
        paragraphs: [
          `Your payment for agreement ${notice.agreementNumber} was due on ${notice.dueDate}, and ${amount} of it has not reached us. Your account is now in arrears.`,
          'Please pay as soon as you can, by card or bank transfer, to avoid further charges. If you are finding it hard to pay, call us: we are here to help, and talking to us early gives you the most options.',
          'If you paid in the last day or two, thank you: the payment may still be on its way.',
        ],
        action: { label: 'Make a payment', url: `${brand.publicWebUrl}/` },
      }),
    smsText: `${brand.brandName}: we have not received a payment that was due on ${notice.dueDate}. Please sign in to your account to pay, or call us if you need help.`,
  };
}
