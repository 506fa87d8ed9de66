import {
  onboardingPreview,
  onboardingTermsInput,
  type OnboardAgreementForm,
  type OnboardingPreview,
} from '@marque/schemas';
import type { Currency } from '@marque/domain';
import { DateText, Money } from '@marque/ui';
import { useMemo, type ReactNode } from 'react';

/** Instalments shown in full before the table jumps to the last ones. */
const FIRST_ROWS = 3;

type Terms = Pick<
  OnboardAgreementForm,
  | 'product'
  | 'startDate'
  | 'firstPaymentDate'
  | 'termMonths'
  | 'cashPrice'
  | 'deposit'
  | 'ratePercent'
  | 'rateBasis'
  | 'optionToPurchaseFee'
  | 'optionalFinalPayment'
  | 'annualMileageAllowance'
  | 'excessMileageRate'
  | 'monthlyRental'
  | 'initialRentalMonths'
>;

export type PreviewState =
  { ready: true; preview: OnboardingPreview } | { ready: false; missing: string };

/** The schedule the terms typed so far make, by the same domain code the API creates it with. */
export function usePreview(terms: Terms, currency: Currency): PreviewState {
  return useMemo(() => {
    const parsed = onboardingTermsInput.safeParse(terms);
    if (!parsed.success) {
      return { ready: false, missing: parsed.error.issues[0]?.message ?? 'Complete the terms.' };
    }
    const priced = onboardingPreview(parsed.data, { agreementNumber: 'NEW', currency });
    if (!priced.ok) return { ready: false, missing: Object.values(priced.fieldErrors)[0] ?? '' };
    return { ready: true, preview: priced.preview };
  }, [terms, currency]);
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="preview-figure">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The live preview beside the form: the headline figures and the schedule's first and last rows. */
export function SchedulePreview({ state, currency }: { state: PreviewState; currency: Currency }) {
  if (!state.ready) {
    return (
      <p className="muted" role="status">
        The schedule appears here as the terms are filled in. Next: {state.missing}
      </p>
    );
  }
  const { preview } = state;
  const rows = preview.installments;
  const shown =
    rows.length <= FIRST_ROWS + 2 ? rows : [...rows.slice(0, FIRST_ROWS), ...rows.slice(-2)];
  const money = (amount: number) => <Money amount={amount} currency={currency} />;
  return (
    <div role="status" aria-live="polite" aria-atomic="false">
      <dl className="preview-figures">
        <Figure label={preview.agreement.type === 'LEASE' ? 'Monthly rental' : 'Monthly payment'}>
          {money(preview.monthlyPayment)}
        </Figure>
        {preview.apr === null ? null : <Figure label="APR">{preview.apr.toFixed(1)} %</Figure>}
        {preview.annualRatePercent === null ? null : (
          <Figure label="Interest rate (fixed, per year)">
            {preview.annualRatePercent.toFixed(2)} %
          </Figure>
        )}
        {preview.amountOfCredit === null ? null : (
          <Figure label="Amount of credit">{money(preview.amountOfCredit)}</Figure>
        )}
        {preview.totalChargeForCredit === null ? null : (
          <Figure label="Total charge for credit">{money(preview.totalChargeForCredit)}</Figure>
        )}
        <Figure label="Total amount payable">{money(preview.totalAmountPayable)}</Figure>
      </dl>
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Payment schedule preview"
      >
        <table className="data-table preview-table">
          <caption>
            Payment schedule: {rows.length} payments
            {rows.length > shown.length ? ' (first and last shown)' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Due</th>
              <th scope="col">Amount</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.number}>
                <th scope="row">{row.number}</th>
                <td className="nowrap">
                  <DateText date={row.dueDate} format="short" />
                </td>
                <td className="nowrap">{money(row.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
