import type { Currency, Minor } from '@marque/domain';
import { Card, DateText, Money, useLocale } from '@marque/ui';
import type { ReactNode } from 'react';
import type { AgreementDetail, CreditFigures, LeaseFigures } from './agreement-api-types.js';
import './agreements.css';

interface Term {
  label: string;
  value: ReactNode;
}

function money(amount: Minor, currency: Currency): ReactNode {
  return <Money amount={amount} currency={currency} />;
}

function percent(value: number): string {
  return `${value.toFixed(1)}%`;
}

function miles(value: number, locale: string): string {
  return `${value.toLocaleString(locale)} miles`;
}

function creditTerms(figures: CreditFigures, currency: Currency, locale: string): Term[] {
  const terms: Term[] = [
    { label: 'Cash price', value: money(figures.cashPrice, currency) },
    { label: 'Deposit', value: money(figures.deposit, currency) },
    { label: 'Amount of credit', value: money(figures.amountOfCredit, currency) },
    { label: 'Monthly payment', value: money(figures.monthlyPayment, currency) },
    { label: 'APR', value: percent(figures.apr) },
    { label: 'Interest rate (fixed, a year)', value: percent(figures.annualRatePercent) },
    { label: 'Total charge for credit', value: money(figures.totalChargeForCredit, currency) },
    { label: 'Total amount payable', value: money(figures.totalAmountPayable, currency) },
    { label: 'Option to purchase fee', value: money(figures.optionToPurchaseFee, currency) },
  ];
  if (figures.optionalFinalPayment !== null) {
    terms.push({
      label: 'Optional final payment',
      value: money(figures.optionalFinalPayment, currency),
    });
  }
  if (figures.mileage !== null) {
    terms.push(
      { label: 'Annual mileage allowance', value: miles(figures.mileage.annualAllowance, locale) },
      {
        label: 'Excess mileage charge',
        value: <>{money(figures.mileage.excessRate, currency)} a mile</>,
      },
    );
  }
  return terms;
}

function leaseTerms(figures: LeaseFigures, currency: Currency, locale: string): Term[] {
  return [
    { label: 'Monthly rental', value: money(figures.monthlyRental, currency) },
    {
      label: 'Initial rental',
      value: (
        <>
          {money(figures.initialRental, currency)} ({figures.initialRentalMonths} monthly rentals)
        </>
      ),
    },
    { label: 'Total of all rentals', value: money(figures.totalAmountPayable, currency) },
    { label: 'Annual mileage allowance', value: miles(figures.mileage.annualAllowance, locale) },
    {
      label: 'Excess mileage charge',
      value: <>{money(figures.mileage.excessRate, currency)} a mile</>,
    },
  ];
}

/** Every term of the agreement as it was disclosed: the vehicle, the dates and the figures. */
export function AgreementTerms({ agreement }: { agreement: AgreementDetail }) {
  const { currency, figures } = agreement;
  const locale = useLocale();
  const terms: Term[] = [
    { label: 'Agreement number', value: agreement.agreementNumber },
    {
      label: 'Vehicle',
      value: `${agreement.vehicle.description} (${agreement.vehicle.registration})`,
    },
    { label: 'Dealer', value: agreement.dealerName },
    { label: 'Start date', value: <DateText date={agreement.startDate} /> },
    { label: 'First payment', value: <DateText date={agreement.firstPaymentDate} /> },
    { label: 'End date', value: <DateText date={agreement.endDate} /> },
    {
      label: figures.type === 'LEASE' ? 'Length of hire' : 'Term',
      value: `${String(agreement.termMonths)} months`,
    },
    ...(figures.type === 'LEASE'
      ? leaseTerms(figures, currency, locale)
      : creditTerms(figures, currency, locale)),
  ];
  return (
    <Card title="Your agreement's terms">
      <dl className="terms">
        {terms.map((term) => (
          <div className="terms__row" key={term.label}>
            <dt>{term.label}</dt>
            <dd>{term.value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
