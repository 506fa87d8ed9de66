import { TRPCError } from '@trpc/server';
import type { Context } from '../../trpc/context.js';
import type { AppDeps } from '../../deps.js';
import {
  findAccountById,
  findAccountsByUsernameOrEmail,
  type AccountWithCustomer,
} from '../accounts/account-store.js';
import { personalInfoOf, recipientOf } from '../accounts/personal-info.js';
import { normaliseUsername } from '../accounts/username.js';
import { auditRequest } from '../audit/index.js';
import { assertAcceptablePassword } from '../credentials/acceptable-password.js';
import { hashPassword } from '../credentials/password-hash.js';
import { randomToken, sha256Hex } from '../crypto/index.js';
import { clearLockouts } from '../lockout/lockout-store.js';
import { passwordChangedMail, passwordResetMail } from '../mail/account-mails.js';
import { mailBrandOf } from '../mail/compose-mail.js';
import { notMeLink } from '../not-me/not-me-link.js';
import { enforceRateLimit } from '../rate-limit/rate-limiter.js';
import { clearedSessionCookie } from '../sessions/session-cookie.js';
import { instant, secondsAfter } from '../time/instant.js';

/** A reset link lasts 30 minutes (OWASP Forgot Password Cheat Sheet). */
export const PASSWORD_RESET_SECONDS = 30 * 60;

export const RESET_REQUESTED_MESSAGE =
  'If an account matches what you entered, we have sent it a link to reset the password. The link works once, for 30 minutes.';

/**
 * Starts a password reset by username or e-mail address. The answer is the same whether or not an
 * account matches, and both paths do the same work before answering (a random token is made and
 * hashed, an event is audited); only a match stores the token and queues the e-mail.
 */
export async function requestPasswordReset(
  ctx: Context,
  input: { usernameOrEmail: string },
): Promise<{ status: 'sent'; message: string }> {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `reset:ip:${ctx.req.ip}`,
    config.rateLimits.resetPerIp,
    now,
  );
  await enforceRateLimit(
    db,
    ctx.resHeaders,
    `reset:target:${normaliseUsername(input.usernameOrEmail)}`,
    config.rateLimits.resetPerTarget,
    now,
  );
  const accounts = await findAccountsByUsernameOrEmail(db, input.usernameOrEmail);
  const issued = (accounts.length === 0 ? [undefined] : accounts).map((account) => {
    const token = randomToken(32);
    return { account, token, tokenHash: sha256Hex(token) };
  });
  for (const { account, token, tokenHash } of issued) {
    if (account === undefined) {
      await auditRequest(ctx, {
        event: 'password.reset_requested',
        actorType: 'anonymous',
        details: { matched: false },
      });
      continue;
    }
    await sendPasswordResetLink(ctx.deps, account, { token, tokenHash }, now);
    await auditRequest(ctx, {
      event: 'password.reset_requested',
      actorType: 'anonymous',
      customerId: account.customer_id,
      accountId: account.id,
      details: { matched: true },
    });
  }
  return { status: 'sent', message: RESET_REQUESTED_MESSAGE };
}

/**
 * Stores a reset link's token (hashed, single use, 30 minutes) and e-mails the link to the
 * account's address: for the customer's own request, and for staff sending one on their behalf.
 */
export async function sendPasswordResetLink(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  account: AccountWithCustomer,
  { token, tokenHash }: { token: string; tokenHash: string },
  now: Date,
): Promise<void> {
  await deps.db
    .insertInto('password_reset_tokens')
    .values({
      id: crypto.randomUUID(),
      account_id: account.id,
      token_hash: tokenHash,
      expires_at: secondsAfter(now, PASSWORD_RESET_SECONDS),
      used_at: null,
      created_at: instant(now),
    })
    .execute();
  await deps.mailer.send(passwordResetMail(mailBrandOf(deps.config), recipientOf(account), token));
}

function linkNotValid(): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message: 'This link has expired or has already been used. Please ask for a new one.',
  });
}

/**
 * Sets a new password from a reset link (single use, 30 minutes). Every session ends, every
 * lockout counter clears, the customer is alerted; the customer is not signed in, and a second
 * factor, if set up, is still asked for at the next sign-in.
 */
export async function resetPassword(
  ctx: Context,
  input: { token: string; password: string },
): Promise<{ status: 'password_reset' }> {
  const { db, clock, config, mailer } = ctx.deps;
  const now = clock();
  const at = instant(now);
  const reset = await db
    .selectFrom('password_reset_tokens')
    .select(['id', 'account_id'])
    .where('token_hash', '=', sha256Hex(input.token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  if (reset === undefined) throw linkNotValid();
  const account = await findAccountById(db, reset.account_id);
  if (account === undefined) throw linkNotValid();
  assertAcceptablePassword(input.password, personalInfoOf(account));
  const passwordHash = await hashPassword(input.password);

  const clearedCounters = await db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('password_reset_tokens')
      .set({ used_at: at })
      .where('id', '=', reset.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) throw linkNotValid();
    await trx
      .updateTable('password_reset_tokens')
      .set({ used_at: at })
      .where('account_id', '=', account.id)
      .where('used_at', 'is', null)
      .execute();
    await trx
      .updateTable('accounts')
      .set((eb) => ({
        password_hash: passwordHash,
        password_changed_at: at,
        // The link reached this address, which proves it as well as a verification link would.
        email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(at)),
        // Lifts the block a "this wasn't me" report set; the staff flag stays for staff to close.
        signin_blocked_at: null,
      }))
      .where('id', '=', account.id)
      .execute();
    await trx.deleteFrom('sessions').where('account_id', '=', account.id).execute();
    await trx.deleteFrom('mfa_challenges').where('account_id', '=', account.id).execute();
    return clearLockouts(trx, account.id);
  });

  ctx.resHeaders.append('set-cookie', clearedSessionCookie());
  const subject = { customerId: account.customer_id, accountId: account.id };
  await auditRequest(ctx, {
    event: 'password.reset',
    actorType: 'customer',
    actorId: account.id,
    ...subject,
  });
  if (clearedCounters > 0 || account.signin_blocked_at !== null) {
    await auditRequest(ctx, {
      event: 'account.unlocked',
      actorType: 'customer',
      actorId: account.id,
      ...subject,
      details: { by: 'password_reset', reportedNotMe: account.signin_blocked_at !== null },
    });
  }
  await mailer.send(
    passwordChangedMail(
      mailBrandOf(config),
      recipientOf(account),
      now,
      'reset',
      await notMeLink(db, config.publicWebUrl, account.id, 'password_reset', now),
    ),
  );
  return { status: 'password_reset' };
}
