import { lockStatus, type Market } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import { accountActivity, type ActivityItem } from '../activity/account-activity.js';
import type { StaffActor } from '../audit/index.js';
import { listCustomerDocuments, type CustomerDocument } from '../documents/customer-documents.js';
import { loadLockout } from '../lockout/lockout-store.js';
import { customerThreads } from '../messages/customer-threads.js';
import type { ThreadSummary } from '../messages/thread-view.js';
import { describeDevice } from '../sessions/device-description.js';
import { liveSessions, type SessionSummary } from '../sessions/session-list.js';
import { customerOrNotFound, lastPaymentReceived } from './customer-record.js';
import {
  currentVerification,
  verificationQuestions,
  type VerificationQuestion,
} from './identity-verification.js';
import { maskedAgreementNumber, postcodeArea } from './masked-answers.js';

type StaffContext = Context & { staff: StaffActor };

/** One lockout counter of the account: the password's, the second step's, or a trusted device's. */
export interface LockoutView {
  /** The key to clear just this counter with. */
  key: string;
  kind: 'account' | 'mfa' | 'device';
  /** The device's browser and system, for a device counter. */
  device: string | null;
  /** Failures since the counter last locked or was cleared (a lock restarts the count). */
  failures: number;
  /** Temporary locks so far: the policy makes the next lock permanent after a few. */
  temporaryLockouts: number;
  locked: boolean;
  /** Null while locked for good (until a password reset or staff unlock). */
  lockedUntil: string | null;
  permanent: boolean;
}

export interface CustomerView {
  id: string;
  name: string;
  market: Market;
  customerSince: string;
  email: string;
  phone: string;
  town: string;
  /** Shown in full only while the member's check of the caller is current; the area otherwise. */
  postcode: string;
  /** Null until the caller is verified: the date of birth is an identity question. */
  dateOfBirth: string | null;
  addressLines: string[] | null;
  agreements: {
    id: string;
    number: string;
    type: string;
    status: string;
    vehicle: string;
  }[];
  account: {
    id: string;
    username: string;
    email: string;
    emailVerified: boolean;
    createdAt: string;
    passwordChangedAt: string;
    twoFactor: boolean;
    passkeys: number;
    /** Set when the customer reported "this wasn't me": sign-in waits for a password reset. */
    signInBlockedAt: string | null;
    flaggedAt: string | null;
    flagReason: string | null;
    locked: boolean;
    lockouts: LockoutView[];
    sessions: SessionSummary[];
    signInHistory: ActivityItem[];
  } | null;
  verification: {
    questions: VerificationQuestion[];
    current: { id: string; at: string; validUntil: string } | null;
    recent: { id: string; at: string; outcome: 'passed' | 'failed'; staffName: string }[];
  };
  documents: CustomerDocument[];
  messages: ThreadSummary[];
}

const SIGN_IN_HISTORY_LENGTH = 20;

function counterKind(key: string): LockoutView['kind'] {
  if (key.startsWith('device:')) return 'device';
  return key.startsWith('mfa:') ? 'mfa' : 'account';
}

/** Every lockout counter of the account, as the domain's policy reads it now. */
async function lockoutsOf(ctx: StaffContext, accountId: string, now: Date): Promise<LockoutView[]> {
  const { db, config } = ctx.deps;
  const [rows, devices] = await Promise.all([
    db
      .selectFrom('lockouts')
      .select('key')
      .where('account_id', '=', accountId)
      .orderBy('key')
      .execute(),
    db
      .selectFrom('devices')
      .select(['id', 'user_agent'])
      .where('account_id', '=', accountId)
      .execute(),
  ]);
  const views: LockoutView[] = [];
  for (const row of rows) {
    const kind = counterKind(row.key);
    const state = await loadLockout(
      db,
      kind === 'device'
        ? { kind, accountId, deviceId: row.key.slice('device:'.length) }
        : { kind, accountId },
    );
    const status = lockStatus(state, now, config.lockoutPolicy);
    views.push({
      key: row.key,
      kind,
      device:
        kind === 'device'
          ? describeDevice(
              devices.find((device) => `device:${device.id}` === row.key)?.user_agent ?? null,
            )
          : null,
      failures: state.failures,
      temporaryLockouts: state.temporaryLockouts,
      locked: status.locked,
      lockedUntil: status.locked && status.until !== null ? status.until.toISOString() : null,
      permanent: state.permanent,
    });
  }
  return views;
}

