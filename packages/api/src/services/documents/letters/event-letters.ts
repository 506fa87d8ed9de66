import { formatMoney, type Currency, type IsoDate, type Minor } from '@marque/domain';
import { longDate } from '../pdf/document-format.js';
import type { LetterContent } from '../pdf/letter-pdf.js';

/** The settlement figure the customer asked for, as the Early Settlement Regulations 2004 require it in writing. */
export function settlementQuoteLetterContent(
  quote: {
    agreementNumber: string;
    currency: Currency;
    requestDate: IsoDate;
    settlementDate: IsoDate;
    amount: Minor;
    rebate: Minor;
    arrears: Minor;
  },
  locale: string,
): LetterContent {
  const money = (amount: number): string => formatMoney(amount, quote.currency);
  const date = (value: IsoDate): string => longDate(value, locale);
  return {
    title: 'Your settlement figure',
    subject: `Settlement quotation for agreement ${quote.agreementNumber}`,
    references: [['Agreement number', quote.agreementNumber]],
    sections: [
      {
        paragraphs: [
          `Thank you for asking on ${date(quote.requestDate)} how much it would cost to settle your agreement early.`,
        ],
        facts: [
          ['Settlement figure', money(quote.amount)],
          ['Valid until', date(quote.settlementDate)],
          ['Rebate of charges included', money(quote.rebate)],
          ['Arrears included in the figure', money(quote.arrears)],
        ],
      },
      {
        paragraphs: [
          `The figure settles the agreement if we receive it by ${date(quote.settlementDate)} and nothing else is paid before then. It is calculated under the Consumer Credit (Early Settlement) Regulations 2004.`,
          'Any payment made before the settlement date, including a Direct Debit, reduces the figure. This quotation is not a request for payment.',
        ],
      },
    ],
  };
}

/** Confirms in writing that sign-in was paused, and how to get back in safely. */
export function lockoutLetterContent(
  lockout: { until: Date | null; reason: 'passwords' | 'codes' },
  phone: string,
  locale: string,
): LetterContent {
  const cause =
    lockout.reason === 'codes'
      ? 'several incorrect two-step verification codes'
      : 'several unsuccessful sign-in attempts';
  const until =
    lockout.until === null
      ? 'It stays paused until you reset your password or call us.'
      : `It will start again automatically after ${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(lockout.until)} UTC.`;
  return {
    title: 'Online sign-in paused',
    subject: 'Sign-in to your online account was paused',
    references: [],
    sections: [
      {
        paragraphs: [
          `We paused sign-in to your online account after ${cause}. ${until}`,
          'You can reset your password at any time from the sign-in page.',
          `If you did not try to sign in, someone else may know your username. Reset your password and call us on ${phone}.`,
        ],
      },
    ],
  };
}

export type DirectDebitChange = 'set_up' | 'bank_changed' | 'day_changed' | 'cancelled';

const DIRECT_DEBIT_TITLES: Readonly<Record<DirectDebitChange, string>> = {
  set_up: 'Your Direct Debit is set up',
  bank_changed: 'Your Direct Debit bank details have changed',
  day_changed: 'Your Direct Debit collection day has changed',
  cancelled: 'Your Direct Debit is cancelled',
};

/** Written confirmation of a Direct Debit Instruction set up, changed or cancelled (Bacs rules). */
export function directDebitLetterContent(
  change: DirectDebitChange,
  mandate: {
    agreementNumber: string;
    accountHolderName: string;
    bankCode: string;
    maskedAccountNumber: string;
    reference: string;
    collectionDay: number;
  },
  guarantee: readonly string[],
): LetterContent {
  const cancelled = change === 'cancelled';
  return {
    title: DIRECT_DEBIT_TITLES[change],
    subject: `${DIRECT_DEBIT_TITLES[change]}: agreement ${mandate.agreementNumber}`,
    references: [['Agreement number', mandate.agreementNumber]],
    sections: [
      {
        paragraphs: [
          cancelled
            ? 'As you asked, we have cancelled your Direct Debit Instruction. We will collect nothing more under it; please pay your remaining instalments another way.'
            : 'These are the details of your Direct Debit Instruction. We will tell you the amount and date of each payment before we collect it.',
        ],
        facts: [
          ['Account holder', mandate.accountHolderName],
          ['Bank', `${mandate.bankCode}, account ${mandate.maskedAccountNumber}`],
          ['Reference on your bank statement', mandate.reference],
          ...(cancelled
            ? []
            : ([['Collection day', `The ${String(mandate.collectionDay)} of each month`]] as [
                string,
                string,
              ][])),
        ],
      },
      ...(cancelled ? [] : [{ heading: 'The Direct Debit Guarantee', paragraphs: guarantee }]),
    ],
  };
}
