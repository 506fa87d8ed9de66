import { formatMoney, type Currency, type Minor } from '@marque/domain';

export interface MoneyProps {
  /** Integer minor units (pence, cents). */
  amount: Minor;
  currency: Currency;
  className?: string;
}

/** An amount formatted for its currency's market (the domain's formatMoney: £1,234.56, $1,234.56). */
export function Money({ amount, currency, className }: MoneyProps) {
  return (
    <span className={className ? `mq-money ${className}` : 'mq-money'}>
      {formatMoney(amount, currency)}
    </span>
  );
}
