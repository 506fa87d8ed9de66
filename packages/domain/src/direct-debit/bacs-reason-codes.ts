import {
  transitionMandate,
  type MandateEvent,
  type MandateState,
  type MandateTransitionResult,
} from './mandate-state.js';

/**
 * The Bacs report a reason code arrives on: AUDDIS returns a new instruction we lodged, ADDACS
 * amends or cancels a lodged instruction, ARUDD returns a Direct Debit unpaid.
 */
export type BacsReport = 'AUDDIS' | 'ADDACS' | 'ARUDD';

/** What a code does to the mandate: a MandateEvent to apply, new bank details to record, or nothing. */
export type MandateEffect =
  Extract<MandateEvent, 'fail' | 'cancel' | 'reinstate'> | 'update_details' | 'none';

/** What a code does to the collection it reports (AUDDIS and ADDACS report on no collection). */
export type CollectionEffect = 'none' | 'failed_retry_allowed' | 'failed_no_retry';

export interface BacsReasonEffect {
  readonly mandate: MandateEffect;
  readonly collection: CollectionEffect;
  /** Collect nothing more on this mandate until the payer has been contacted and it is resolved. */
  readonly holdCollections: boolean;
}

export interface BacsReasonCode {
  readonly code: string;
  readonly scheme: BacsReport;
  readonly description: string;
  readonly effect: BacsReasonEffect;
}

function reason(
  scheme: BacsReport,
  code: string,
  description: string,
  mandate: MandateEffect,
  collection: CollectionEffect = 'none',
  holdCollections = false,
): BacsReasonCode {
  return { code, scheme, description, effect: { mandate, collection, holdCollections } };
}

/**
 * The reason codes of the Bacs Direct Debit reports (Bacs Service User Guide) and what each does
 * here. AUDDIS rejects the instruction we lodged, so the mandate fails, unless the payer or their
 * bank had cancelled it. Only ARUDD 0 (refer to payer) may be re-presented, within one month of the
 * original processing day; every other unpaid code needs the payer, new details or a new mandate.
 */
export const BACS_REASON_CODES: readonly BacsReasonCode[] = [
  reason('AUDDIS', '1', 'Instruction cancelled by payer', 'cancel'),
  reason('AUDDIS', '2', 'Payer deceased', 'cancel'),
  reason('AUDDIS', '3', 'Account transferred to another bank: a new instruction is needed', 'fail'),
  reason('AUDDIS', '5', 'No account: account number not recognised at the paying bank', 'fail'),
  reason('AUDDIS', '6', 'No instruction held on the paying bank’s database', 'fail'),
  reason('AUDDIS', '7', 'Instruction amount not zero', 'fail'),
  reason('AUDDIS', 'B', 'Account closed', 'fail'),
  reason(
    'AUDDIS',
    'C',
    'Account transferred to a different branch: new details supplied, keep collecting',
    'update_details',
  ),
  reason('AUDDIS', 'F', 'Invalid account type: no Direct Debits on this kind of account', 'fail'),
  reason('AUDDIS', 'G', 'Bank will not accept Direct Debits on this account', 'fail'),
  reason('AUDDIS', 'H', 'Instruction has expired', 'fail'),
  reason('AUDDIS', 'I', 'Payer reference is not unique', 'fail'),
  reason('AUDDIS', 'K', 'Instruction cancelled by paying bank', 'cancel'),
  reason('AUDDIS', 'L', 'Incorrect payer’s account details', 'fail'),
  reason('AUDDIS', 'M', 'Transaction code / user status incompatible', 'fail'),
  reason('AUDDIS', 'N', 'Transaction disallowed at payer’s branch', 'fail'),
  reason('AUDDIS', 'O', 'Invalid reference', 'fail'),
  reason('AUDDIS', 'P', 'Payer’s name not present', 'fail'),
  reason('AUDDIS', 'Q', 'Service user’s name is blank', 'fail'),

  reason('ADDACS', '0', 'Instruction cancelled by the paying bank: refer to payer', 'cancel'),
  reason('ADDACS', '1', 'Instruction cancelled by payer', 'cancel'),
  reason('ADDACS', '2', 'Payer deceased', 'cancel'),
  reason(
    'ADDACS',
    '3',
    'Account transferred to a new bank or building society: new details supplied',
    'update_details',
  ),
  reason('ADDACS', 'B', 'Account closed', 'cancel'),
  reason(
    'ADDACS',
    'C',
    'Account transferred to a different branch: new details supplied',
    'update_details',
  ),
  reason('ADDACS', 'D', 'Advance notice disputed by payer', 'none', 'none', true),
  reason('ADDACS', 'E', 'Instruction amended by the paying bank', 'update_details'),
  reason('ADDACS', 'R', 'Instruction reinstated by the paying bank', 'reinstate'),

  reason(
    'ARUDD',
    '0',
    'Refer to payer (usually insufficient funds)',
    'none',
    'failed_retry_allowed',
  ),
  reason('ARUDD', '1', 'Instruction cancelled by payer or their bank', 'cancel', 'failed_no_retry'),
  reason('ARUDD', '2', 'Payer deceased', 'cancel', 'failed_no_retry'),
  reason(
    'ARUDD',
    '3',
    'Account transferred to another bank: collect again only under new details or a new instruction',
    'none',
    'failed_no_retry',
    true,
  ),
  reason(
    'ARUDD',
    '4',
    'Advance notice disputed: the payer countermanded this payment',
    'none',
    'failed_no_retry',
    true,
  ),
  reason('ARUDD', '5', 'No account (or wrong account type)', 'cancel', 'failed_no_retry'),
  reason('ARUDD', '6', 'No instruction held at the paying bank', 'cancel', 'failed_no_retry'),
  reason('ARUDD', '7', 'Amount differs from the advance notice', 'none', 'failed_no_retry'),
  reason('ARUDD', '8', 'Amount not yet due', 'none', 'failed_no_retry'),
  reason('ARUDD', '9', 'Presentation overdue', 'none', 'failed_no_retry'),
  reason(
    'ARUDD',
    'A',
    'Service user differs from the one on the instruction',
    'none',
    'failed_no_retry',
  ),
  reason('ARUDD', 'B', 'Account closed', 'cancel', 'failed_no_retry'),
];

const BY_REPORT_AND_CODE: ReadonlyMap<string, BacsReasonCode> = new Map(
  BACS_REASON_CODES.map((row) => [`${row.scheme}:${row.code}`, row]),
);

/** The meaning of a reason code on a Bacs report, or undefined for a code that report does not use. */
export function bacsReasonCode(scheme: BacsReport, code: string): BacsReasonCode | undefined {
  return BY_REPORT_AND_CODE.get(`${scheme}:${code.trim().toUpperCase()}`);
}

/**
 * The mandate's state once a reason code is applied: unchanged for `none` and new bank details.
 * An ACH return code has the same effects, so it moves an ACH authorization the same way.
 */
export function mandateAfterBacsReason(
  state: MandateState,
  reason: Pick<BacsReasonCode, 'effect'>,
): MandateTransitionResult {
  const { mandate } = reason.effect;
  if (mandate === 'none' || mandate === 'update_details') return { ok: true, state };
  return transitionMandate(state, mandate);
}
