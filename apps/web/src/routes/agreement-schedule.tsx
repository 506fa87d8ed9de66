import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { PaymentSchedule } from '../features/agreements/payment-schedule.js';
import { useTRPC } from '../trpc.js';

/** The payment schedule: past and upcoming instalments with their status. */
export function Component() {
  const agreement = useAgreement();
  const trpc = useTRPC();
  const schedule = useQuery(trpc.agreements.schedule.queryOptions({ agreementId: agreement.id }));
  if (schedule.isError) {
    return (
      <Alert tone="error" title="We could not load your payment schedule">
        <p>{schedule.error.message}</p>
      </Alert>
    );
  }
  if (schedule.data === undefined) return <Spinner label="Loading your payment schedule" />;
  return (
    <PaymentSchedule
      lines={schedule.data.installments}
      currency={schedule.data.currency}
      nextDueDate={agreement.position.nextPayment?.dueDate ?? null}
    />
  );
}
