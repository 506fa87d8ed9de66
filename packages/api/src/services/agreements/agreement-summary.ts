import type { AgreementType, Currency, IsoDate, Minor } from '@marque/domain';
import type { AgreementStatus } from '../../db/customer-agreement-tables.js';
import { accountPosition, type AccountPosition } from './account-position.js';
import type { AgreementRecord } from './agreement-queries.js';

/** One agreement on the customer's dashboard. */
export interface AgreementSummary {
  id: string;
  agreementNumber: string;
  type: AgreementType;
  status: AgreementStatus;
  currency: Currency;
  vehicle: { description: string; registration: string };
  dealerName: string;
  startDate: IsoDate;
  termMonths: number;
  /** The level monthly payment (HP, PCP) or monthly rental (lease). */
  regularPayment: Minor;
  position: AccountPosition;
}

/** The dashboard figures of an agreement on `today`, from its stored schedule and ledger. */
export function summariseAgreement(record: AgreementRecord, today: IsoDate): AgreementSummary {
  const { row, agreement, schedule, ledger } = record;
  const firstMonthly = schedule.find((installment) => installment.kind === 'monthly');
  return {
    id: row.id,
    agreementNumber: row.agreement_number,
    type: agreement.type,
    status: row.status,
    currency: agreement.currency,
    vehicle: { description: row.vehicle_description, registration: row.vehicle_registration },
    dealerName: row.dealer_name,
    startDate: agreement.startDate,
    termMonths: agreement.termMonths,
    regularPayment: firstMonthly?.amount ?? 0,
    position: accountPosition(schedule, ledger, today),
  };
}