/**
 * Everything staff see about a customer: profile, agreements, the online account's security state
 * (lockouts per counter, sessions, sign-in history, "this wasn't me" flag), documents and message
 * threads, and the identity check. The answers to the identity questions (date of birth, full
 * postcode and address, agreement numbers) stay hidden until this member's check of the caller is
 * current, so the agent never reads them out before the caller has said them.
 */
export async function customerView(ctx: StaffContext, customerId: string): Promise<CustomerView> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const customer = await customerOrNotFound(db, customerId);
  const current = await currentVerification(db, ctx.staff.id, customer.id, now);
  const revealed = current !== null;
  const [agreements, accountRow, recent, lastPayment, documents, messages] = await Promise.all([
    db
      .selectFrom('agreements')
      .select([
        'id',
        'agreement_number',
        'type',
        'status',
        'vehicle_description',
        'vehicle_registration',
      ])
      .where('customer_id', '=', customer.id)
      .orderBy('start_date')
      .orderBy('agreement_number')
      .execute(),
    db.selectFrom('accounts').selectAll().where('customer_id', '=', customer.id).executeTakeFirst(),
    db
      .selectFrom('identity_verifications')
      .innerJoin('staff', 'staff.id', 'identity_verifications.staff_id')
      .select([
        'identity_verifications.id',
        'identity_verifications.created_at',
        'identity_verifications.outcome',
        'staff.display_name',
      ])
      .where('identity_verifications.customer_id', '=', customer.id)
      .orderBy('identity_verifications.created_at', 'desc')
      .limit(5)
      .execute(),
    lastPaymentReceived(db, customer.id),
    listCustomerDocuments(db, customer.id),
    customerThreads(db, customer.id),
  ]);

  let account: CustomerView['account'] = null;
  if (accountRow !== undefined) {
    const [totp, passkeys, lockouts, sessions, history] = await Promise.all([
      db
        .selectFrom('totp')
        .select('confirmed_at')
        .where('account_id', '=', accountRow.id)
        .executeTakeFirst(),
      db
        .selectFrom('passkeys')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('account_id', '=', accountRow.id)
        .executeTakeFirstOrThrow(),
      lockoutsOf(ctx, accountRow.id, now),
      liveSessions(db, accountRow.id, now, null),
      accountActivity(db, accountRow.id, { limit: SIGN_IN_HISTORY_LENGTH }),
    ]);
    account = {
      id: accountRow.id,
      username: accountRow.username,
      email: accountRow.email,
      emailVerified: accountRow.email_verified_at !== null,
      createdAt: accountRow.created_at,
      passwordChangedAt: accountRow.password_changed_at,
      twoFactor: totp?.confirmed_at != null,
      passkeys: passkeys.count,
      signInBlockedAt: accountRow.signin_blocked_at,
      flaggedAt: accountRow.staff_flagged_at,
      flagReason: accountRow.staff_flag_reason,
      locked: lockouts.some((lockout) => lockout.locked),
      lockouts,
      sessions,
      signInHistory: history.items,
    };
  }

  return {
    id: customer.id,
    name: [customer.title, customer.given_name, customer.family_name].filter(Boolean).join(' '),
    market: config.market,
    customerSince: customer.created_at,
    email: customer.email,
    phone: customer.phone,
    town: customer.town,
    postcode: revealed ? customer.postcode : postcodeArea(customer.postcode),
    dateOfBirth: revealed ? customer.date_of_birth : null,
    addressLines: revealed
      ? [customer.address_line1, customer.address_line2].filter(
          (line): line is string => line !== null,
        )
      : null,
    agreements: agreements.map((row) => ({
      id: row.id,
      number: revealed ? row.agreement_number : maskedAgreementNumber(row.agreement_number),
      type: row.type,
      status: row.status,
      vehicle: `${row.vehicle_description} (${row.vehicle_registration})`,
    })),
    account,
    verification: {
      questions: verificationQuestions(config.market, lastPayment !== null),
      current,
      recent: recent.map((row) => ({
        id: row.id,
        at: row.created_at,
        outcome: row.outcome,
        staffName: row.display_name,
      })),
    },
    documents,
    messages,
  };
}
