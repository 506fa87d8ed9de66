import type { Currency, IsoDate } from '@marque/domain';
import { Card, DateText, Money } from '@marque/ui';
import type { ScheduleLine } from './agreement-api-types.js';
import { installmentStatusText } from './installment-status-text.js';
import { schedulePeriods } from './schedule-periods.js';
import './agreements.css';

/** What a payment other than a monthly one is, written under its date. */
const KIND_TEXT: Readonly<Record<ScheduleLine['kind'], string | null>> = {
  initial_rental: 'Initial rental',
  monthly: null,
  optional_final_payment: 'Optional final payment',
};

function ScheduleTable({
  caption,
  lines,
  currency,
}: {
  caption: string;
  lines: readonly ScheduleLine[];
  currency: Currency;
}) {
  return (
    <table className="mq-table schedule">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Due</th>
          <th scope="col" className="mq-table__number">
            Amount
          </th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.number} className={`schedule__row schedule__row--${line.status}`}>
            <td>{line.number}</td>
            <td>
              <DateText date={line.dueDate} format="short" />
              {KIND_TEXT[line.kind] === null ? null : (
                <span className="schedule__kind">{KIND_TEXT[line.kind]}</span>
              )}
            </td>
            <td className="mq-table__number">
              <Money amount={line.amount} currency={currency} />
            </td>
            <td>
              <span className={`status-tag status-tag--${line.status}`}>
                {installmentStatusText(line.status)}
              </span>
              {line.status === 'part_paid' || (line.status === 'overdue' && line.paid > 0) ? (
                <span className="schedule__paid">
                  {' '}
                  (<Money amount={line.paid} currency={currency} /> paid)
                </span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface PaymentScheduleProps {
  lines: readonly ScheduleLine[];
  currency: Currency;
  /** The next payment the server reports: the line between past and upcoming payments. */
  nextDueDate: IsoDate | null;
}

/** The payment schedule in two parts, what has fallen due and what is to come, each with its status. */
export function PaymentSchedule({ lines, currency, nextDueDate }: PaymentScheduleProps) {
  const { past, upcoming } = schedulePeriods(lines, nextDueDate);
  const paidCount = lines.filter((line) => line.status === 'paid').length;
  return (
    <Card title="Payment schedule">
      <p>
        {paidCount} of {lines.length} payments made.
      </p>
      {upcoming.length > 0 ? (
        <ScheduleTable caption="Payments to come" lines={upcoming} currency={currency} />
      ) : null}
      {past.length > 0 ? (
        <ScheduleTable caption="Payments so far" lines={[...past].reverse()} currency={currency} />
      ) : null}
    </Card>
  );
}
