import { Alert, Spinner } from '@marque/ui';
import { useQuery } from '@tanstack/react-query';
import { useBrand } from '../brand.js';
import { useAgreement } from '../features/agreements/agreement-outlet.js';
import { agreementPath } from '../features/agreements/agreement-sections.js';
import { NotForLease } from '../features/agreements/not-for-lease.js';
import { paidMonthlyInstallments, scheduleTermsFrom } from '../features/agreements/overpayment.js';
import { OverpaymentCalculator } from '../features/agreements/overpayment-calculator.js';
import { useTRPC } from '../trpc.js';

/** The overpayment calculator: shorter term or lower payment, with the new schedule. */
export function Component() {
  const agreement = useAgreement();
  const brand = useBrand();
  const trpc = useTRPC();
  const schedule = useQuery(trpc.agreements.schedule.queryOptions({ agreementId: agreement.id }));
  const { figures } = agreement;
  if (figures.type === 'LEASE') return <NotForLease agreementPath={agreementPath(agreement.id)} />;
  if (schedule.isError) {
    return (
      <Alert tone="error" title="We could not load your payment schedule">
        <p>{schedule.error.message}</p>
      </Alert>
    );
  }
  if (schedule.data === undefined) return <Spinner label="Loading your payment schedule" />;
  return (
    <OverpaymentCalculator
      terms={scheduleTermsFrom(agreement, figures)}
      paidInstallments={paidMonthlyInstallments(schedule.data.installments)}
      monthlyPayment={figures.monthlyPayment}
      currency={agreement.currency}
      supportPhone={brand.support.phone}
    />
  );
}
