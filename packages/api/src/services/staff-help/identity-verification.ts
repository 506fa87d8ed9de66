import { identityMatches, type IdentityRecord, type Market } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { CustomerRow } from '../../db/customer-agreement-tables.js';
import type { Database } from '../../db/schema.js';
import type { Context } from '../../trpc/context.js';
import { auditStaffAction, type StaffActor } from '../audit/index.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { instant, secondsAfter } from '../time/instant.js';
import { customerOrNotFound, lastPaymentReceived } from './customer-record.js';

type StaffContext = Context & { staff: StaffActor };

/** How long a passed check lets the member who did it take sensitive actions for that customer. */
export const VERIFICATION_VALID_SECONDS = 15 * 60;

export type VerificationQuestion =
  'agreementNumber' | 'dateOfBirth' | 'postcode' | 'ssnLast4' | 'lastPaymentAmount';

/** What the caller said, as the agent typed it; null or '' for an answer the caller could not give. */
export interface CallerAnswers {
  agreementNumber: string;
  dateOfBirth: string;
  postcode: string;
  ssnLast4: string;
  lastPaymentAmount: number | null;
}

export interface VerificationResult {
  verificationId: string;
  outcome: 'passed' | 'failed';
  /** Until when sensitive actions are allowed; null when the check failed. */
  validUntil: string | null;
}

/** The questions for this customer: the market's identity check, and the last payment once there is one. */
export function verificationQuestions(market: Market, hasPaid: boolean): VerificationQuestion[] {
  return [
    'agreementNumber',
    'dateOfBirth',
    market === 'UK' ? 'postcode' : 'ssnLast4',
    ...(hasPaid ? (['lastPaymentAmount'] as const) : []),
  ];
}

/** The identity record of one of the customer's agreements, in the market's shape. */
function recordOf(market: Market, customer: CustomerRow, agreementNumber: string): IdentityRecord {
  return market === 'UK'
    ? {
        market,
        agreementNumber,
        dateOfBirth: customer.date_of_birth,
        postcode: customer.postcode,
      }
    : {
        market,
        accountNumber: agreementNumber,
        ssnLast4: customer.ssn_last4 ?? '',
        dateOfBirth: customer.date_of_birth,
      };
}

/**
 * Whether one answer matches the record: the record with that one field replaced by the answer,
 * compared by the domain's identityMatches, so each answer is normalised as at registration and
 * compared in constant time.
 */
function answerMatches(record: IdentityRecord, field: string, answer: string): boolean {
  return identityMatches({ ...record, [field]: answer }, record);
}

/**
 * Compares what the caller said with the record, on the server: the agent never sees the answers.
 * The agreement number may be any of the customer's (every one is compared, none skipped). Only the
 * outcome and which questions matched are kept and audited; the agent is told the outcome alone,
 * so a caller guessing cannot learn which answer was wrong. Checks per customer are rate-limited.
 */
export async function verifyCaller(
  ctx: StaffContext,
  input: { customerId: string; answers: CallerAnswers },
): Promise<VerificationResult> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const customer = await customerOrNotFound(db, input.customerId);
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `identity:staff:${customer.id}`,
    config.rateLimits.identityPerAgreement,
    now,
  );
  const agreements = await db
    .selectFrom('agreements')
    .select('agreement_number')
    .where('customer_id', '=', customer.id)
    .execute();
  const lastPayment = await lastPaymentReceived(db, customer.id);
  const market = config.market;
  const numberField = market === 'UK' ? 'agreementNumber' : 'accountNumber';
  const records = agreements.map((row) => recordOf(market, customer, row.agreement_number));
  const [anyRecord] = records;
  const { answers } = input;

  const checks: Partial<Record<VerificationQuestion, boolean>> = {};
  let agreementMatched = false;
  for (const record of records) {
    agreementMatched =
      answerMatches(record, numberField, answers.agreementNumber) || agreementMatched;
  }
  checks.agreementNumber = agreementMatched;
  checks.dateOfBirth =
    anyRecord !== undefined && answerMatches(anyRecord, 'dateOfBirth', answers.dateOfBirth);
  if (market === 'UK') {
    checks.postcode =
      anyRecord !== undefined && answerMatches(anyRecord, 'postcode', answers.postcode);
  } else {
    checks.ssnLast4 =
      anyRecord !== undefined && answerMatches(anyRecord, 'ssnLast4', answers.ssnLast4);
  }
  if (lastPayment !== null) checks.lastPaymentAmount = answers.lastPaymentAmount === lastPayment;
  const outcome = Object.values(checks).every(Boolean) ? 'passed' : 'failed';

  const id = crypto.randomUUID();
  await db
    .insertInto('identity_verifications')
    .values({
      id,
      customer_id: customer.id,
      staff_id: ctx.staff.id,
      outcome,
      checks: JSON.stringify(checks),
      created_at: instant(now),
    })
    .execute();
  await auditStaffAction(ctx, {
    event: outcome === 'passed' ? 'customer.identity_verified' : 'customer.identity_not_verified',
    customerId: customer.id,
    details: {
      verificationId: id,
      asked: Object.keys(checks).join(','),
      notMatched: Object.entries(checks)
        .filter(([, matched]) => !matched)
        .map(([question]) => question)
        .join(','),
    },
  });
  return {
    verificationId: id,
    outcome,
    validUntil: outcome === 'passed' ? secondsAfter(now, VERIFICATION_VALID_SECONDS) : null,
  };
}

/**
 * The member's latest check of this customer within the last 15 minutes, if it passed: a later
 * failed check cancels an earlier pass (the caller on the line now did not pass).
 */
export async function currentVerification(
  db: Kysely<Database>,
  staffId: string,
  customerId: string,
  now: Date,
): Promise<{ id: string; at: string; validUntil: string } | null> {
  const latest = await db
    .selectFrom('identity_verifications')
    .select(['id', 'outcome', 'created_at'])
    .where('customer_id', '=', customerId)
    .where('staff_id', '=', staffId)
    .where('created_at', '>', secondsAfter(now, -VERIFICATION_VALID_SECONDS))
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (latest?.outcome !== 'passed') return null;
  return {
    id: latest.id,
    at: latest.created_at,
    validUntil: secondsAfter(new Date(latest.created_at), VERIFICATION_VALID_SECONDS),
  };
}

/**
 * The check that allows a sensitive action: passed, by the member acting, for this customer, in the
 * last 15 minutes. Anything else is refused before the action touches the record.
 */
export async function requireRecentVerification(
  ctx: StaffContext,
  customerId: string,
): Promise<string> {
  const verification = await currentVerification(
    ctx.deps.db,
    ctx.staff.id,
    customerId,
    ctx.deps.clock(),
  );
  if (verification === null) {
    throw new TRPCError({
      code: 'PRECONDITION_FAILED',
      message:
        "Verify the caller's identity first: this needs a passed check by you in the last 15 minutes.",
    });
  }
  return verification.id;
}
