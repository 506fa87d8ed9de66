import { lockStatus, recordSuccess, type LockoutState } from '@marque/domain';
import type { Context } from '../../trpc/context.js';
import type { AccountWithCustomer } from '../accounts/account-store.js';
import { recipientOf } from '../accounts/personal-info.js';
import { auditRequest } from '../audit/index.js';
import { issueLockoutLetter } from '../documents/event-documents.js';
import {
  countLockoutFailure,
  loadLockout,
  saveLockout,
  type LockoutKey,
} from '../lockout/lockout-store.js';
import { accountLockedMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';

/**
 * Counts a failed password or code against one lockout counter (the domain's progressive policy).
 * When this failure starts a lock, the lock is audited and — unless it only locks one trusted
 * device, whose owner is the one typing — the customer is e-mailed.
 */
export async function countFailure(
  ctx: Context,
  account: AccountWithCustomer,
  key: LockoutKey,
): Promise<void> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  const { state, startedLock } = await countLockoutFailure(db, key, now, config.lockoutPolicy);
  const after = lockStatus(state, now, config.lockoutPolicy);
  if (!startedLock || !after.locked) return;
  await auditRequest(ctx, {
    event: 'account.locked',
    actorType: 'system',
    customerId: account.customer_id,
    accountId: account.id,
    details: {
      counter: key.kind,
      until: after.until === null ? null : after.until.toISOString(),
      permanent: after.until === null,
    },
  });
  if (key.kind !== 'device') {
    await mailer.send(
      accountLockedMail(
        mailBrandOf(config),
        recipientOf(account),
        after.until,
        key.kind === 'mfa' ? 'codes' : 'passwords',
      ),
    );
    // Rendered off the request path: the answer that starts a lock must take no longer than any
    // other wrong password, or its timing would tell an attacker the account exists.
    issueLockoutLetter(ctx.deps, {
      customerId: account.customer_id,
      accountId: account.id,
      lockedAt: now,
      until: after.until,
      reason: key.kind === 'mfa' ? 'codes' : 'passwords',
    }).catch((error: unknown) => {
      ctx.deps.logger.error({ err: error }, 'the lockout letter was not issued');
    });
  }
}

/** Clears a counter after a success, writing only when there was something to clear. */
export async function clearFailures(
  ctx: Context,
  key: LockoutKey,
  state: LockoutState,
): Promise<void> {
  if (state.failures === 0 && state.temporaryLockouts === 0 && !state.permanent) return;
  await saveLockout(ctx.deps.db, key, recordSuccess(state), ctx.deps.clock());
}

/** The counter's state and whether it refuses sign-in now. */
export async function lockoutOf(
  ctx: Context,
  key: LockoutKey,
): Promise<
  { state: LockoutState; locked: false } | { state: LockoutState; locked: true; until: Date | null }
> {
  const state = await loadLockout(ctx.deps.db, key);
  const status = lockStatus(state, ctx.deps.clock(), ctx.deps.config.lockoutPolicy);
  return { state, ...status };
}
