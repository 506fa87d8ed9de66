import { Card } from '@marque/ui';
import { Link } from 'react-router';

/** Shown for a credit-only section opened on a lease (hire, not credit: nothing to settle or terminate). */
export function NotForLease({ agreementPath }: { agreementPath: string }) {
  return (
    <Card title="Not available on a lease">
      <p>
        A lease is hire rather than credit, so it has no settlement figure, overpayments or
        voluntary termination.{' '}
        <Link to={`${agreementPath}/end-of-term`}>See what happens at the end of your lease</Link>.
      </p>
    </Card>
  );
}
