import {
  mandateAfterBacsReason,
  type BacsReasonEffect,
  type CollectionEffect,
  type MandateEffect,
} from '../direct-debit/bacs-reason-codes.js';
import {
  transitionMandate,
  type MandateState,
  type MandateTransitionResult,
} from '../direct-debit/mandate-state.js';

/** An ACH return reason code and what it does here, in the same terms as a Bacs reason code. */
export interface AchReturnCode {
  readonly code: string;
  readonly description: string;
  readonly effect: BacsReasonEffect;
}

function returned(
  code: string,
  description: string,
  mandate: MandateEffect,
  collection: CollectionEffect,
  holdCollections = false,
): AchReturnCode {
  return { code, description, effect: { mandate, collection, holdCollections } };
}

/**
 * The ACH return reason codes a consumer debit (PPD) comes back with (NACHA Operating Rules,
 * Appendix Four) and their effect. Only R01 and R09 (funds) may be presented again; an account
 * that is closed, missing, invalid or frozen fails the authorization; the consumer revoking it or
 * calling the debit unauthorized cancels it; a stop payment holds collections until they are
 * contacted. A returned prenote (amount 0) carries the same codes.
 */
export const ACH_RETURN_CODES: readonly AchReturnCode[] = [
  returned('R01', 'Insufficient funds', 'none', 'failed_retry_allowed'),
  returned('R02', 'Account closed', 'fail', 'failed_no_retry'),
  returned('R03', 'No account, or unable to locate the account', 'fail', 'failed_no_retry'),
  returned('R04', 'Invalid account number', 'fail', 'failed_no_retry'),
  returned('R05', 'Unauthorized debit to a consumer account', 'cancel', 'failed_no_retry'),
  returned('R07', 'Authorization revoked by the customer', 'cancel', 'failed_no_retry'),
  returned('R08', 'Payment stopped by the customer', 'none', 'failed_no_retry', true),
  returned('R09', 'Uncollected funds', 'none', 'failed_retry_allowed'),
  returned('R10', 'Customer advises the debit was not authorized', 'cancel', 'failed_no_retry'),
  returned('R16', 'Account frozen', 'fail', 'failed_no_retry'),
  returned('R20', 'Non-transaction account', 'fail', 'failed_no_retry'),
  returned('R29', 'Corporate customer advises not authorized', 'cancel', 'failed_no_retry'),
];

const BY_CODE: ReadonlyMap<string, AchReturnCode> = new Map(
  ACH_RETURN_CODES.map((row) => [row.code, row]),
);

/** The meaning of an ACH return reason code, or undefined for a code not listed. */
export function achReturnCode(code: string): AchReturnCode | undefined {
  return BY_CODE.get(code.trim().toUpperCase());
}

/**
 * The authorization's state once a return is applied. A code that fails the authorization (the
 * account is closed, missing or frozen) fails one still being tested by its prenote, and cancels
 * one already active: the account it names can no longer be debited.
 */
export function mandateAfterAchReturn(
  state: MandateState,
  reason: AchReturnCode,
): MandateTransitionResult {
  if (state === 'active' && reason.effect.mandate === 'fail') {
    return transitionMandate(state, 'cancel');
  }
  return mandateAfterBacsReason(state, reason);
}
