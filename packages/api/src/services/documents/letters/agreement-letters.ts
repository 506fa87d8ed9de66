import { formatMoney, type IsoDate } from '@marque/domain';
import type { AgreementDetail } from '../../agreements/agreement-detail.js';
import { longDate } from '../pdf/document-format.js';
import type { LetterContent } from '../pdf/letter-pdf.js';

const TYPE_NAMES = {
  HP: 'Hire purchase agreement',
  PCP: 'Personal contract purchase (hire purchase) agreement',
  LEASE: 'Vehicle hire (contract hire) agreement',
} as const;

function references(detail: AgreementDetail): [string, string][] {
  return [
    ['Agreement number', detail.agreementNumber],
    ['Vehicle', `${detail.vehicle.description} (${detail.vehicle.registration})`],
  ];
}

/**
 * The agreement as signed, preceded by the pre-contract information (SECCI for credit, its hire
 * equivalent for a lease): the parties, the goods, and the figures the customer agreed to.
 */
export function creditAgreementContent(
  detail: AgreementDetail,
  lender: string,
  locale: string,
): LetterContent {
  const money = (amount: number): string => formatMoney(amount, detail.currency);
  const date = (value: IsoDate): string => longDate(value, locale);
  const { figures } = detail;
  const keyFacts: [string, string][] =
    figures.type === 'LEASE'
      ? [
          ['Monthly rental', money(figures.monthlyRental)],
          [
            'Initial rental',
            `${money(figures.initialRental)} (${String(figures.initialRentalMonths)} monthly rentals)`,
          ],
          ['Term', `${String(detail.termMonths)} months`],
          ['Total amount payable', money(figures.totalAmountPayable)],
          [
            'Annual mileage allowance',
            `${figures.mileage.annualAllowance.toLocaleString(locale)} miles`,
          ],
          ['Excess mileage charge', `${money(figures.mileage.excessRate)} a mile`],
        ]
      : [
          ['Cash price', money(figures.cashPrice)],
          ['Deposit', money(figures.deposit)],
          ['Amount of credit', money(figures.amountOfCredit)],
          ['Rate of interest (fixed)', `${figures.annualRatePercent.toFixed(2)}% a year`],
          ['APR (representative of this agreement)', `${figures.apr.toFixed(1)}% APR`],
          ['Monthly payment', money(figures.monthlyPayment)],
          ['Term', `${String(detail.termMonths)} months`],
          ['Total charge for credit', money(figures.totalChargeForCredit)],
          ['Option to purchase fee', money(figures.optionToPurchaseFee)],
          ...(figures.optionalFinalPayment === null
            ? []
            : ([['Optional final payment', money(figures.optionalFinalPayment)]] as [
                string,
                string,
              ][])),
          ['Total amount payable', money(figures.totalAmountPayable)],
        ];
  const credit = figures.type !== 'LEASE';
  return {
    title: TYPE_NAMES[detail.type],
    subject: `${TYPE_NAMES[detail.type]} ${detail.agreementNumber} with pre-contract information`,
    references: references(detail),
    greeting:
      'This document sets out the information we gave you before you signed, and the agreement itself.',
    sections: [
      {
        heading: credit ? 'Pre-contract credit information' : 'Pre-contract information',
        paragraphs: [
          `Lender: ${lender}. Supplier: ${detail.dealerName}.`,
          credit
            ? 'The goods stay ours until every payment under the agreement, including any option to purchase fee, has been made.'
            : 'The vehicle is hired to you and never becomes yours; you return it at the end of the hire.',
        ],
        facts: keyFacts,
      },
      {
        heading: 'Payments',
        facts: [
          ['First payment', date(detail.firstPaymentDate)],
          ['Agreement starts', date(detail.startDate)],
          ['Agreement ends', date(detail.endDate)],
        ],
      },
      {
        heading: 'Your rights',
        paragraphs: credit
          ? [
              'Withdrawal: you may withdraw from this agreement within 14 days of the day after it was made, by telling us and repaying the credit with interest for the days it was outstanding.',
              'Early settlement: you may settle early at any time; you will receive a rebate of interest as set by the Consumer Credit (Early Settlement) Regulations 2004. Ask us for a settlement figure.',
              'Voluntary termination: you may end the agreement by returning the vehicle once you have paid half of the total amount payable (section 99 of the Consumer Credit Act 1974).',
            ]
          : [
              'Early termination: you may ask to end the hire early; we will tell you the amount payable on termination.',
              'Condition: the vehicle should be returned in good condition allowing for fair wear and tear, and within the mileage allowance.',
            ],
      },
    ],
  };
}

/** The welcome letter sent once an agreement is set up: where things are and what happens next. */
export function welcomeLetterContent(
  detail: AgreementDetail,
  lender: string,
  publicWebUrl: string,
  locale: string,
): LetterContent {
  const money = (amount: number): string => formatMoney(amount, detail.currency);
  return {
    title: `Welcome to ${lender}`,
    subject: `Welcome letter for agreement ${detail.agreementNumber}`,
    references: references(detail),
    sections: [
      {
        paragraphs: [
          `Thank you for choosing ${lender} to finance your ${detail.vehicle.description}, supplied by ${detail.dealerName}. Your agreement is now set up.`,
          `Your regular monthly payment is ${money(detail.regularPayment)} and the first payment is due on ${longDate(detail.firstPaymentDate, locale)}.`,
          `Manage your agreement online at ${publicWebUrl}: see your balance and payment schedule, pay, set up a Direct Debit, download statements and send us a secure message.`,
          'Please keep this letter and your agreement for your records.',
        ],
      },
    ],
  };
}
