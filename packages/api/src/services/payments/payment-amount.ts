import type { IsoDate, Minor } from '@marque/domain';
import { accountPosition } from '../agreements/account-position.js';
import type { AgreementRecord } from '../agreements/agreement-queries.js';
import { settlementFor } from '../agreements/settlement.js';

/** What a customer may pay towards an agreement today. */
export interface PaymentAmounts {
  /** The arrears when there are any, else the next payment; null when nothing is due. */
  suggested: Minor | null;
  /**
   * The most a payment may be: the early settlement figure for credit (a payment beyond it would
   * overpay the agreement), everything still to pay under a lease (hire has no settlement figure).
   */
  maximum: Minor;
}

/**
 * The amount rules for a payment: arrears first (CONC 7 expects arrears to be cleared before
 * anything else), otherwise the next instalment, never more than what settles the agreement.
 */
export function paymentAmounts(record: AgreementRecord, today: IsoDate): PaymentAmounts {
  const position = accountPosition(record.schedule, record.ledger, today);
  const suggestedAmount =
    position.arrears.amount > 0 ? position.arrears.amount : (position.nextPayment?.amount ?? 0);
  const settlement = settlementFor(record, today, false);
  const maximum = settlement.available ? settlement.amount : position.balanceOutstanding;
  return {
    suggested: suggestedAmount > 0 ? Math.min(suggestedAmount, maximum) : null,
    maximum,
  };
}
