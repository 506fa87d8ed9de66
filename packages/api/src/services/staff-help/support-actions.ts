import { UNLOCKED } from '@marque/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import type { AccountWithCustomer } from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import {
  auditStaffAction,
  type AuditDetails,
  type AuditEventName,
  type StaffActor,
} from '../audit/index.js';
import { sendPasswordResetLink } from '../auth/password-reset.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { clearLockouts, saveLockout } from '../lockout/lockout-store.js';
import { twoStepChangedMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { hasConfirmedTotp, removeSecondFactor } from '../mfa/second-factor-store.js';
import { notMeLink } from '../not-me/not-me-link.js';
import { changeContactDetails, type ContactUpdate } from '../profile/contact-details.js';
import { endSessions } from '../sessions/session-store.js';
import { accountOfCustomer, customerOrNotFound } from './customer-record.js';
import { requireRecentVerification } from './identity-verification.js';

type StaffContext = Context & { staff: StaffActor };

/** What every sensitive action is given: whose record, and why (kept in the audit log). */
export interface SupportActionInput {
  customerId: string;
  reason: string;
}

/**
 * The gate every sensitive action passes first: the customer exists, has an online account, and
 * the member acting verified the caller in the last 15 minutes. Returns what the audit entry needs.
 */
async function authorise(
  ctx: StaffContext,
  input: SupportActionInput,
): Promise<{ account: AccountWithCustomer; verificationId: string }> {
  const customer = await customerOrNotFound(ctx.deps.db, input.customerId);
  const verificationId = await requireRecentVerification(ctx, customer.id);
  return { account: await accountOfCustomer(ctx.deps.db, customer.id), verificationId };
}

/** Audits the action against the customer's account, with the check that allowed it and the reason. */
function auditAction(
  ctx: StaffContext,
  account: AccountWithCustomer,
  event: AuditEventName,
  allowed: { verificationId: string; reason: string },
  details: AuditDetails = {},
): Promise<void> {
  return auditStaffAction(ctx, {
    event,
    customerId: account.customer_id,
    accountId: account.id,
    details: {
      ...details,
      by: 'staff',
      verificationId: allowed.verificationId,
      reason: allowed.reason,
    },
  });
}

/**
 * Lets the customer sign in again: clears every lockout counter of the account (password, second
 * step and each device's), or one counter named by its key. Nothing else on the record is touched:
 * no profile field, no password, no session (Keycloak's unlock wiped profile fields; this must not).
 * A "this wasn't me" block is not lifted: that needs the customer's own password reset.
 */
export async function unlockCustomer(
  ctx: StaffContext,
  input: SupportActionInput & { counter?: string | undefined },
): Promise<{ countersCleared: number }> {
  const { account, verificationId } = await authorise(ctx, input);
  const { db } = ctx.deps;
  const countersCleared =
    input.counter === undefined
      ? await clearLockouts(db, account.id)
      : Number(
          (
            await db
              .deleteFrom('lockouts')
              .where('account_id', '=', account.id)
              .where('key', '=', input.counter)
              .executeTakeFirst()
          ).numDeletedRows,
        );
  if (countersCleared === 0) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'There is nothing to unlock: sign-in is not paused for this customer.',
    });
  }
  await auditAction(
    ctx,
    account,
    'account.unlocked',
    { verificationId, reason: input.reason },
    {
      counter: input.counter ?? 'all',
      countersCleared,
    },
  );
  return { countersCleared };
}

/**
 * Resets two-step verification for a customer who lost their authenticator: the secret and the
 * recovery codes go and the second-step lockout clears; the customer can sign in with the password
 * and set up a new app. Passkeys stay (they are not on the lost phone's authenticator app).
 */
export async function resetCustomerTwoFactor(
  ctx: StaffContext,
  input: SupportActionInput,
): Promise<{ status: 'reset' }> {
  const { account, verificationId } = await authorise(ctx, input);
  const { db, clock, config, mailer } = ctx.deps;
  if (!(await hasConfirmedTotp(db, account.id))) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: 'Two-step verification is not on for this customer.',
    });
  }
  const now = clock();
  // The factor goes first (in its own transaction): a failure after it leaves only a stale counter.
  await removeSecondFactor(db, account.id);
  await saveLockout(db, { kind: 'mfa', accountId: account.id }, UNLOCKED, now);
  await auditAction(ctx, account, 'mfa.reset_by_staff', { verificationId, reason: input.reason });
  await mailer.send(
    twoStepChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      'disabled',
      now,
      await notMeLink(db, config.publicWebUrl, account.id, 'two_step_changed', now),
    ),
  );
  return { status: 'reset' };
}

/**
 * Sends the customer a password-reset link to the address on file, through the same single-use,
 * 30-minute link as a reset they ask for themselves. Staff never see or set a password.
 */
export async function sendCustomerPasswordReset(
  ctx: StaffContext,
  input: SupportActionInput,
): Promise<{ status: 'sent' }> {
  const { account, verificationId } = await authorise(ctx, input);
  const token = randomToken(32);
  await sendPasswordResetLink(
    ctx.deps,
    account,
    { token, tokenHash: sha256Hex(token) },
    ctx.deps.clock(),
  );
  await auditAction(ctx, account, 'password.reset_requested', {
    verificationId,
    reason: input.reason,
  });
  return { status: 'sent' };
}

/** Signs the customer out on every device (a lost phone, a shared computer). */
export async function endCustomerSessions(
  ctx: StaffContext,
  input: SupportActionInput,
): Promise<{ sessionsEnded: number }> {
  const { account, verificationId } = await authorise(ctx, input);
  const sessionsEnded = await endSessions(ctx.deps.db, account.id);
  await auditAction(
    ctx,
    account,
    'sessions.ended_by_staff',
    { verificationId, reason: input.reason },
    { sessionsEnded },
  );
  return { sessionsEnded };
}

/**
 * Changes the customer's phone, address or e-mail as they ask on the phone, through the customer's
 * own change: a new e-mail address takes effect only when its link is followed, and the alert goes
 * to the address on file.
 */
export async function changeCustomerContact(
  ctx: StaffContext,
  input: SupportActionInput & ContactUpdate,
): Promise<{ status: 'updated'; emailChangePending: boolean }> {
  const { account, verificationId } = await authorise(ctx, input);
  return changeContactDetails(
    ctx,
    account,
    { phone: input.phone, address: input.address, email: input.email },
    (event, details) =>
      auditAction(ctx, account, event, { verificationId, reason: input.reason }, details),
  );
}
