import type { Context, SessionInfo } from '../../trpc/context.js';
import { fieldError } from '../../trpc/field-errors.js';
import { findAccountById, type AccountWithCustomer } from '../accounts/account-store.js';
import { personalInfoOf, recipientOf } from '../accounts/personal-info.js';
import { auditRequest } from '../audit/index.js';
import { assertAcceptablePassword } from '../credentials/acceptable-password.js';
import { hashPassword, verifyPassword } from '../credentials/password-hash.js';
import { passwordChangedMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { endSessions, markReauthenticated } from '../sessions/session-store.js';
import { instant } from '../time/instant.js';

type SignedInContext = Context & { session: SessionInfo };

/**
 * Checks the signed-in customer's password (rate limited per account, so a stolen session cannot
 * be used to guess it) and returns the account; a wrong one is a field error on `field`.
 */
async function provePassword(
  ctx: SignedInContext,
  password: string,
  field: string,
): Promise<AccountWithCustomer> {
  const { db, clock, config } = ctx.deps;
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `password-check:${ctx.session.accountId}`,
    config.rateLimits.passwordCheckPerAccount,
    clock(),
  );
  const account = await findAccountById(db, ctx.session.accountId);
  if (account === undefined || !(await verifyPassword(account.password_hash, password))) {
    await auditRequest(ctx, {
      event: 'password.reauthentication_failed',
      actorType: 'customer',
      actorId: ctx.session.accountId,
      customerId: ctx.session.customerId,
      accountId: ctx.session.accountId,
    });
    throw fieldError({ [field]: 'That is not your current password.' });
  }
  return account;
}

/** Re-authentication: the password again marks this session as recently authenticated (10 minutes). */
export async function reauthenticate(
  ctx: SignedInContext,
  input: { password: string },
): Promise<{ status: 'reauthenticated' }> {
  const account = await provePassword(ctx, input.password, 'password');
  await markReauthenticated(ctx.deps.db, ctx.session.id, ctx.deps.clock());
  await auditRequest(ctx, {
    event: 'password.reauthenticated',
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
  });
  return { status: 'reauthenticated' };
}

/**
 * Changes the password: the current one is required, the new one must pass the domain's rules,
 * every other session ends and the customer is alerted by e-mail.
 */
export async function changePassword(
  ctx: SignedInContext,
  input: { currentPassword: string; newPassword: string },
): Promise<{ status: 'password_changed'; otherSessionsEnded: number }> {
  const { db, clock, config, mailer } = ctx.deps;
  const account = await provePassword(ctx, input.currentPassword, 'currentPassword');
  assertAcceptablePassword(input.newPassword, personalInfoOf(account), 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock();
  const ended = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ password_hash: passwordHash, password_changed_at: instant(now) })
      .where('id', '=', account.id)
      .execute();
    await markReauthenticated(trx, ctx.session.id, now);
    return endSessions(trx, account.id, { except: ctx.session.id });
  });
  await auditRequest(ctx, {
    event: 'password.changed',
    actorType: 'customer',
    actorId: account.id,
    customerId: account.customer_id,
    accountId: account.id,
    details: { otherSessionsEnded: ended },
  });
  await mailer.send(
    passwordChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      now,
      'changed',
      await notMeLink(db, config.publicWebUrl, account.id, 'password_changed', now),
    ),
  );
  return { status: 'password_changed', otherSessionsEnded: ended };
}
