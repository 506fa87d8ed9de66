import { formatMoney, type Currency, type IsoDate } from '@marque/domain';
import type { Brand } from '../../../brand/brand.js';
import type { AgreementRow } from '../../../db/customer-agreement-tables.js';
import type { AnnualStatementFigures } from '../annual-statement-figures.js';
import type { DocumentRecipient } from '../document-recipient.js';
import type { StatementFigures } from '../statement-figures.js';
import { periodName } from '../statement-period.js';
import { longDate } from './document-format.js';
import { letterOpening } from './letter-opening.js';
import { PdfWriter, type RenderedPdf } from './pdf-writer.js';

export interface StatementInput {
  brand: Brand;
  recipient: DocumentRecipient;
  agreement: AgreementRow;
  issuedOn: IsoDate;
  createdAt: Date;
}

/** 'Statement for October 2026'. */
export function statementTitle(period: string, locale: string): string {
  return `Statement for ${periodName(period, locale)}`;
}

/** 'Annual statement to October 2026'. */
export function annualStatementTitle(period: string, locale: string): string {
  return `Annual statement to ${periodName(period, locale)}`;
}

function agreementReferences(agreement: AgreementRow): [string, string][] {
  return [
    ['Agreement number', agreement.agreement_number],
    ['Vehicle', `${agreement.vehicle_description} (${agreement.vehicle_registration})`],
  ];
}

/** The monthly statement: summary, every ledger entry of the month, arrears and the next payments. */
export function renderStatement(
  input: StatementInput,
  figures: StatementFigures,
): Promise<RenderedPdf> {
  const { brand, agreement } = input;
  const currency: Currency = agreement.currency;
  const money = (amount: number): string => formatMoney(amount, currency);
  const date = (value: IsoDate): string => longDate(value, brand.locale);
  const writer = new PdfWriter({
    brand,
    title: statementTitle(figures.period, brand.locale),
    subject: `Statement of account for agreement ${agreement.agreement_number}`,
    createdAt: input.createdAt,
  });
  letterOpening(writer, input.recipient, input.issuedOn, brand.locale, [
    ...agreementReferences(agreement),
    ['Statement period', `${date(figures.start)} to ${date(figures.end)}`],
  ]);
  writer.heading('Summary');
  writer.facts([
    [`Balance on ${date(figures.start)}`, money(figures.openingBalance)],
    ['Payments received', money(figures.received)],
    ['Fees and charges', money(figures.charges)],
    [`Balance on ${date(figures.end)}`, money(figures.closingBalance)],
    ['Arrears', money(figures.arrears.amount)],
    ...(figures.credit > 0 ? ([['Credit held for you', money(figures.credit)]] as const) : []),
  ]);
  writer.paragraph(
    'The balance is everything still to pay under the agreement, including payments not yet due.',
    { muted: true },
  );
  writer.heading('Transactions');
  if (figures.entries.length === 0) {
    writer.paragraph('There were no transactions on your account this month.');
  } else {
    writer.table(
      [
        { header: 'Date', width: 0.2 },
        { header: 'Description', width: 0.44 },
        { header: 'Due or charged', width: 0.18, align: 'right' },
        { header: 'Paid', width: 0.18, align: 'right' },
      ],
      figures.entries.map((entry) => [
        date(entry.date),
        entry.reference === null ? entry.description : `${entry.description} (${entry.reference})`,
        entry.side === 'debit' ? money(entry.amount) : '',
        entry.side === 'credit' ? money(entry.amount) : '',
      ]),
    );
  }
  writer.heading('Arrears');
  writer.paragraph(
    figures.arrears.amount === 0
      ? 'Your account is up to date: nothing is overdue.'
      : `${money(figures.arrears.amount)} is overdue from ${String(figures.arrears.installmentsMissed)} missed payment${figures.arrears.installmentsMissed === 1 ? '' : 's'}. Please pay it as soon as you can, or call us on ${brand.support.phone} if you are finding payments difficult: we will help.`,
  );
  writer.heading('Your next payments');
  if (figures.upcoming.length === 0) {
    writer.paragraph('No further payments are due under this agreement.');
  } else {
    writer.table(
      [
        { header: 'Due date', width: 0.5 },
        { header: 'Amount', width: 0.5, align: 'right' },
      ],
      figures.upcoming.map((payment) => [date(payment.dueDate), money(payment.amount)]),
    );
  }
  return writer.finish();
}

/**
 * The Consumer Credit Act 1974 s.77A annual statement for fixed-sum credit: what was paid and fell
 * due in the year, what remains, and the arrears, with the statutory notice about difficulty paying.
 */
export function renderAnnualStatement(
  input: StatementInput,
  period: string,
  figures: AnnualStatementFigures,
): Promise<RenderedPdf> {
  const { brand, agreement } = input;
  const money = (amount: number): string => formatMoney(amount, agreement.currency);
  const date = (value: IsoDate): string => longDate(value, brand.locale);
  const writer = new PdfWriter({
    brand,
    title: annualStatementTitle(period, brand.locale),
    subject: `Annual statement (Consumer Credit Act 1974, section 77A) for agreement ${agreement.agreement_number}`,
    createdAt: input.createdAt,
  });
  letterOpening(writer, input.recipient, input.issuedOn, brand.locale, [
    ...agreementReferences(agreement),
    ['Period covered', `${date(figures.from)} to ${date(figures.to)}`],
  ]);
  writer.paragraph(
    'This is your annual statement under section 77A of the Consumer Credit Act 1974. It shows the payments made and due in the year and what remains to be paid.',
  );
  writer.heading('Your agreement in the year');
  writer.facts([
    ['Amounts paid in the year', money(figures.paidInYear)],
    ['Amounts paid since the start of the agreement', money(figures.paidSinceStart)],
    ['Amounts that fell due in the year', money(figures.dueInYear)],
    [`Arrears on ${date(figures.to)}`, money(figures.arrears.amount)],
    [`Amount remaining to be paid on ${date(figures.to)}`, money(figures.amountRemaining)],
    [
      'Payments still to fall due',
      `${String(figures.paymentsRemaining.count)} totalling ${money(figures.paymentsRemaining.total)}`,
    ],
  ]);
  writer.heading('If you have difficulty paying');
  writer.paragraph(
    'It is important that you make the payments due under your agreement. Missing payments could make obtaining credit more difficult, and we could take legal action to recover what you owe.',
  );
  writer.paragraph(
    `If you are finding it difficult to pay, please call us on ${brand.support.phone} (${brand.support.hours}). Free, independent debt advice is available from MoneyHelper (moneyhelper.org.uk).`,
  );
  return writer.finish();
}
