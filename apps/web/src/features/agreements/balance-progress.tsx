import { Money, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId } from 'react';
import { useTRPC } from '../../trpc.js';
import type { AgreementSummary } from './agreement-api-types.js';
import { balanceOverTime } from './balance-over-time.js';
import './agreements.css';

// recharts is the heaviest thing on the dashboard: it loads after the figures, in its own chunk.
const BalanceChart = lazy(() => import('./balance-chart.js'));

/** Progress to payoff: paid against everything payable, and the balance over time as a chart. */
export function BalanceProgress({ agreement }: { agreement: AgreementSummary }) {
  const trpc = useTRPC();
  const schedule = useQuery(trpc.agreements.schedule.queryOptions({ agreementId: agreement.id }));
  const captionId = useId();
  const { paid, total } = agreement.position.progress;
  const percent = total === 0 ? 100 : Math.floor((paid * 100) / total);
  return (
    <figure className="progress" aria-labelledby={captionId}>
      <figcaption id={captionId} className="progress__caption">
        <Money amount={paid} currency={agreement.currency} /> paid of{' '}
        <Money amount={total} currency={agreement.currency} /> ({percent}%)
      </figcaption>
      <progress
        className="progress__bar"
        value={paid}
        max={Math.max(total, 1)}
        aria-labelledby={captionId}
      />
      {schedule.data === undefined ? null : (
        <Suspense fallback={<Spinner label="Loading the chart" />}>
          <BalanceChart
            points={balanceOverTime(agreement.startDate, schedule.data.installments)}
            currency={agreement.currency}
          />
        </Suspense>
      )}
    </figure>
  );
}
